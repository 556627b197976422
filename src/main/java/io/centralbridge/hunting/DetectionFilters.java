package io.centralbridge.hunting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolException;

/**
 * The filters of query_detections and how they map into the POST body. Severity (an integer list) and
 * detectionRule are in the public example body (sophos-api.md §11); the other names mirror the documented
 * counts query parameters and are UNCONFIRMED as body fields.
 */
final class DetectionFilters {

    /** Severity names as ranges of the 0-10 scale. */
    static final Map<String, int[]> SEVERITY_RANGES = Map.of(
            "low", new int[] {0, 3}, "medium", new int[] {4, 6}, "high", new int[] {7, 8}, "critical", new int[] {9, 10});
    static final List<String> SEVERITY_NAMES = List.of("low", "medium", "high", "critical");

    /** tool filter name -> body field. */
    private static final Map<String, String> TEXT_FIELDS = Map.of(
            "category", "category",
            "mitre_tactic", "mitreAttackTactics",
            "device", "deviceNameContains",
            "user", "username",
            "detection_rule", "detectionRule");

    private DetectionFilters() {
    }

    static Schema schema() {
        Schema severityItem = Schema.string();
        ObjectNode item = severityItem.json();
        item.remove("type");
        item.putArray("anyOf").add(Schema.integer(0, 10).json()).add(Schema.enumOf("low", "medium", "high", "critical").json());
        item.put("description", "0-10, or low (0-3), medium (4-6), high (7-8), critical (9-10)");
        return Schema.object()
                .prop("severity", Schema.arrayOf(severityItem, 1, 11)
                        .describe("Severities: integers 0-10 and/or low, medium, high, critical (mapped to 0-3, 4-6, 7-8, 9-10)."))
                .prop("category", Schema.string(100).describe("Detection category, e.g. execution, credentialAccess."))
                .prop("mitre_tactic", Schema.string(100).describe("MITRE ATT&CK tactic id or name, e.g. TA0002 or Execution."))
                .prop("device", Schema.string(255).describe("Device name contains this text."))
                .prop("user", Schema.string(255).describe("Exact user name, e.g. ACME\\\\jdoe."))
                .prop("detection_rule", Schema.string(255).describe("Detection rule name."))
                .describe("Filters, all optional, combined with AND.");
    }

    /** Adds the filters to the body; severities must be 0-10 or a known name. */
    static void apply(JsonNode filters, ObjectNode body) {
        if (filters == null || filters.isNull()) {
            return;
        }
        JsonNode sev = filters.get("severity");
        if (sev != null && !sev.isNull()) {
            TreeSet<Integer> values = new TreeSet<>();
            for (int i = 0; i < sev.size(); i++) {
                JsonNode v = sev.get(i);
                String field = "filters.severity[" + i + "]";
                if (v.isInt()) {
                    if (v.asInt() < 0 || v.asInt() > 10) {
                        throw ToolException.badParameter(field, "must be an integer 0-10 or one of low, medium, high, critical, got "
                                + v.asInt(), SEVERITY_NAMES);
                    }
                    values.add(v.asInt());
                } else if (v.isTextual() && SEVERITY_RANGES.containsKey(v.asText().toLowerCase(Locale.ROOT))) {
                    int[] r = SEVERITY_RANGES.get(v.asText().toLowerCase(Locale.ROOT));
                    for (int s = r[0]; s <= r[1]; s++) {
                        values.add(s);
                    }
                } else {
                    throw ToolException.badParameter(field, "must be an integer 0-10 or one of low, medium, high, critical",
                            SEVERITY_NAMES);
                }
            }
            ArrayNode a = body.putArray("severity");
            values.forEach(a::add);
        }
        TEXT_FIELDS.forEach((name, bodyField) -> {
            JsonNode v = filters.get(name);
            if (v != null && !v.isNull()) {
                body.put(bodyField, v.asText());
            }
        });
    }

    static ObjectNode emptyBody() {
        return JsonNodeFactory.instance.objectNode();
    }
}
