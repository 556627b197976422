package io.centralbridge.expose;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses /mcp requests whose Origin header is not on the allow-list (403). A web page the user opens could
 * otherwise reach the loopback MCP server through DNS rebinding. Requests without an Origin (MCP clients that
 * are not browsers) pass; they still need an API key.
 */
final class McpOriginFilter extends OncePerRequestFilter {

    private final List<String> allowed;

    McpOriginFilter(List<String> allowed) {
        this.allowed = allowed.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !permits(origin)) {
            response.setStatus(403);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Origin not allowed\",\"status\":403,"
                    + "\"detail\":\"this Origin may not call /mcp; add it to sophos.mcp.allowed-origins\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean permits(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        for (String p : allowed) {
            if (p.equals(o)) {
                return true;
            }
            if (p.endsWith(":*")) {
                String base = p.substring(0, p.length() - 2);
                if (o.equals(base) || (o.startsWith(base + ":") && o.substring(base.length() + 1).matches("\\d{1,5}"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
