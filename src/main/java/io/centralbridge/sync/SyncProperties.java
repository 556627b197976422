package io.centralbridge.sync;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code sophos.sync.*}: the scheduled inventory sync (routes/inventory-sync.camel.yaml). */
@ConfigurationProperties("sophos.sync")
record SyncProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0 2 * * ?") String cron,
        @DefaultValue("data/inventory") Path outputDir,
        @DefaultValue List<String> tenants,
        @DefaultValue("lastSeenAt") List<String> ignoreFields,
        @DefaultValue("30") int keepSnapshots,
        @DefaultValue("100000") int maxRecords) {
}
