package io.centralbridge.expose;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * sophos.mcp.allowed-origins: the browser origins that may reach /mcp ({@code scheme://host[:port]}, the port
 * may be {@code *}). Any other Origin is refused with 403, as the MCP specification asks against DNS rebinding.
 */
@ConfigurationProperties("sophos.mcp")
record McpProperties(@DefaultValue({"http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*",
        "https://localhost:*", "https://127.0.0.1:*", "https://[::1]:*"}) List<String> allowedOrigins) {
}
