package io.centralbridge.expose;

import io.centralbridge.tool.ToolProgress;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tool's progress reports as MCP {@code notifications/progress} on the call's own response stream, only when
 * the client sent a progressToken, and only while progress grows (the specification requires it to).
 */
final class McpProgress implements ToolProgress {

    private static final Logger log = LoggerFactory.getLogger(McpProgress.class);

    private final McpAsyncServerExchange exchange;
    private final Object token;
    private double last = Double.NEGATIVE_INFINITY;

    private McpProgress(McpAsyncServerExchange exchange, Object token) {
        this.exchange = exchange;
        this.token = token;
    }

    static ToolProgress of(McpAsyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Object token = request.meta() == null ? null : request.meta().get("progressToken");
        return token == null ? ToolProgress.NONE : new McpProgress(exchange, token);
    }

    @Override
    public synchronized void report(double progress, Double total, String message) {
        if (progress <= last) {
            return;
        }
        last = progress;
        // the SSE write happens on subscribe, on this thread, so reports keep their order
        exchange.progressNotification(new McpSchema.ProgressNotification(token, progress, total, message, null))
                .subscribe(v -> {
                }, e -> log.debug("progress not delivered: {}", e.toString()));
    }
}
