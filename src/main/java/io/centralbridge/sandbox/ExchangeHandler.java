package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One server's request pipeline: latency, dropped connections, injected failures, routing (404/405),
 * token and ID-header admission, rate limit, handler; every request is logged with the status it got.
 */
final class ExchangeHandler implements HttpHandler {
    private final Sandbox sandbox;
    private final ServerKind kind;
    private final String serverName;
    private final String region;

    ExchangeHandler(Sandbox sandbox, ServerKind kind, String serverName, String region) {
        this.sandbox = sandbox;
        this.kind = kind;
        this.serverName = serverName;
        this.region = region;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        // counted open until the answer is ready, before it is written: a client that sends its next request the
        // moment it has an answer must not find this one still counted
        String tenantId = exchange.getRequestHeaders().getFirst("X-Tenant-ID");
        Runnable done = sandbox.inFlight().enter(tenantId);
        try {
            handleCounted(exchange, done);
        } finally {
            done.run();
        }
    }

    private void handleCounted(HttpExchange exchange, Runnable answered) throws IOException {
        Instant at = Instant.now();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> query;
        try {
            query = RequestContext.parseQuery(rawQuery);
        } catch (SandboxException e) {
            query = Map.of();
        }
        Faults faults = sandbox.faults();
        sleep(sandbox.config().latencyMillis() + faults.latencyMillis() + faults.latencyMillis(path));
        if (faults.takeDropNext(method, path) || faults.drawDrop()) {
            log(at, method, path, rawQuery, query, headers, body, 0);
            answered.run();
            exchange.close();
            return;
        }
        Reply reply;
        try {
            reply = process(method, path, rawQuery, query, headers, body);
        } catch (SandboxException e) {
            reply = error(e);
        } catch (RuntimeException e) {
            reply = error(new SandboxException(500, "Internal Server Error", "Sandbox failure: " + e));
        }
        log(at, method, path, rawQuery, query, headers, body, reply.status());
        answered.run();
        write(exchange, reply, method.equals("HEAD"));
    }

    private Reply process(String method, String path, String rawQuery, Map<String, List<String>> query,
                          Map<String, String> headers, String body) {
        Faults faults = sandbox.faults();
        Faults.FailRule rule = faults.takeFailNext(method, path);
        if (rule != null) {
            throw SandboxException.ofStatus(rule.status(), "Injected failure (sandbox failNext)", rule.retryAfterSeconds());
        }
        int injected = faults.draw5xx();
        if (injected != 0) {
            throw SandboxException.ofStatus(injected, "Injected server error (sandbox rate5xx)", null);
        }
        if (kind != ServerKind.IDENTITY && faults.draw429()) {
            throw SandboxException.tooManyRequests("Too many requests. See Retry-After header.", Math.max(1, faults.retryAfter429()));
        }
        RequestContext.parseQuery(rawQuery); // a malformed query is a 400, once the faults have had their say
        SandboxRoutes.Match match = sandbox.routes().match(kind, method, path);
        Route route = match.route();
        SandboxCredential principal = null;
        SandboxTenant tenant = null;
        if (route.access() != Access.NONE) {
            principal = sandbox.admission().authenticate(headers);
            tenant = sandbox.admission().admit(route.access(), principal, headers, region);
            int wait = sandbox.rateLimiter().acquire(principal.clientId() + "|" + (tenant == null ? "global" : tenant.id()));
            if (wait > 0) {
                throw SandboxException.tooManyRequests("Too many requests. See Retry-After header.", wait);
            }
        }
        RequestContext ctx = new RequestContext(sandbox, kind, region, method, path, match.params(), query, headers,
                body, principal, tenant);
        Reply reply = route.handler().handle(ctx);
        Faults.FailRule afterApply = reply.status() < 300 ? faults.takeFailAfterApply(method, path) : null;
        if (afterApply != null) {
            throw SandboxException.ofStatus(afterApply.status(), "Injected failure after the change was applied "
                    + "(sandbox failAfterApplyNext)", null);
        }
        return reply;
    }

    private Reply error(SandboxException e) {
        JsonNode body = kind == ServerKind.IDENTITY ? GatewayErrors.identity(e) : GatewayErrors.gateway(e);
        Map<String, String> h = new LinkedHashMap<>(e.headers());
        if (e.retryAfterSeconds() != null) {
            h.put("Retry-After", Integer.toString(e.retryAfterSeconds()));
        }
        return new Reply(e.status(), body, h);
    }

    private void log(Instant at, String method, String path, String rawQuery, Map<String, List<String>> query,
                     Map<String, String> headers, String body, int status) {
        sandbox.requests().add(new RecordedRequest(at, serverName, method, path, rawQuery, query, headers, body, status));
    }

    private static void write(HttpExchange exchange, Reply reply, boolean head) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (head) {
            // A HEAD answer carries no body; the JDK server refuses one.
            exchange.sendResponseHeaders(reply.status(), -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
