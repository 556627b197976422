package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything one tenant holds. The lists are copy-on-write so that later write APIs (delete an endpoint,
 * add a user) can change them while other threads page through a snapshot.
 */
final class TenantData {
    private final int index;
    private final SandboxTenant tenant;
    private final List<ObjectNode> endpoints;
    private final List<ObjectNode> alerts;
    private final List<ObjectNode> users;
    private final TenantPosture posture;

    TenantData(int index, SandboxTenant tenant, List<ObjectNode> endpoints, List<ObjectNode> alerts,
               List<ObjectNode> users, TenantPosture posture) {
        this.index = index;
        this.tenant = tenant;
        this.endpoints = new CopyOnWriteArrayList<>(endpoints);
        this.alerts = new CopyOnWriteArrayList<>(alerts);
        this.users = new CopyOnWriteArrayList<>(users);
        this.posture = posture;
    }

    int index() {
        return index;
    }

    SandboxTenant tenant() {
        return tenant;
    }

    /** Live list, sorted by id; mutate only through the list's own methods. */
    List<ObjectNode> endpoints() {
        return endpoints;
    }

    List<ObjectNode> alerts() {
        return alerts;
    }

    List<ObjectNode> users() {
        return users;
    }

    TenantPosture posture() {
        return posture;
    }

    ObjectNode endpoint(String id) {
        return find(endpoints, id);
    }

    ObjectNode alert(String id) {
        return find(alerts, id);
    }

    ObjectNode user(String id) {
        return find(users, id);
    }

    private static ObjectNode find(List<ObjectNode> items, String id) {
        for (ObjectNode n : items) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        return null;
    }
}
