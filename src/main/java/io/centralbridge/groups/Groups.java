package io.centralbridge.groups;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.actions.WriteSupport;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosApiException;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The endpoint-groups paths (sophos-api.md §5) and the reads the group tools confirm their writes with. */
final class Groups {

    static final String BASE = "/endpoint/v1/endpoint-groups";
    static final int MAX_ENDPOINTS = 1000;

    private Groups() {
    }

    static String path(String groupId) {
        return BASE + "/" + groupId.toLowerCase();
    }

    static Schema groupId() {
        return Schema.uuid().describe("The group's id");
    }

    static Schema endpointIds(int min) {
        return endpointIds(min, MAX_ENDPOINTS);
    }

    static Schema endpointIds(int min, int max) {
        return Schema.arrayOf(Schema.uuid(), min, max).describe("Endpoint ids (from list_endpoints), " + min + " to " + max);
    }

    /** The ids of the group's members, all pages. */
    static Set<String> members(WriteSupport write, Tenant t, String groupId) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode e : write.readAll(SophosRequest.get(path(groupId) + "/endpoints", Scope.tenant(t))
                .paged(Paging.KEY, "endpoints"), 100000)) {
            ids.add(e.path("id").asText());
        }
        return ids;
    }

    /** The group, or null when Sophos answers 404. */
    static JsonNode find(WriteSupport write, Tenant t, String groupId) {
        try {
            return write.send(SophosRequest.get(path(groupId), Scope.tenant(t)));
        } catch (SophosApiException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    static List<String> lower(List<String> ids) {
        return List.copyOf(new LinkedHashSet<>(ids.stream().map(String::toLowerCase).toList()));
    }
}
