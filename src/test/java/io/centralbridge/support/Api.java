package io.centralbridge.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A REST caller over a real socket, as curl would be. */
public final class Api {

    public record Response(int status, String contentType, JsonNode body, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String key;

    public Api(int port, String key) {
        this.base = "http://127.0.0.1:" + port;
        this.key = key;
    }

    public Response tool(String name, String jsonParams) {
        return send("POST", "/api/tools/" + name, jsonParams);
    }

    public Response tool(String name, Object params) {
        try {
            return tool(name, JSON.writeValueAsString(params));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response send(String method, String path, String body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (key != null) {
                b.header("Authorization", "Bearer " + key);
            }
            if (body != null) {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = null;
            try {
                parsed = r.body().isBlank() ? null : JSON.readTree(r.body());
            } catch (Exception notJson) {
                // left null; the text is there
            }
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), parsed, r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
