package io.centralbridge.hunting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolException;

/**
 * Which endpoints a Live Discover query goes to: exactly one of all_endpoints=true, endpoint_ids or
 * hostname_contains, and (unless all_endpoints) no more than the configured cap. Everything that can be
 * checked without Sophos is checked before any call.
 */
final class LiveDiscoverTargets {
    static final List<String> CHOICES = List.of("all_endpoints", "endpoint_ids", "hostname_contains");

    private final boolean all;
    private final List<String> ids;
    private final String hostnameContains;

    private LiveDiscoverTargets(boolean all, List<String> ids, String hostnameContains) {
        this.all = all;
        this.ids = ids;
        this.hostnameContains = hostnameContains;
    }

    static LiveDiscoverTargets of(ToolCall c, int cap) {
        boolean all = Boolean.TRUE.equals(c.bool("all_endpoints"));
        List<String> ids = c.has("endpoint_ids") ? c.texts("endpoint_ids") : null;
        String host = c.text("hostname_contains");
        int given = (all ? 1 : 0) + (ids != null ? 1 : 0) + (host != null ? 1 : 0);
        if (given != 1) {
            String which = given == 0 ? "none was given" : "more than one was given";
            throw ToolException.badParameter(firstGiven(all, ids, host), "targeting is required: give exactly one of "
                    + "all_endpoints=true, endpoint_ids or hostname_contains (" + which + ")", CHOICES);
        }
        if (ids != null) {
            List<String> distinct = ids.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
            if (distinct.size() > cap) {
                throw ToolException.badParameter("endpoint_ids", "targets " + distinct.size() + " endpoints, more than "
                        + "the " + cap + " one query may target; use all_endpoints=true to query every endpoint");
            }
            ids = distinct;
        }
        if (host != null && host.isBlank()) {
            throw ToolException.badParameter("hostname_contains", "must not be blank");
        }
        return new LiveDiscoverTargets(all, ids, host);
    }

    private static String firstGiven(boolean all, List<String> ids, String host) {
        if (all && (ids != null || host != null)) {
            return ids != null ? "endpoint_ids" : "hostname_contains";
        }
        if (ids != null && host != null) {
            return "hostname_contains";
        }
        return "all_endpoints";
    }

    boolean needsLookup() {
        return hostnameContains != null;
    }

    String hostnameContains() {
        return hostnameContains;
    }

    /**
     * The endpoints whose hostname contains the text, case-insensitively. Sophos matches only the first 10
     * characters of hostnameContains (sophos-api.md §5), so the list it answers is narrowed here.
     */
    LiveDiscoverTargets resolved(List<JsonNode> listed, int cap) {
        String want = hostnameContains.toLowerCase(Locale.ROOT);
        Map<String, String> matches = new LinkedHashMap<>();
        for (JsonNode ep : listed) {
            if (ep.path("hostname").asText().toLowerCase(Locale.ROOT).contains(want)) {
                matches.put(ep.path("id").asText(), ep.path("hostname").asText());
            }
        }
        if (matches.isEmpty()) {
            throw ToolException.badParameter("hostname_contains", "no endpoint of this tenant has a hostname containing '"
                    + hostnameContains + "'; list_endpoints shows the hostnames");
        }
        if (matches.size() > cap) {
            throw ToolException.badParameter("hostname_contains", "matches " + matches.size() + " endpoints, more than the "
                    + cap + " one query may target; narrow it, or use all_endpoints=true");
        }
        return new LiveDiscoverTargets(false, new ArrayList<>(matches.keySet()), null);
    }

    /** The matchEndpoints of the submit body (sophos-api.md §10). */
    ObjectNode matchEndpoints() {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        if (all) {
            m.put("all", true);
        } else {
            ObjectNode filter = m.putArray("filters").addObject();
            ids.forEach(filter.putArray("ids")::add);
        }
        return m;
    }
}
