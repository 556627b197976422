package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handler knows about its request: the server it came to, the authenticated principal, the
 * admitted tenant (tenant-scoped routes only), path and query parameters, headers and body.
 */
final class RequestContext {
    private final Sandbox sandbox;
    private final ServerKind server;
    private final String region;
    private final String method;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final String body;
    private final SandboxCredential principal;
    private final SandboxTenant tenant;

    RequestContext(Sandbox sandbox, ServerKind server, String region, String method, String path,
                   Map<String, String> pathParams, Map<String, List<String>> query, Map<String, String> headers,
                   String body, SandboxCredential principal, SandboxTenant tenant) {
        this.sandbox = sandbox;
        this.server = server;
        this.region = region;
        this.method = method;
        this.path = path;
        this.pathParams = pathParams;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.principal = principal;
        this.tenant = tenant;
    }

    Sandbox sandbox() { return sandbox; }
    SandboxWorld world() { return sandbox.world(); }
    SandboxConfig config() { return sandbox.config(); }
    ServerKind server() { return server; }
    /** The region code of a region server, else null. */
    String region() { return region; }
    String method() { return method; }
    String path() { return path; }
    SandboxCredential principal() { return principal; }
    String body() { return body; }

    /** The admitted tenant; only tenant-scoped routes have one. */
    SandboxTenant tenant() {
        if (tenant == null) {
            throw new IllegalStateException("route " + path + " is not tenant-scoped");
        }
        return tenant;
    }

    TenantData tenantData() {
        return world().data(tenant().id());
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** Header value by lower-case name, or null. */
    String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    QueryParams params() {
        return new QueryParams(query);
    }

    /** The body as JSON; refuses another content type, an empty body or malformed JSON. */
    JsonNode jsonBody() {
        if (!"application/json".equals(mediaType())) {
            throw new SandboxException(415, "Unsupported Media Type", "Content-Type must be application/json");
        }
        if (body.isBlank()) {
            // Sophos wants {} even for calls without parameters (sophos-api.md §2).
            throw SandboxException.badRequest("Request body is required; send {} when there is nothing to say");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw SandboxException.badRequest("Request body is not valid JSON");
        }
    }

    /**
     * The Content-Type without parameters, lower case; null when absent. Two Content-Type headers
     * arrive joined by a comma and match nothing, as they should.
     */
    String mediaType() {
        String type = header("content-type");
        return type == null ? null : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** An application/x-www-form-urlencoded body as name -> first value. */
    Map<String, String> formBody() {
        return parseForm(body);
    }

    static Map<String, String> parseForm(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        parseQuery(s).forEach((k, v) -> out.put(k, v.get(0)));
        return out;
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(v);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SandboxException.badRequest("Malformed URL encoding: " + s);
        }
    }
}
