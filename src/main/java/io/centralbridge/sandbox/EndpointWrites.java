package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Changes to a tenant's live endpoint list. Responses serialize the live nodes, so a change replaces the node
 * with a changed copy instead of mutating it; the list stays sorted by id for key-based paging.
 */
final class EndpointWrites {

    private EndpointWrites() {
    }

    /** The changed copy, or null when the tenant has no such endpoint. */
    static ObjectNode update(TenantData data, String id, Consumer<ObjectNode> change) {
        synchronized (data) {
            List<ObjectNode> list = data.endpoints();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).get("id").asText().equals(id)) {
                    ObjectNode copy = list.get(i).deepCopy();
                    change.accept(copy);
                    list.set(i, copy);
                    return copy;
                }
            }
            return null;
        }
    }

    static ObjectNode remove(TenantData data, String id) {
        synchronized (data) {
            List<ObjectNode> list = data.endpoints();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).get("id").asText().equals(id)) {
                    return list.remove(i);
                }
            }
            return null;
        }
    }

    static void insert(TenantData data, ObjectNode endpoint) {
        synchronized (data) {
            List<ObjectNode> list = data.endpoints();
            String id = endpoint.get("id").asText();
            int at = 0;
            while (at < list.size() && list.get(at).get("id").asText().compareTo(id) < 0) {
                at++;
            }
            list.add(at, endpoint);
        }
    }

    /** The ids a request body lists under {@code field}: a non-empty array of strings, else a 400. */
    static List<String> ids(com.fasterxml.jackson.databind.JsonNode body, String field) {
        com.fasterxml.jackson.databind.JsonNode a = body.get(field);
        if (a == null || !a.isArray() || a.isEmpty()) {
            throw SandboxException.badRequest("'" + field + "' must be a non-empty array of ids");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        a.forEach(v -> {
            if (!v.isTextual()) {
                throw SandboxException.badRequest("'" + field + "' must hold ids as strings");
            }
            out.add(v.asText());
        });
        return out;
    }
}
