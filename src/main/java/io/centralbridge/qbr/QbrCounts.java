package io.centralbridge.qbr;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Counting helpers of the QBR summary: the tool answers counts, never the records. */
final class QbrCounts {

    private QbrCounts() {
    }

    static ObjectNode alerts(JsonNode list, ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        out.put("total", list.path("count").asInt());
        out.put("truncated", list.path("truncated").asBoolean());
        out.set("bySeverity", count(list.path("items"), a -> a.path("severity").asText("unknown"), json));
        out.set("byCategory", count(list.path("items"), a -> a.path("category").asText("unknown"), json));
        out.set("byProduct", count(list.path("items"), a -> a.path("product").asText("unknown"), json));
        return out;
    }

    static ObjectNode endpoints(JsonNode list, ObjectMapper json) {
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        for (String g : new String[] {"computers", "servers", "securityVms"}) {
            list.path(g).path("items").forEach(all::add);
        }
        com.fasterxml.jackson.databind.node.ArrayNode items = json.createArrayNode().addAll(all);
        ObjectNode out = json.createObjectNode();
        out.put("total", all.size());
        out.put("truncated", list.path("truncated").asBoolean());
        out.set("byType", count(items, ep -> ep.path("type").asText("unknown"), json));
        out.set("byHealth", count(items, ep -> ep.path("health").path("overall").asText("unknown"), json));
        out.set("byOs", count(items, ep -> ep.path("os").path("platform").asText("unknown"), json));
        out.set("tamperProtection", count(items,
                ep -> ep.path("tamperProtectionEnabled").asBoolean(false) ? "enabled" : "disabled", json));
        out.set("isolation", count(items,
                ep -> ep.path("isolation").path("status").asText("notIsolated"), json));
        return out;
    }

    private static ObjectNode count(JsonNode items, Function<JsonNode, String> key, ObjectMapper json) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode i : items) {
            counts.merge(key.apply(i), 1, Integer::sum);
        }
        ObjectNode out = json.createObjectNode();
        counts.forEach(out::put);
        return out;
    }
}
