package io.centralbridge.hunting;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Splits a finished run's per-endpoint status into answered, offline and failed. An endpoint still pending (or
 * started) when the run finished was never reached: it was offline. One that finished without "succeeded" failed
 * (failed or timedOut on that endpoint). How Sophos reports offline endpoints is UNCONFIRMED; this follows the
 * run's endpointCounts.statuses.pending.offline.
 */
final class LiveDiscoverEndpoints {

    private LiveDiscoverEndpoints() {
    }

    static ObjectNode split(List<JsonNode> items, ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        out.put("targeted", items.size());
        ArrayNode answered = out.putArray("answered");
        ArrayNode offline = out.putArray("offline");
        ArrayNode failed = out.putArray("failed");
        for (JsonNode ep : items) {
            ObjectNode one = json.createObjectNode();
            one.put("id", ep.path("id").asText());
            one.put("hostname", ep.path("hostname").asText());
            String status = ep.path("status").asText();
            String result = ep.path("result").asText();
            if (!"finished".equals(status)) {
                offline.add(one);
            } else if ("succeeded".equals(result)) {
                one.put("resultCount", ep.path("resultCount").asInt());
                answered.add(one);
            } else {
                one.put("result", result);
                if (ep.hasNonNull("statusMessage")) {
                    one.put("statusMessage", ep.path("statusMessage").asText());
                }
                failed.add(one);
            }
        }
        return out;
    }
}
