package io.centralbridge.expose;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Caller;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolException;
import io.centralbridge.tool.ToolInvoker;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Tenants as MCP resources, {@code sophos://tenants/{id}}: the directory entry and its Account Health Check
 * scores, read through the invoker (get_account_health_check) like any other call.
 */
@Component
class McpTenantResources {

    static final String PREFIX = "sophos://tenants/";

    private final TenantResolver tenants;
    private final ToolInvoker invoker;
    private final ObjectMapper json;

    McpTenantResources(TenantResolver tenants, ToolInvoker invoker, ObjectMapper json) {
        this.tenants = tenants;
        this.invoker = invoker;
        this.json = json;
    }

    McpServerFeatures.AsyncResourceTemplateSpecification specification() {
        McpSchema.ResourceTemplate template = McpSchema.ResourceTemplate.builder()
                .uriTemplate(PREFIX + "{id}")
                .name("tenant")
                .title("Sophos Central tenant with its health summary")
                .description("One tenant this credential reaches (ids from the list_tenants tool): name, region, "
                        + "apiHost, status and its Account Health Check scores (protection, policy, exclusions, "
                        + "tamper protection; 0-100).")
                .mimeType("application/json")
                .build();
        return new McpServerFeatures.AsyncResourceTemplateSpecification(template, this::read);
    }

    private Mono<McpSchema.ReadResourceResult> read(McpAsyncServerExchange exchange, McpSchema.ReadResourceRequest request) {
        return Mono.fromCallable(() -> summary(request.uri(), McpToolBridge.caller(exchange.transportContext())))
                .subscribeOn(Schedulers.boundedElastic())
                .map(text -> new McpSchema.ReadResourceResult(
                        List.of(new McpSchema.TextResourceContents(request.uri(), "application/json", text))));
    }

    private String summary(String uri, Caller caller) throws Exception {
        String id = uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : "";
        try {
            Tenant t = tenants.resolve(id.isEmpty() ? null : id, "id");
            JsonNode health = invoker.invoke("get_account_health_check", json.createObjectNode().put("tenant_id", t.id()),
                    caller);
            ObjectNode out = json.createObjectNode();
            out.put("id", t.id());
            out.put("name", t.name());
            out.put("showAs", t.showAs());
            out.put("dataRegion", t.dataRegion());
            out.put("apiHost", t.apiHost());
            out.put("status", t.status());
            out.set("health", health.path("scores"));
            return json.writeValueAsString(out);
        } catch (ToolException e) {
            // resources/read has no isError: a protocol error with REST's text is what the specification offers
            throw McpError.builder(e.status() == 404 ? McpSchema.ErrorCodes.RESOURCE_NOT_FOUND : McpSchema.ErrorCodes.INVALID_PARAMS)
                    .message(e.title() + ": " + e.getMessage()).build();
        }
    }
}
