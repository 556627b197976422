package io.centralbridge.expose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.support.TestSandboxes;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * Write tools over MCP, granted and not, with the test-only {@link TestWriteTools}; the same imports as
 * {@link McpLongCallTest}, so both share one context.
 */
@Import({SlowPollTool.class, TestWriteTools.class})
class McpWriteToolsTest extends PartnerAppTest {

    private McpClients.Connection mcp;

    @BeforeEach
    void connect() {
        mcp = McpClients.connect(Integer.parseInt(env.getProperty("local.server.port")), TestSandboxes.API_KEY);
        mcp.client().initialize();
    }

    @AfterEach
    void disconnect() {
        mcp.close();
    }

    @Test
    void aGrantedWriteToolIsListedAsDestructiveAndRunsForTheMcpCaller() {
        List<McpSchema.Tool> tools = mcp.client().listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name).contains(TestWriteTools.GRANTED)
                .doesNotContain(TestWriteTools.UNGRANTED);
        McpSchema.Tool write = tools.stream().filter(t -> t.name().equals(TestWriteTools.GRANTED)).findFirst().orElseThrow();
        assertThat(write.annotations().destructiveHint()).isTrue();
        assertThat(write.annotations().readOnlyHint()).isFalse();
        assertThat(write.description()).contains("changes Sophos Central");

        McpSchema.CallToolResult r = mcp.client().callTool(McpSchema.CallToolRequest.builder(TestWriteTools.GRANTED)
                .arguments(Map.of("note", "hello")).build());
        assertThat(r.isError()).isFalse();
        JsonNode out = McpClients.structured(r);
        assertThat(out.path("written").asText()).isEqualTo("hello");
        assertThat(out.path("via").asText()).isEqualTo("mcp");
        assertThat(out.path("caller").asText()).startsWith("key-");
    }

    @Test
    void anUngrantedWriteToolAnswersAToolErrorNamingTheGrantLikeRest() {
        McpSchema.CallToolResult r = mcp.client().callTool(McpSchema.CallToolRequest.builder(TestWriteTools.UNGRANTED)
                .arguments(Map.of("note", "hello")).build());
        assertThat(r.isError()).isTrue();
        JsonNode problem = McpClients.structured(r);
        assertThat(problem.path("status").asInt()).isEqualTo(403);
        assertThat(problem.path("grant").asText()).isEqualTo(TestWriteTools.UNGRANTED);
        assertThat(McpClients.text(r)).contains("SOPHOS_GRANTS");
        assertThat(problem.path("detail").asText())
                .isEqualTo(api.tool(TestWriteTools.UNGRANTED, Map.of("note", "hello")).body().path("detail").asText());
    }
}
