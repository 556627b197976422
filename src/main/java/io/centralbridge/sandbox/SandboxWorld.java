package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The seeded data behind the APIs: one partner, one organization owning a subset of the tenants, and
 * each tenant's endpoints, alerts and users. Lists are returned as snapshots; the JSON nodes in them
 * are the live ones the APIs serve.
 */
public final class SandboxWorld {
    private final String partnerId;
    private final String organizationId;
    private final Instant anchor;
    private final Map<String, TenantData> byId;

    SandboxWorld(String partnerId, String organizationId, Instant anchor, List<TenantData> data) {
        this.partnerId = partnerId;
        this.organizationId = organizationId;
        this.anchor = anchor;
        Map<String, TenantData> m = new java.util.LinkedHashMap<>();
        data.forEach(d -> m.put(d.tenant().id(), d));
        this.byId = java.util.Collections.unmodifiableMap(m);
    }

    public String partnerId() {
        return partnerId;
    }

    public String organizationId() {
        return organizationId;
    }

    /** The instant the data is relative to: the sandbox start, truncated to the minute. */
    public Instant anchor() {
        return anchor;
    }

    /** All tenants in index order; the partner manages them all. */
    public List<SandboxTenant> tenants() {
        // read each time: a partner write (update_tenant) may have renamed one
        return byId.values().stream().map(TenantData::tenant).toList();
    }

    public SandboxTenant tenant(String id) {
        return data(id).tenant();
    }

    public List<SandboxTenant> tenantsIn(String region) {
        return tenants().stream().filter(t -> t.dataRegion().equals(region)).toList();
    }

    /** The tenants the organization owns. */
    public List<SandboxTenant> organizationTenants() {
        return tenants().stream().filter(t -> organizationId.equals(t.organizationId())).toList();
    }

    /** The regions that have at least one tenant, in configuration order. */
    public List<String> regions() {
        return List.copyOf(new LinkedHashSet<>(tenants().stream().map(SandboxTenant::dataRegion).toList()));
    }

    /** Full-view endpoint objects, sorted by id. */
    public List<ObjectNode> endpoints(String tenantId) {
        return List.copyOf(data(tenantId).endpoints());
    }

    public List<ObjectNode> alerts(String tenantId) {
        return List.copyOf(data(tenantId).alerts());
    }

    public List<ObjectNode> users(String tenantId) {
        return List.copyOf(data(tenantId).users());
    }

    /** The full account health check, computed now from the tenant's current endpoints. */
    public ObjectNode healthCheck(String tenantId) {
        TenantData d = data(tenantId);
        return HealthCheckReport.of(d.tenant(), d.endpoints(), d.posture(), new LinkedHashSet<>(HealthCheckReport.CHECKS));
    }

    /** Enrolls a new endpoint in a tenant (shaped like its others, new id and hostname); returns a copy of it. */
    public ObjectNode addEndpoint(String tenantId) {
        return EndpointMutations.add(data(tenantId), Instant.now());
    }

    /** Deletes an endpoint from a tenant; false when there was no such endpoint. */
    public boolean removeEndpoint(String tenantId, String endpointId) {
        return EndpointMutations.remove(data(tenantId), endpointId);
    }

    /** Changes an endpoint of a tenant (the change gets a copy; its id stays); returns a copy of the result. */
    public ObjectNode updateEndpoint(String tenantId, String endpointId, java.util.function.Consumer<ObjectNode> change) {
        return EndpointMutations.update(data(tenantId), endpointId, change);
    }

    /** Whether a credential reaches a tenant: partner all, organization its own, tenant only itself. */
    boolean reaches(SandboxCredential c, SandboxTenant t) {
        return switch (c.kind()) {
            case PARTNER -> c.principalId().equals(partnerId);
            case ORGANIZATION -> c.principalId().equals(t.organizationId());
            case TENANT -> c.principalId().equals(t.id());
        };
    }

    TenantData data(String tenantId) {
        TenantData d = tenantId == null ? null : byId.get(tenantId);
        if (d == null) {
            throw new IllegalArgumentException("no tenant " + tenantId);
        }
        return d;
    }

    boolean hasTenant(String tenantId) {
        return tenantId != null && byId.containsKey(tenantId);
    }
}
