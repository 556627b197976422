package io.centralbridge.modules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Caps what a module tool returns at a size an agent can take in. A list is cut to the items that fit,
 * keeping its other fields; anything else is replaced. Either way the answer carries a {@code _truncated}
 * marker that says how big the whole was and how to ask for less.
 */
final class ResultCap {

    static final String MARKER = "_truncated";
    /** Room kept for the marker itself. */
    private static final int MARKER_ROOM = 600;

    private final ObjectMapper json;
    private final long limit;

    ResultCap(ObjectMapper json, long limitBytes) {
        this.json = json;
        this.limit = limitBytes;
    }

    ObjectNode cap(ObjectNode answer) {
        long size = size(answer);
        if (size <= limit) {
            return answer;
        }
        String listKey = answer.path("items").isArray() ? "items" : answer.path("result").isArray() ? "result" : null;
        JsonNode items = listKey == null ? null : answer.get(listKey);
        ObjectNode out;
        int kept = 0;
        int total = -1;
        if (items instanceof ArrayNode list) {
            total = list.size();
            out = answer.deepCopy();
            ArrayNode cut = out.putArray(listKey);
            long budget = limit - MARKER_ROOM - (size(answer) - size(list));
            long used = 2;
            for (JsonNode item : list) {
                long s = size(item) + 1;
                if (used + s > budget) {
                    break;
                }
                cut.add(item);
                used += s;
                kept++;
            }
        } else {
            out = json.createObjectNode();
        }
        ObjectNode marker = out.putObject(MARKER);
        marker.put("reason", "the answer was " + size + " bytes of JSON, more than the limit of " + limit
                + " bytes (sophos.modules.max-result-size)");
        marker.put("sizeBytes", size);
        marker.put("limitBytes", limit);
        if (total >= 0) {
            marker.put("itemsKept", kept);
            marker.put("itemsTotal", total);
        }
        marker.put("hint", "ask for less: a response_filter such as 'items[].{id: id, name: name}' keeps only the "
                + "fields you need; 'fields' in query_params, a smaller pageSize, or a lower max_records read fewer "
                + "records");
        return out;
    }

    private long size(JsonNode n) {
        try {
            return json.writeValueAsBytes(n).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot size the answer", e);
        }
    }
}
