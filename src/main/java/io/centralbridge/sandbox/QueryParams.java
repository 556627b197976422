package io.centralbridge.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of query parameters: an unknown name, a repeated single value, a malformed number or
 * an enum value Sophos does not document is a 400 that names the parameter, so client mistakes show up
 * here rather than in production.
 */
final class QueryParams {
    private final Map<String, List<String>> values;

    QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Refuses any parameter not in {@code allowed}. */
    QueryParams only(Collection<String> allowed) {
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw SandboxException.badRequest("Unknown query parameter '" + name + "'; this API takes "
                        + String.join(", ", allowed));
            }
        }
        return this;
    }

    QueryParams only(String... allowed) {
        return only(Arrays.asList(allowed));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The single value, or null when absent. */
    String text(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v.size() > 1) {
            throw SandboxException.badRequest("Query parameter '" + name + "' may be given only once");
        }
        if (v.get(0).isEmpty()) {
            throw SandboxException.badRequest("Query parameter '" + name + "' is empty");
        }
        return v.get(0);
    }

    /** Comma-separated (or repeated) values; empty when absent. */
    List<String> list(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : v) {
            for (String item : s.split(",", -1)) {
                String t = item.trim();
                if (t.isEmpty()) {
                    throw SandboxException.badRequest("Query parameter '" + name + "' has an empty item");
                }
                out.add(t);
            }
        }
        return out;
    }

    List<String> enumList(String name, Collection<String> allowed) {
        List<String> v = list(name);
        v.forEach(item -> checkEnum(name, item, allowed));
        return v;
    }

    String enumValue(String name, Collection<String> allowed, String fallback) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        checkEnum(name, v, allowed);
        return v;
    }

    Boolean bool(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw SandboxException.badRequest("Query parameter '" + name + "' must be true or false, not '" + v + "'");
        }
        return Boolean.valueOf(v);
    }

    int integer(String name, int fallback, int min, int max) {
        return checkedInt(name, text(name), fallback, min, max);
    }

    /** {@code pageSize} must be 1..cap: the sandbox refuses, not clamps, a page bigger than the cap. */
    int pageSize(int fallback, int cap) {
        return checkedInt("pageSize", text("pageSize"), Math.min(fallback, cap), 1, cap);
    }

    /** An ISO-8601 UTC timestamp, or an ISO-8601 duration relative to now such as {@code -P30D}. */
    Instant instant(String name) {
        return parseInstant(name, text(name));
    }

    static Instant parseInstant(String name, String v) {
        if (v == null) {
            return null;
        }
        try {
            if (v.startsWith("P") || v.startsWith("-P") || v.startsWith("+P")) {
                Instant now = Instant.now();
                try {
                    return now.plus(Duration.parse(v));
                } catch (DateTimeParseException e) {
                    return now.atZone(ZoneOffset.UTC).plus(Period.parse(v)).toInstant();
                }
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw SandboxException.badRequest("Query parameter '" + name + "' must be an ISO-8601 UTC timestamp"
                    + " (e.g. 2025-01-31T00:00:00.000Z) or duration (e.g. -P30D), not '" + v + "'");
        }
    }

    static int checkedInt(String name, String v, int fallback, int min, int max) {
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw SandboxException.badRequest("'" + name + "' must be an integer, not '" + v + "'");
        }
        if (n < min || n > max) {
            throw SandboxException.badRequest("'" + name + "' must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    static void checkEnum(String name, String value, Collection<String> allowed) {
        if (!allowed.contains(value)) {
            throw SandboxException.badRequest("Invalid value '" + value + "' for '" + name + "'; allowed: "
                    + String.join(", ", allowed));
        }
    }

    static Set<String> names(String... names) {
        return Set.of(names);
    }
}
