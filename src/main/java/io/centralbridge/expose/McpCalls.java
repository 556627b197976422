package io.centralbridge.expose;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.centralbridge.tool.ToolCancellation;
import org.springframework.stereotype.Component;

/**
 * The tool calls MCP clients have running, by session and JSON-RPC request id, so that a
 * {@code notifications/cancelled} (which names only the request id) reaches the call it means.
 */
@Component
class McpCalls {

    /** The Reactor context key under which {@link McpSession} hands a call's cancellation to the handler. */
    static final String CANCELLATION = "centralbridge.mcp.cancellation";

    private final Map<String, ToolCancellation> running = new ConcurrentHashMap<>();

    ToolCancellation start(String sessionId, Object requestId) {
        ToolCancellation c = new ToolCancellation();
        running.put(key(sessionId, requestId), c);
        return c;
    }

    void finish(String sessionId, Object requestId, ToolCancellation c) {
        running.remove(key(sessionId, requestId), c);
    }

    /** True when a running call was found and cancelled. */
    boolean cancel(String sessionId, Object requestId, String reason) {
        ToolCancellation c = running.get(key(sessionId, requestId));
        if (c == null) {
            return false; // finished already, or never ours: the specification says to ignore it
        }
        c.cancel(reason);
        return true;
    }

    /** A deleted session cancels whatever it still had running. */
    void cancelSession(String sessionId) {
        String prefix = sessionId + " ";
        running.forEach((k, c) -> {
            if (k.startsWith(prefix)) {
                c.cancel("the MCP session was closed");
            }
        });
    }

    /** Shutdown: every running call stops at its next step, so that no MCP stream outlives the app. */
    void cancelAll(String reason) {
        running.values().forEach(c -> c.cancel(reason));
    }

    int running() {
        return running.size();
    }

    private static String key(String sessionId, Object requestId) {
        // JSON-RPC ids are strings or numbers; a client cancels with the id exactly as it sent it
        return sessionId + " " + requestId;
    }
}
