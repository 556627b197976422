package io.centralbridge.expose;

import java.time.Duration;
import java.util.Map;

import io.centralbridge.tool.ToolCancellation;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import io.modelcontextprotocol.spec.McpStreamableServerTransport;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One MCP session: the SDK's own, with three additions the SDK 2.0.1 lacks.
 * <ul>
 * <li>{@code notifications/cancelled} cancels the tool call it names ({@link McpCalls}).</li>
 * <li>Every tools/call is registered there under its JSON-RPC request id, and its {@link ToolCancellation} travels
 * to the tools/call handler in the Reactor context.</li>
 * <li>tools/call of a tool that tools/list does not show (unknown, or a write tool not granted) answers the same
 * isError result REST's 404/403 gives, where the SDK would answer a protocol error.</li>
 * </ul>
 * Everything else goes to the SDK's session unchanged; this object's own (inherited) state is never used.
 */
final class McpSession extends McpStreamableServerSession {

    private static final String CANCELLED = "notifications/cancelled";

    private final McpStreamableServerSession sdk;
    private final McpToolBridge tools;
    private final McpCalls calls;

    McpSession(McpStreamableServerSession sdk, McpSchema.InitializeRequest init, McpToolBridge tools, McpCalls calls) {
        super(sdk.getId(), init.capabilities(), init.clientInfo(), Duration.ofSeconds(10), Map.of(), Map.of());
        this.sdk = sdk;
        this.tools = tools;
        this.calls = calls;
    }

    @Override
    public Mono<Void> responseStream(McpSchema.JSONRPCRequest request, McpStreamableServerTransport transport) {
        if (!McpSchema.METHOD_TOOLS_CALL.equals(request.method())) {
            return sdk.responseStream(request, transport);
        }
        McpSchema.CallToolRequest call = transport.unmarshalFrom(request.params(),
                new TypeRef<McpSchema.CallToolRequest>() {
                });
        if (call == null || !tools.listed(call.name())) {
            return Mono.deferContextual(ctx -> tools
                    .callUnlisted(call, ctx.getOrDefault(McpTransportContext.KEY, McpTransportContext.EMPTY))
                    .map(result -> new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), result, null))
                    .flatMap(response -> transport.sendMessage(response))
                    .then(transport.closeGracefully()));
        }
        // registered before the call runs, so that a cancellation arriving at once still finds it
        ToolCancellation cancellation = calls.start(getId(), request.id());
        return sdk.responseStream(request, transport)
                .contextWrite(ctx -> ctx.put(McpCalls.CANCELLATION, cancellation))
                .doFinally(signal -> calls.finish(getId(), request.id(), cancellation));
    }

    @Override
    public Mono<Void> accept(McpSchema.JSONRPCNotification notification) {
        if (CANCELLED.equals(notification.method())) {
            return Mono.fromRunnable(() -> {
                if (notification.params() instanceof Map<?, ?> p && p.get("requestId") != null) {
                    Object reason = p.get("reason");
                    calls.cancel(getId(), p.get("requestId"), reason == null ? null : String.valueOf(reason));
                }
            });
        }
        return sdk.accept(notification);
    }

    @Override
    public Mono<Void> accept(McpSchema.JSONRPCResponse response) {
        return sdk.accept(response);
    }

    @Override
    public Mono<Void> delete() {
        return sdk.delete().doFinally(s -> calls.cancelSession(getId()));
    }

    @Override
    public String getId() {
        return sdk.getId();
    }

    @Override
    public void setMinLoggingLevel(McpSchema.LoggingLevel level) {
        sdk.setMinLoggingLevel(level);
    }

    @Override
    public boolean isNotificationForLevelAllowed(McpSchema.LoggingLevel level) {
        return sdk.isNotificationForLevelAllowed(level);
    }

    @Override
    public <T> Mono<T> sendRequest(String method, Object params, TypeRef<T> typeRef) {
        return sdk.sendRequest(method, params, typeRef);
    }

    @Override
    public Mono<Void> sendNotification(String method, Object params) {
        return sdk.sendNotification(method, params);
    }

    @Override
    public McpStreamableServerSessionStream listeningStream(McpStreamableServerTransport transport) {
        return sdk.listeningStream(transport);
    }

    @Override
    public Flux<McpSchema.JSONRPCMessage> replay(Object lastEventId) {
        return sdk.replay(lastEventId);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return sdk.closeGracefully();
    }

    @Override
    public void close() {
        sdk.close();
    }
}
