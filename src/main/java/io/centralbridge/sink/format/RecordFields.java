package io.centralbridge.sink.format;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields CEF and LEEF carry, read from any of the three record kinds: SIEM events and SIEM alerts
 * (sophos-api.md §8) and Common API alerts (§6). Each field takes the first source that is present, so one
 * table serves all three kinds and the stream name is not needed to tell them apart. The tenant comes from the
 * streaming enrichment ({@code tenant:{id,name}}, or {@code tenant_id}/{@code tenant_name}).
 */
final class RecordFields {

    /** Neutral field name -> the JSON pointers tried in order. Documented in the README "Formats" tables. */
    static final Map<String, List<String>> SOURCES = sources();

    private RecordFields() {
    }

    private static Map<String, List<String>> sources() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("id", List.of("/id"));
        m.put("type", List.of("/type"));
        m.put("title", List.of("/name", "/description"));
        m.put("description", List.of("/description", "/name"));
        m.put("severity", List.of("/severity"));
        m.put("time", List.of("/when", "/raisedAt", "/created_at"));
        m.put("category", List.of("/group", "/category"));
        m.put("host", List.of("/location"));
        m.put("user", List.of("/source"));
        m.put("userId", List.of("/user_id", "/person/id"));
        m.put("endpointId", List.of("/endpoint_id", "/data/endpoint_id", "/managedAgent/id"));
        m.put("endpointType", List.of("/endpoint_type", "/data/endpoint_type", "/managedAgent/type"));
        m.put("sourceIp", List.of("/source_info/ip", "/data/source_info/ip"));
        m.put("sha256", List.of("/appSha256"));
        m.put("threat", List.of("/threat"));
        m.put("product", List.of("/product"));
        m.put("groupKey", List.of("/groupKey"));
        m.put("customerId", List.of("/customer_id"));
        m.put("tenantId", List.of("/tenant/id", "/tenant_id", "/tenantId", "/customer_id"));
        m.put("tenantName", List.of("/tenant/name", "/tenant_name", "/tenantName"));
        return m;
    }

    /** The present fields in table order, plus "stream" when given. Absent fields are left out. */
    static Map<String, String> of(ObjectNode record, String stream) {
        Map<String, String> out = new LinkedHashMap<>();
        SOURCES.forEach((name, pointers) -> {
            for (String p : pointers) {
                JsonNode v = record.at(p);
                if (!v.isMissingNode() && !v.isNull() && !v.isContainerNode() && !v.asText().isEmpty()) {
                    out.put(name, v.asText());
                    break;
                }
            }
        });
        if (stream != null && !stream.isEmpty()) {
            out.put("stream", stream);
        }
        return out;
    }

    /** Sophos severities (low, medium, high; some payloads add none/critical) on the 0-10 scale of CEF and LEEF. */
    static int severity(String s) {
        if (s == null) {
            return 5;
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "none", "info", "informational":
                return 1;
            case "low":
                return 3;
            case "medium":
                return 5;
            case "high":
                return 8;
            case "critical":
                return 10;
            default:
                try {
                    return Math.max(0, Math.min(10, Integer.parseInt(s.trim())));
                } catch (NumberFormatException e) {
                    return 5;
                }
        }
    }

    /** An ISO-8601 time as an instant, or null when the value is not one (then the format leaves the time out). */
    static Instant instant(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(iso).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
