package io.centralbridge.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-caller rate limit on /api and /mcp (sophos.limits.*). Runs after {@link ApiKeyFilter}, so it counts only
 * known callers, by their key id; a caller past its budget gets a 429 problem with Retry-After before any tool
 * runs, so nothing is sent to Sophos for it. Each caller has its own bucket: one busy caller does not slow another.
 */
public class CallerRateLimitFilter extends OncePerRequestFilter {

    private final CallerBuckets buckets;

    public CallerRateLimitFilter(LimitProperties p) {
        this.buckets = p.enabled() ? new CallerBuckets(p.callerRatePerSecond(), p.callerBurst()) : null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return buckets == null || request.getAttribute(ApiKeyFilter.CALLER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = buckets.acquire(String.valueOf(request.getAttribute(ApiKeyFilter.CALLER)));
        if (wait > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait));
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
                    + "\"detail\":\"this API key is over its request rate (sophos.limits.caller-rate-per-second); "
                    + "retry after " + wait + " s\",\"retryAfterSeconds\":" + wait + "}");
            return;
        }
        chain.doFilter(request, response);
    }
}
