package io.centralbridge.tool;

/**
 * Who called a tool: the API key id (never the key) and the way in (rest, mcp, route, schedule).
 */
public record Caller(String id, String via) {
    public static Caller internal(String via) {
        return new Caller("internal", via);
    }
}
