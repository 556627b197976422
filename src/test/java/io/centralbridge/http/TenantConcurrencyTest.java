package io.centralbridge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.tool.Caller;
import io.centralbridge.tool.ToolInvoker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * sophos.upstream.max-concurrent-per-tenant (8 by default): a flood for one tenant never has more than 8 calls
 * open at the sandbox for it, measured on the sandbox side, and another tenant's call meanwhile goes straight
 * through instead of queueing behind it. Permits are not held while a 429 waits for its redelivery.
 */
class TenantConcurrencyTest extends PartnerAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BOUND = 8;
    private static final int FLOOD = 32;
    private static final String HEALTH = "/account-health-check/v1/health-check";

    @Autowired
    ToolInvoker tools;
    @Autowired
    TenantPermits permits;

    private final ExecutorService pool = Executors.newFixedThreadPool(FLOOD + 2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private CompletableFuture<JsonNode> health(SandboxTenant t) {
        return CompletableFuture.supplyAsync(() -> tools.invoke("get_account_health_check",
                JSON.createObjectNode().put("tenant_id", t.id()), Caller.internal("test")), pool);
    }

    @Test
    void aFloodForOneTenantStaysWithinTheBoundAndAnotherTenantIsNotQueuedBehindIt() {
        SandboxTenant a = sandbox.world().tenants().get(0);
        SandboxTenant b = sandbox.world().tenants().get(1);
        sandbox.faults().latency(300);
        sandbox.inFlight().reset();

        AtomicInteger aDone = new AtomicInteger();
        List<CompletableFuture<JsonNode>> flood = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            flood.add(health(a).whenComplete((r, x) -> aDone.incrementAndGet()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.inFlight().current(a.id()) == BOUND);

        JsonNode bAnswer = health(b).join();
        int aFinishedWhenBWasDone = aDone.get();

        flood.forEach(CompletableFuture::join);
        assertThat(bAnswer.path("tenant").path("id").asText()).isEqualTo(b.id());
        // B was answered while most of A's flood still waited for its turn
        assertThat(aFinishedWhenBWasDone).isLessThan(FLOOD - BOUND);
        // on the Sophos side: never more than the bound open for A, and the bound was reached
        assertThat(sandbox.inFlight().peak(a.id())).isEqualTo(BOUND);
        assertThat(sandbox.requests().matching("GET", HEALTH).stream()
                .filter(r -> a.id().equals(r.header("X-Tenant-ID")))).hasSize(FLOOD);
        assertThat(permits.inFlight(a.id())).isZero();
        assertThat(permits.inFlight(b.id())).isZero();
    }

    @Test
    void noPermitIsHeldWhileA429WaitsAndNoneLeaksAfterFailures() {
        SandboxTenant t = sandbox.world().tenants().get(3);
        sandbox.faults().failNext("GET", HEALTH, 1, 429, 2);

        CompletableFuture<JsonNode> call = health(t);
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.requests().matching("GET", HEALTH).stream()
                .anyMatch(r -> r.status() == 429));
        // waiting out Retry-After, the call holds no slot of its tenant
        assertThat(call).isNotDone();
        assertThat(permits.inFlight(t.id())).isZero();
        assertThat(call.join().path("tenant").path("id").asText()).isEqualTo(t.id());

        // dropped connections and 5xx (retried, then failed): every permit comes back
        sandbox.faults().dropConnections(0.5).rate5xx(0.3);
        List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < 2 * BOUND; i++) {
            calls.add(health(t).exceptionally(x -> null));
        }
        calls.forEach(CompletableFuture::join);
        assertThat(permits.inFlight(t.id())).isZero();
    }
}
