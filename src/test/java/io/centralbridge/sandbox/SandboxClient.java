package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** A bare HTTP client for the sandbox tests: real sockets, no retries, nothing clever. */
final class SandboxClient {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A status, a parsed JSON body and the response headers. */
    record Response(int status, JsonNode json, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<CredentialKind, String> tokens = new EnumMap<>(CredentialKind.class);

    SandboxClient(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    Response tokenRequest(String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.identityUrl() + "/api/v2/oauth2/token"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    static String form(String clientId, String secret) {
        return "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret) + "&scope=token";
    }

    String token(SandboxCredential c) {
        Response r = tokenRequest("application/x-www-form-urlencoded", form(c.clientId(), c.clientSecret()));
        if (r.status() != 200) {
            throw new AssertionError("token refused: " + r.json());
        }
        return r.json().get("access_token").asText();
    }

    /** A cached token of the built-in credential of that kind. */
    String token(CredentialKind kind) {
        return tokens.computeIfAbsent(kind, k -> token(sandbox.credential(k)));
    }

    /** GET {@code baseUrl + pathAndQuery} with a bearer token and alternating header names and values. */
    Response get(String token, String baseUrl, String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        return send(withHeaders(b, token, headers).build());
    }

    Response post(String token, String baseUrl, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return send(withHeaders(b, token, headers).build());
    }

    /** A tenant-scoped GET on the tenant's own region server. */
    Response tenantGet(CredentialKind kind, SandboxTenant t, String pathAndQuery) {
        return get(token(kind), t.apiHost(), pathAndQuery, "X-Tenant-ID", t.id());
    }

    HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder b, String token, String... headers) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = sendRaw(request);
            return new Response(r.statusCode(), r.body().isEmpty() ? null : MAPPER.readTree(r.body()), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
