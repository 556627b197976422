package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Everything one tenant holds, seeded on first use: a test that touches one tenant does not pay for
 * twelve, and the per-tenant random streams keep the result the same whatever the order of first use.
 * The lists are copy-on-write so that later write APIs (delete an endpoint, add a user) can change them
 * while other threads page through a snapshot. Responses serialize the live nodes, so a write replaces
 * a node ({@code list.set(i, changedCopy)}) rather than mutating it in place.
 */
final class TenantData {
    /** What the seeders produce for one tenant. */
    record Contents(List<ObjectNode> endpoints, List<ObjectNode> alerts, List<ObjectNode> users, TenantPosture posture) {
    }

    private final int index;
    private volatile SandboxTenant tenant;
    private Supplier<Contents> seeder;
    private volatile List<ObjectNode> endpoints;
    private List<ObjectNode> alerts;
    private List<ObjectNode> users;
    private TenantPosture posture;

    TenantData(int index, SandboxTenant tenant, Supplier<Contents> seeder) {
        this.index = index;
        this.tenant = tenant;
        this.seeder = seeder;
    }

    int index() {
        return index;
    }

    SandboxTenant tenant() {
        return tenant;
    }

    /** The partner renamed the tenant (its showAs); every other field stays. */
    void showAs(String showAs) {
        SandboxTenant t = tenant;
        tenant = new SandboxTenant(t.id(), t.name(), showAs, t.dataGeography(), t.dataRegion(), t.billingType(),
                t.status(), t.apiHost(), t.organizationId());
    }

    /** Live list, sorted by id; mutate only through the list's own methods. */
    List<ObjectNode> endpoints() {
        load();
        return endpoints;
    }

    List<ObjectNode> alerts() {
        load();
        return alerts;
    }

    List<ObjectNode> users() {
        load();
        return users;
    }

    TenantPosture posture() {
        load();
        return posture;
    }

    ObjectNode endpoint(String id) {
        return find(endpoints(), id);
    }

    ObjectNode alert(String id) {
        return find(alerts(), id);
    }

    ObjectNode user(String id) {
        return find(users(), id);
    }

    private void load() {
        if (endpoints != null) {
            return;
        }
        synchronized (this) {
            if (endpoints != null) {
                return;
            }
            Contents c = seeder.get();
            alerts = new CopyOnWriteArrayList<>(c.alerts());
            users = new CopyOnWriteArrayList<>(c.users());
            posture = c.posture();
            seeder = null;
            endpoints = new CopyOnWriteArrayList<>(c.endpoints()); // last: the volatile write publishes the rest
        }
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
