package io.centralbridge.hunting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.centralbridge.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 50 Data Lake queries waiting at once park no poller thread: health checks keep being answered meanwhile. */
class ConcurrentHuntingTest extends HuntingAppTest {

    @Autowired
    HuntingProperties properties;
    @Autowired
    org.apache.camel.CamelContext camel;

    @Test
    void fiftyConcurrentQueriesDoNotExhaustThreads() throws Exception {
        hunting().runDuration(Duration.ofSeconds(3), Duration.ofSeconds(4));
        ExecutorService callers = Executors.newFixedThreadPool(50);
        try {
            List<CompletableFuture<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String tenant = tenant(i % 12).id();
                calls.add(CompletableFuture.supplyAsync(() -> api.tool("run_data_lake_query", params("tenant_id", tenant,
                        "sql", "SELECT * FROM xdr_data LIMIT 5", "wait_seconds", 30)), callers));
            }
            int healthy = 0;
            long maxPollThreads = 0;
            while (!CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).isDone()) {
                Api.Response h = api.get("/actuator/health");
                assertThat(h.status()).as(h.text()).isEqualTo(200);
                healthy++;
                maxPollThreads = Math.max(maxPollThreads, Thread.getAllStackTraces().keySet().stream()
                        // this context's pool only: other cached test contexts in the JVM have theirs
                        .filter(t -> t.getName().contains("hunting-poll") && t.getName().contains("(" + camel.getName() + ")"))
                        .count());
                org.awaitility.Awaitility.await().pollDelay(Duration.ofMillis(100)).until(() -> true);
            }
            for (CompletableFuture<Api.Response> c : calls) {
                Api.Response r = c.get();
                assertThat(r.status()).as(r.text()).isEqualTo(200);
                assertThat(r.body().path("status").asText()).isEqualTo("finished");
            }
            assertThat(healthy).as("health checks answered while the 50 queries waited").isGreaterThan(5);
            assertThat(maxPollThreads).isPositive().isLessThanOrEqualTo(properties.pollThreads());
            assertThat(requests("POST", "/xdr-query/v1/queries/runs")).hasSize(50);
        } finally {
            callers.shutdownNow();
        }
    }
}
