package io.centralbridge.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the sandbox received it, with the status it answered (0 when the connection was
 * dropped on purpose). {@code server} is "identity", "global" or the region code; header names are
 * lower case.
 */
public record RecordedRequest(Instant at, String server, String method, String path, String rawQuery,
                              Map<String, List<String>> query, Map<String, String> headers, String body,
                              int status) {

    public RecordedRequest {
        Map<String, List<String>> q = new java.util.LinkedHashMap<>();
        query.forEach((k, v) -> q.put(k, List.copyOf(v)));
        query = java.util.Collections.unmodifiableMap(q);
        headers = Map.copyOf(headers);
    }

    /** The header's value, whatever case the name is given in; null when absent. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return server + " " + method + " " + path + (rawQuery == null ? "" : "?" + rawQuery) + " -> " + status;
    }
}
