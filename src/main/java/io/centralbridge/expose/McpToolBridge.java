package io.centralbridge.expose;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.security.ApiKeyFilter;
import io.centralbridge.tool.Caller;
import io.centralbridge.tool.ToolAccessPolicy;
import io.centralbridge.tool.ToolCancellation;
import io.centralbridge.tool.ToolCatalog;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import io.centralbridge.tool.ToolInvoker;
import io.centralbridge.tool.ToolProgress;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * MCP tools/call over the {@link ToolInvoker}, the one entry point REST uses too: the same validation, grants
 * and audit. A result is the tool's JSON as structured content plus its text; a {@link ToolException} is an
 * isError result with the problem object REST would send, never a protocol error.
 */
@Component
class McpToolBridge {

    private static final Logger log = LoggerFactory.getLogger(McpToolBridge.class);
    private static final String CALLER = "centralbridge.caller";

    private final List<ToolDef> listed;
    private final Set<String> listedNames;
    private final ToolInvoker invoker;
    private final ObjectMapper json;

    McpToolBridge(ToolCatalog catalog, ToolAccessPolicy access, ToolInvoker invoker, ObjectMapper json) {
        // grants are fixed at start (SOPHOS_GRANTS), so the list is too
        this.listed = catalog.listed(access);
        this.listedNames = listed.stream().map(ToolDef::name).collect(Collectors.toUnmodifiableSet());
        this.invoker = invoker;
        this.json = json;
    }

    /** The API key id the filter found, carried from the HTTP request into the MCP handlers. */
    static McpTransportContext context(HttpServletRequest request) {
        Object caller = request.getAttribute(ApiKeyFilter.CALLER);
        return McpTransportContext.create(Map.of(CALLER, caller == null ? "unknown" : String.valueOf(caller)));
    }

    List<McpServerFeatures.AsyncToolSpecification> specifications() {
        return listed.stream().map(def -> McpServerFeatures.AsyncToolSpecification.builder()
                .tool(McpToolDefinitions.tool(def, json))
                .callHandler(this::call)
                .build()).toList();
    }

    boolean listed(String name) {
        return listedNames.contains(name);
    }

    Mono<McpSchema.CallToolResult> call(McpAsyncServerExchange exchange, McpSchema.CallToolRequest request) {
        return Mono.deferContextual(ctx -> {
            ToolCancellation cancellation = ctx.getOrDefault(McpCalls.CANCELLATION, null);
            ToolProgress progress = McpProgress.of(exchange, request);
            return Mono.fromCallable(() -> run(request, caller(exchange.transportContext()), progress, cancellation))
                    .subscribeOn(Schedulers.boundedElastic());
        });
    }

    /** A tools/call the SDK does not know (see {@link McpSession}): answered as REST would, by the invoker. */
    Mono<McpSchema.CallToolResult> callUnlisted(McpSchema.CallToolRequest request, McpTransportContext context) {
        return Mono.fromCallable(() -> run(request, caller(context), ToolProgress.NONE, null))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private McpSchema.CallToolResult run(McpSchema.CallToolRequest request, Caller caller, ToolProgress progress,
                                         ToolCancellation cancellation) {
        if (request == null || request.name() == null) {
            return error(ToolException.badParameter("name", "tools/call needs the name of a tool; tools/list lists them"));
        }
        try {
            JsonNode params = request.arguments() == null ? json.createObjectNode() : json.valueToTree(request.arguments());
            JsonNode out = invoker.invoke(request.name(), params, caller, progress, cancellation);
            return McpSchema.CallToolResult.builder()
                    .addTextContent(json.writeValueAsString(out))
                    .structuredContent(out.isObject() ? out : json.createObjectNode().set("result", out))
                    .isError(false)
                    .build();
        } catch (ToolException e) {
            return error(e);
        } catch (Exception e) {
            log.warn("MCP call of {} failed: {}", request.name().replaceAll("\\p{Cntrl}", "?"), e.toString());
            return error(new ToolException(500, "Internal error", "the request failed unexpectedly", Map.of()));
        }
    }

    private McpSchema.CallToolResult error(ToolException e) {
        ObjectNode problem = ProblemResponses.body(json, e.status(), e.title(), e.getMessage(), e.extra());
        return McpSchema.CallToolResult.builder()
                .addTextContent(e.title() + ": " + e.getMessage())
                .structuredContent(problem)
                .isError(true)
                .build();
    }

    static Caller caller(McpTransportContext context) {
        Object id = context == null ? null : context.get(CALLER);
        return new Caller(id == null ? "unknown" : String.valueOf(id), "mcp");
    }
}
