package io.centralbridge.http;

import io.centralbridge.session.Tenant;

/**
 * Which host a request goes to and which ID header it carries. Tenant-scoped calls go to the tenant's own
 * region host; partner and organization calls go to the global host.
 */
public sealed interface Scope {

    /** Regional host of the tenant, with X-Tenant-ID. */
    record TenantScope(Tenant tenant) implements Scope {
    }

    /** Global host with X-Tenant-ID (licensing and account management live there). */
    record GlobalTenantScope(Tenant tenant) implements Scope {
    }

    /** Global host with X-Partner-ID. */
    record PartnerScope() implements Scope {
    }

    /** Global host with X-Organization-ID. */
    record OrganizationScope() implements Scope {
    }

    /** Global host without an ID header: whoami only. */
    record GlobalScope() implements Scope {
    }

    static Scope tenant(Tenant t) {
        return new TenantScope(t);
    }

    static Scope globalTenant(Tenant t) {
        return new GlobalTenantScope(t);
    }

    static Scope partner() {
        return new PartnerScope();
    }

    static Scope organization() {
        return new OrganizationScope();
    }

    static Scope global() {
        return new GlobalScope();
    }
}
