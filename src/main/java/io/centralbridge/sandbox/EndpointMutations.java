package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Changes to a tenant's endpoints made by a test or a demo (not through the API), so that list and get
 * answers reflect them: an endpoint enrolls, is deleted, or changes. The list stays sorted by id, and a change
 * replaces the node with a changed copy, because responses being written may still hold the old node.
 */
final class EndpointMutations {
    private EndpointMutations() {
    }

    static ObjectNode add(TenantData d, Instant now) {
        synchronized (d) {
            List<ObjectNode> list = d.endpoints();
            int n = list.size() + 1;
            String id = UUID.nameUUIDFromBytes(("added-endpoint:" + d.tenant().id() + ":" + n + ":" + System.nanoTime())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            ObjectNode e = list.isEmpty() ? blank(d.tenant().id()) : list.get(0).deepCopy();
            e.put("id", id);
            e.put("hostname", "NEW-" + id.substring(0, 8).toUpperCase(java.util.Locale.ROOT));
            e.put("lastSeenAt", Json.time(now));
            e.remove("associatedPerson");
            list.add(position(list, id), e);
            return e.deepCopy();
        }
    }

    static boolean remove(TenantData d, String endpointId) {
        synchronized (d) {
            ObjectNode e = d.endpoint(endpointId);
            return e != null && d.endpoints().remove(e);
        }
    }

    static ObjectNode update(TenantData d, String endpointId, Consumer<ObjectNode> change) {
        synchronized (d) {
            List<ObjectNode> list = d.endpoints();
            ObjectNode old = d.endpoint(endpointId);
            if (old == null) {
                throw new IllegalArgumentException("no endpoint " + endpointId + " in tenant " + d.tenant().id());
            }
            ObjectNode changed = old.deepCopy();
            change.accept(changed);
            changed.put("id", endpointId); // the id is the key; a change must not move the endpoint
            list.set(list.indexOf(old), changed);
            return changed.deepCopy();
        }
    }

    private static int position(List<ObjectNode> sorted, String id) {
        int i = 0;
        while (i < sorted.size() && sorted.get(i).get("id").asText().compareTo(id) < 0) {
            i++;
        }
        return i;
    }

    private static ObjectNode blank(String tenantId) {
        ObjectNode e = Json.object().put("type", "computer");
        e.set("tenant", Json.ref(tenantId));
        e.set("health", Json.object().put("overall", "good"));
        e.put("tamperProtectionEnabled", true);
        e.put("online", true);
        return e;
    }
}
