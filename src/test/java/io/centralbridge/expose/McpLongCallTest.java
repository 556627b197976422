package io.centralbridge.expose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.session.Tenant;
import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.support.TestSandboxes;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A long tool over MCP: progress notifications while it polls, and notifications/cancelled stopping it. The
 * tool is the test-only {@link SlowPollTool}; this class shares one context (the app plus the test tools) with
 * {@link McpWriteToolsTest}.
 */
@Import({SlowPollTool.class, TestWriteTools.class})
class McpLongCallTest extends PartnerAppTest {

    @Autowired
    SlowPollTool.Route slow;
    @Autowired
    McpCalls calls;

    private McpClients.Connection mcp;
    private Tenant tenant;

    @BeforeEach
    void connect() {
        mcp = McpClients.connect(Integer.parseInt(env.getProperty("local.server.port")), TestSandboxes.API_KEY);
        mcp.client().initialize();
        tenant = directory.all().get(0);
    }

    @AfterEach
    void disconnect() {
        mcp.close();
    }

    @Test
    void aLongCallSendsProgressWithTheClientsTokenWhileItPolls() {
        McpSchema.CallToolResult r = mcp.client().callTool(McpSchema.CallToolRequest.builder(SlowPollTool.NAME)
                .arguments(Map.of("tenant_id", tenant.id(), "polls", 3, "interval_ms", 20))
                .progressToken("hunt-1").build());
        assertThat(r.isError()).isFalse();
        assertThat(McpClients.structured(r).path("polls").asInt()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(mcp.progress()).hasSize(3));
        assertThat(mcp.progress()).allSatisfy(p -> {
            assertThat(p.progressToken()).isEqualTo("hunt-1");
            assertThat(p.total()).isEqualTo(3.0);
        });
        assertThat(mcp.progress()).extracting(McpSchema.ProgressNotification::progress).containsExactly(1.0, 2.0, 3.0);
        assertThat(mcp.progress().get(2).message()).isEqualTo("poll 3 of 3");
        assertThat(sandbox.requests().matching("GET", "/account-health-check/v1/health-check")).hasSize(3);
    }

    @Test
    void withoutAProgressTokenNoProgressIsSent() {
        McpSchema.CallToolResult r = mcp.client().callTool(McpSchema.CallToolRequest.builder(SlowPollTool.NAME)
                .arguments(Map.of("tenant_id", tenant.id(), "polls", 2, "interval_ms", 10)).build());
        assertThat(McpClients.structured(r).path("polls").asInt()).isEqualTo(2);
        assertThat(mcp.progress()).isEmpty();
    }

    @Test
    void notificationsCancelledStopsTheRunningCall() throws Exception {
        int asked = 500;
        CompletableFuture<McpSchema.CallToolResult> running = CompletableFuture.supplyAsync(() -> mcp.client().callTool(
                McpSchema.CallToolRequest.builder(SlowPollTool.NAME)
                        .arguments(Map.of("tenant_id", tenant.id(), "polls", asked, "interval_ms", 50))
                        .progressToken("hunt-2").build()));
        await().atMost(Duration.ofSeconds(10)).until(() -> mcp.progress().size() >= 2);
        Object requestId = requestIdOfTheCall();

        mcp.transport().sendMessage(new McpSchema.JSONRPCNotification(McpSchema.JSONRPC_VERSION,
                "notifications/cancelled", Map.of("requestId", requestId, "reason", "the agent gave up"))).block();

        McpSchema.CallToolResult r = running.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(r.isError()).isTrue();
        JsonNode problem = McpClients.structured(r);
        assertThat(problem.path("title").asText()).isEqualTo("Cancelled");
        assertThat(problem.path("detail").asText()).contains("the agent gave up");
        int made = slow.polls.get();
        assertThat(made).isBetween(2, asked - 1);
        // the call has returned, so the route has stopped: nothing more reaches Sophos after the polls it made
        assertThat(sandbox.requests().matching("GET", "/account-health-check/v1/health-check")).hasSize(made);
        // the call is untracked in a doFinally that runs after its result was sent: under load, just after
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.running() == 0);
    }

    @Test
    void aCancellationForAnUnknownRequestIsIgnored() {
        mcp.transport().sendMessage(new McpSchema.JSONRPCNotification(McpSchema.JSONRPC_VERSION,
                "notifications/cancelled", Map.of("requestId", "no-such-request"))).block();
        McpSchema.CallToolResult r = mcp.client().callTool(McpSchema.CallToolRequest.builder(SlowPollTool.NAME)
                .arguments(Map.of("tenant_id", tenant.id(), "polls", 1, "interval_ms", 10)).build());
        assertThat(r.isError()).isFalse();
    }

    private Object requestIdOfTheCall() throws Exception {
        for (String body : mcp.posted()) {
            JsonNode msg = McpClients.JSON.readTree(body);
            if ("tools/call".equals(msg.path("method").asText())) {
                return McpClients.JSON.treeToValue(msg.get("id"), Object.class);
            }
        }
        throw new AssertionError("the client posted no tools/call: " + mcp.posted());
    }
}
