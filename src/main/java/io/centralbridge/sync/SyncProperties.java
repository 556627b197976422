package io.centralbridge.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sophos.sync.*}: the scheduled inventory sync (routes/inventory-sync.camel.yaml). {@code tenantCrons}
 * gives tenants a schedule of their own (tenant id -> cron); they then leave the shared schedule's runs.
 * {@code parallelism} is how many tenants one run syncs at the same time.
 */
@ConfigurationProperties("sophos.sync")
record SyncProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0 2 * * ?") String cron,
        @DefaultValue("data/inventory") Path outputDir,
        @DefaultValue List<String> tenants,
        @DefaultValue Map<String, String> tenantCrons,
        @DefaultValue("lastSeenAt") List<String> ignoreFields,
        @DefaultValue("30") int keepSnapshots,
        @DefaultValue("100000") int maxRecords,
        @DefaultValue("8") int parallelism) {
}
