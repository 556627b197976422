package io.centralbridge.sync;

import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threads routes/inventory-sync.camel.yaml splits tenants over ({@code executorService: "#inventorySyncExecutor"}):
 * sophos.sync.parallelism of them, so a run over hundreds of tenants is bounded in what it asks of Sophos at once
 * (the per-tenant upstream bound and the retry policy still apply to every call). Camel owns it and stops it.
 */
@Configuration(proxyBeanMethods = false)
class SyncExecutor {

    @Bean(destroyMethod = "")
    ExecutorService inventorySyncExecutor(CamelContext camel, SyncProperties p) {
        return camel.getExecutorServiceManager().newFixedThreadPool(this, "inventory-sync", Math.max(1, p.parallelism()));
    }
}
