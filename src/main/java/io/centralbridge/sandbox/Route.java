package io.centralbridge.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A method and path pattern (e.g. {@code /endpoint/v1/endpoints/{id}}) on one kind of server, with the
 * access it demands and its handler. A {@code {name}} segment matches exactly one non-empty segment.
 */
record Route(String method, String pattern, ServerKind server, Access access, RouteHandler handler) {

    Route {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("pattern must start with /: " + pattern);
        }
    }

    /** The path parameters when the path fits this pattern, else null. */
    Map<String, String> match(String path) {
        List<String> want = segments(pattern);
        List<String> got = segments(path);
        if (want.size() != got.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            String g = got.get(i);
            if (w.startsWith("{") && w.endsWith("}")) {
                if (g.isEmpty()) {
                    return null;
                }
                params.put(w.substring(1, w.length() - 1), g);
            } else if (!w.equals(g)) {
                return null;
            }
        }
        return params;
    }

    /** Literal segments beat parameters: {@code /alerts/search} wins over {@code /alerts/{id}}. */
    int parameterCount() {
        return (int) segments(pattern).stream().filter(s -> s.startsWith("{")).count();
    }

    private static List<String> segments(String path) {
        // Keeps empty segments, so "/a/" and "//a" do not match "/a": the sandbox is strict about paths.
        return List.of(path.substring(1).split("/", -1));
    }
}
