package io.centralbridge.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything a tool says about one Sophos request: method, path, query, body and scope. Auth, host, ID
 * headers, retries and paging are decided elsewhere, once.
 *
 * @param capKey the page-size cap that applies to this list (e.g. "endpoints"), see {@link UpstreamProperties}
 */
public record SophosRequest(String method, String path, Map<String, List<String>> query, JsonNode body,
                            Scope scope, Paging paging, String capKey) {

    public SophosRequest {
        query = Map.copyOf(query);
    }

    public static SophosRequest get(String path, Scope scope) {
        return new SophosRequest("GET", path, Map.of(), null, scope, Paging.NONE, null);
    }

    public static SophosRequest send(String method, String path, JsonNode body, Scope scope) {
        return new SophosRequest(method, path, Map.of(), body, scope, Paging.NONE, null);
    }

    public boolean isRead() {
        return "GET".equals(method);
    }

    public SophosRequest query(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, List<String>> q = new LinkedHashMap<>(query);
        if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return this;
            }
            List<String> joined = new ArrayList<>();
            c.forEach(v -> joined.add(String.valueOf(v)));
            q.put(name, List.of(String.join(",", joined)));
        } else {
            q.put(name, List.of(String.valueOf(value)));
        }
        return new SophosRequest(method, path, q, body, scope, paging, capKey);
    }

    public SophosRequest withoutQuery(String name) {
        if (!query.containsKey(name)) {
            return this;
        }
        Map<String, List<String>> q = new LinkedHashMap<>(query);
        q.remove(name);
        return new SophosRequest(method, path, q, body, scope, paging, capKey);
    }

    public SophosRequest paged(Paging style, String cap) {
        return new SophosRequest(method, path, query, body, scope, style, cap);
    }

    public SophosRequest withBody(JsonNode newBody) {
        return new SophosRequest(method, path, query, newBody, scope, paging, capKey);
    }

    public String describe() {
        return method + " " + path;
    }
}
