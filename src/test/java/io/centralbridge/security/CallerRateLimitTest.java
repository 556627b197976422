package io.centralbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.tool.Caller;
import io.centralbridge.tool.ToolException;
import io.centralbridge.tool.ToolInvoker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * sophos.limits.*: one API key past its budget gets 429s (REST and MCP) and sends nothing upstream, while another
 * key keeps its own budget. Also the per-tenant upstream bound at 1 with a 1 s permit-wait: a call that finds no slot
 * fails with 504 and is never sent. The one extra context of issue 8's load part: a burst of 3 and a refill so slow (one
 * token per 50 s) that no token comes back during the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallerRateLimitTest {

    private static final String KEY_A = "rate-test-key-a-0123456789";
    private static final String KEY_B = "rate-test-key-b-0123456789";
    private static final int BURST = 3;

    @Autowired
    Environment env;
    @Autowired
    ToolInvoker tools;

    private final Sandbox sandbox = TestSandboxes.of(CredentialKind.PARTNER);

    @DynamicPropertySource
    static void sophos(DynamicPropertyRegistry r) {
        TestSandboxes.register(r, CredentialKind.PARTNER);
        r.add("sophos.api-keys", () -> KEY_A + "," + KEY_B);
        r.add("sophos.limits.caller-rate-per-second", () -> "0.02");
        r.add("sophos.limits.caller-burst", () -> Integer.toString(BURST));
        // and the per-tenant upstream bound at its tightest, with a short wait for a slot
        r.add("sophos.upstream.max-concurrent-per-tenant", () -> "1");
        r.add("sophos.upstream.permit-wait", () -> "1s");
    }

    @BeforeEach
    @AfterEach
    void resetSandbox() {
        sandbox.faults().reset();
        sandbox.requests().clear();
    }

    private Api as(String key) {
        return new Api(Integer.parseInt(env.getProperty("local.server.port")), key);
    }

    @Test
    void aCallerPastItsBudgetGets429WithRetryAfterAndNoUpstreamCallWhileAnotherCallerIsUnaffected() throws Exception {
        SandboxTenant t = sandbox.world().tenants().get(2);
        Map<String, Object> params = Map.of("tenant_id", t.id(), "max_records", 10);
        Api a = as(KEY_A);
        Api b = as(KEY_B);

        for (int i = 0; i < BURST; i++) {
            assertThat(a.tool("list_endpoints", params).status()).isEqualTo(200);
        }
        sandbox.requests().clear();
        for (int i = 0; i < 3; i++) {
            Api.Response refused = a.tool("list_endpoints", params);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().path("title").asText()).isEqualTo("Too many requests");
            assertThat(refused.body().path("retryAfterSeconds").asLong()).isPositive();
        }
        // the refused calls reached no tool: nothing went to the (tenant's) Sophos
        assertThat(sandbox.requests().matching("GET", "/endpoint/v1/endpoints")).isEmpty();

        HttpResponse<String> raw = rawPost(KEY_A, "/api/tools/list_endpoints", "{\"tenant_id\":\"" + t.id() + "\"}");
        assertThat(raw.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(raw.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);

        // MCP counts against the same key's budget
        HttpResponse<String> mcp = rawPost(KEY_A, "/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        assertThat(mcp.statusCode()).isEqualTo(429);
        assertThat(mcp.headers().firstValue("Retry-After")).isPresent();
        assertThat(mcp.body()).doesNotContain("Exception");

        // the other key has its own budget
        for (int i = 0; i < BURST; i++) {
            Api.Response ok = b.tool("list_endpoints", params);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.body().path("tenant").path("id").asText()).isEqualTo(t.id());
        }
        assertThat(sandbox.requests().matching("GET", "/endpoint/v1/endpoints"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("X-Tenant-ID")).isEqualTo(t.id()));
    }

    @Test
    void aCallThatFindsNoFreeTenantSlotInTimeFailsWith504AndIsNeitherSentNorRetried() {
        SandboxTenant t = sandbox.world().tenants().get(4);
        ObjectNode params = new ObjectMapper().createObjectNode().put("tenant_id", t.id());
        sandbox.faults().latency(4000);
        CompletableFuture<?> holder = CompletableFuture.runAsync(() ->
                tools.invoke("get_account_health_check", params, Caller.internal("test")));
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.inFlight().current(t.id()) == 1);

        assertThatThrownBy(() -> tools.invoke("get_account_health_check", params, Caller.internal("test")))
                .isInstanceOfSatisfying(ToolException.class, e -> assertThat(e.status()).isEqualTo(504));
        // only the slot holder reached the sandbox: the refused call was not sent, nor sent again later
        assertThat(sandbox.requests().matching("GET", "/account-health-check")).isEmpty();
        holder.join();
        assertThat(sandbox.requests().matching("GET", "/account-health-check")).hasSize(1);
    }

    private HttpResponse<String> rawPost(String key, String path, String body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + env.getProperty("local.server.port") + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }
}
