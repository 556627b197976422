package io.centralbridge.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every request the sandbox received, refused ones included, in the order they were answered. An entry
 * is added before the answer is written, so a test that has its response can already see it here.
 */
public final class RequestLog {
    private final List<RecordedRequest> entries = new CopyOnWriteArrayList<>();

    RequestLog() {
    }

    void add(RecordedRequest request) {
        entries.add(request);
    }

    public List<RecordedRequest> all() {
        return List.copyOf(entries);
    }

    /** Requests with that method (null or "*" for any) whose path starts with {@code pathPrefix}. */
    public List<RecordedRequest> matching(String method, String pathPrefix) {
        return entries.stream()
                .filter(r -> method == null || "*".equals(method) || r.method().equalsIgnoreCase(method))
                .filter(r -> r.path().startsWith(pathPrefix))
                .toList();
    }

    public int count() {
        return entries.size();
    }

    public void clear() {
        entries.clear();
    }
}
