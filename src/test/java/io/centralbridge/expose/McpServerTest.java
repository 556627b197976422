package io.centralbridge.expose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.centralbridge.session.Tenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.support.TestSandboxes;
import io.centralbridge.tool.Access;
import io.centralbridge.tool.ToolAccessPolicy;
import io.centralbridge.tool.ToolCatalog;
import io.centralbridge.tool.ToolDef;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** MCP over streamable HTTP with the SDK's own client, against the running app and the partner sandbox. */
class McpServerTest extends PartnerAppTest {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"curl\",\"version\":\"1\"}}}";

    @Autowired
    ToolCatalog catalog;
    @Autowired
    ToolAccessPolicy access;

    private McpClients.Connection mcp;

    @BeforeEach
    void connect() {
        mcp = McpClients.connect(port(), TestSandboxes.API_KEY);
    }

    @AfterEach
    void disconnect() {
        mcp.close();
    }

    private int port() {
        return Integer.parseInt(env.getProperty("local.server.port"));
    }

    @Test
    void initializeAnswersWithServerInfoToolsAndInstructions() {
        McpSchema.InitializeResult init = mcp.client().initialize();
        assertThat(init.serverInfo().name()).isEqualTo("sophos-central-camel");
        assertThat(init.capabilities().tools()).isNotNull();
        assertThat(init.capabilities().resources()).isNotNull();
        assertThat(init.instructions()).contains("list_tenants");
        assertThat(init.protocolVersion()).isNotBlank();
    }

    @Test
    void toolsListShowsExactlyTheGrantedToolsWithValidSchemasAndAnnotations() {
        mcp.client().initialize();
        List<McpSchema.Tool> tools = mcp.client().listTools().tools();
        Set<String> granted = catalog.listed(access).stream().map(ToolDef::name).collect(Collectors.toSet());
        assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrderElementsOf(granted)
                .contains("list_tenants", "list_alerts", "list_endpoints", "list_users", "get_account_health_check",
                        "get_qbr_summary");
        for (ToolDef def : catalog.all()) {
            if (!access.listed(def)) {
                assertThat(tools).extracting(McpSchema.Tool::name).doesNotContain(def.name());
            }
        }
        com.networknt.schema.Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (McpSchema.Tool t : tools) {
            ToolDef def = catalog.find(t.name()).orElseThrow();
            JsonNode schema = McpClients.JSON.valueToTree(t.inputSchema());
            List<Error> errors = meta.validate(schema);
            assertThat(errors).as("schema of %s", t.name()).isEmpty();
            assertThat(schema.toString()).isEqualTo(def.inputSchema().toString());
            assertThat(t.description()).hasSizeGreaterThan(60);
            if (def.inputSchema().path("properties").has("tenant_id")) {
                assertThat(t.description()).as(t.name()).contains("list_tenants");
            }
            assertThat(t.annotations().readOnlyHint()).isEqualTo(def.access() == Access.READ);
            assertThat(t.annotations().destructiveHint()).isEqualTo(def.access() == Access.WRITE);
        }
        // the meta-schema check can fail: a schema with a wrong keyword type is refused
        assertThat(meta.validate(McpClients.JSON.createObjectNode().put("type", 5))).isNotEmpty();
    }

    @Test
    void aReadToolAnswersStructuredContentAndTheSameJsonAsText() throws Exception {
        mcp.client().initialize();
        McpSchema.CallToolResult r = mcp.client().callTool(McpSchema.CallToolRequest.builder("list_tenants").build());
        assertThat(r.isError()).isFalse();
        JsonNode out = McpClients.structured(r);
        assertThat(out.path("mode").asText()).isEqualTo("partner");
        assertThat(out.path("count").asInt()).isEqualTo(directory.all().size()).isPositive();
        assertThat(McpClients.JSON.readTree(McpClients.text(r))).isEqualTo(out);

        Tenant t = directory.all().get(0);
        sandbox.requests().clear();
        McpSchema.CallToolResult health = mcp.client().callTool(McpSchema.CallToolRequest.builder("get_account_health_check")
                .arguments(Map.of("tenant_id", t.id())).build());
        assertThat(health.isError()).isFalse();
        assertThat(McpClients.structured(health).at("/tenant/id").asText()).isEqualTo(t.id());
        assertThat(McpClients.structured(health).at("/scores/protection/computer").isInt()).isTrue();
        assertThat(sandbox.requests().matching("GET", "/account-health-check/v1/health-check"))
                .singleElement().satisfies(req -> assertThat(req.header("X-Tenant-ID")).isEqualTo(t.id()));
    }

    @Test
    void aValidationErrorIsAToolErrorNamingTheFieldWithRestsText() {
        mcp.client().initialize();
        Tenant t = directory.all().get(0);
        Map<String, Object> bad = Map.of("tenant_id", t.id(), "severity", "urgent");
        McpSchema.CallToolResult r = mcp.client().callTool(McpSchema.CallToolRequest.builder("list_alerts")
                .arguments(bad).build());
        assertThat(r.isError()).isTrue();
        JsonNode problem = McpClients.structured(r);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("field").asText()).isEqualTo("severity");
        assertThat(problem.path("allowed").toString()).contains("high");
        assertThat(McpClients.text(r)).contains("severity");
        Api.Response rest = api.tool("list_alerts", bad);
        assertThat(rest.status()).isEqualTo(400);
        assertThat(problem.path("title").asText()).isEqualTo(rest.body().path("title").asText());
        assertThat(problem.path("detail").asText()).isEqualTo(rest.body().path("detail").asText());
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void anUnknownOrUngrantedToolIsAToolErrorLikeRestNotAProtocolError() {
        mcp.client().initialize();
        for (String name : List.of("update_endpoints_isolation", "no_such_tool")) {
            McpSchema.CallToolResult r = mcp.client().callTool(McpSchema.CallToolRequest.builder(name)
                    .arguments(Map.of()).build());
            assertThat(r.isError()).as(name).isTrue();
            JsonNode problem = McpClients.structured(r);
            Api.Response rest = api.tool(name, "{}");
            assertThat(problem.path("status").asInt()).isEqualTo(rest.status()).isIn(403, 404);
            assertThat(problem.path("detail").asText()).isEqualTo(rest.body().path("detail").asText());
        }
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void tenantsAreResourcesWithTheirHealthSummary() throws Exception {
        mcp.client().initialize();
        assertThat(mcp.client().listResourceTemplates().resourceTemplates())
                .extracting(McpSchema.ResourceTemplate::uriTemplate).containsExactly("sophos://tenants/{id}");
        Tenant t = directory.all().get(1);
        McpSchema.ReadResourceResult r = mcp.client().readResource(new McpSchema.ReadResourceRequest("sophos://tenants/" + t.id()));
        JsonNode body = McpClients.JSON.readTree(((McpSchema.TextResourceContents) r.contents().get(0)).text());
        assertThat(body.path("id").asText()).isEqualTo(t.id());
        assertThat(body.path("name").asText()).isEqualTo(t.name());
        assertThat(body.at("/health/protection/computer").isInt()).isTrue();
        assertThatThrownBy(() -> mcp.client().readResource(
                new McpSchema.ReadResourceRequest("sophos://tenants/00000000-0000-0000-0000-000000000000")))
                .isInstanceOf(McpError.class).hasMessageContaining("list_tenants");
    }

    @Test
    void withoutAnApiKeyTheServerAnswers401AndTheClientCannotConnect() throws Exception {
        assertThat(post(null, null).statusCode()).isEqualTo(401);
        assertThat(post("wrong-key", null).statusCode()).isEqualTo(401);
        try (McpClients.Connection anonymous = McpClients.connect(port(), null)) {
            assertThatThrownBy(() -> anonymous.client().initialize()).isInstanceOf(RuntimeException.class);
        }
        assertThat(post(TestSandboxes.API_KEY, null).statusCode()).isEqualTo(200);
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void aForeignOriginIs403AndLoopbackOriginsPass() throws Exception {
        HttpResponse<String> foreign = post(TestSandboxes.API_KEY, "http://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("sophos.mcp.allowed-origins");
        assertThat(post(null, "http://rebound.example:8080").statusCode()).isEqualTo(403);
        assertThat(post(TestSandboxes.API_KEY, "http://localhost:" + port()).statusCode()).isEqualTo(200);
        assertThat(post(TestSandboxes.API_KEY, "http://127.0.0.1:5173").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String key, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
