package io.centralbridge.modules;

import io.centralbridge.http.Scope;
import io.centralbridge.session.CredentialMode;
import io.centralbridge.session.Tenant;

/**
 * The four host/header pairs Sophos has (sophos-api.md §2), and the credential each demands: a partner
 * module needs a partner credential, an organization module an organization one, a tenant module any.
 */
enum ModuleScope {
    /** The tenant's own region host with X-Tenant-ID. */
    TENANT(null),
    /** The global host with X-Tenant-ID (licensing). */
    GLOBAL_TENANT(null),
    /** The global host with X-Partner-ID. */
    PARTNER(CredentialMode.PARTNER),
    /** The global host with X-Organization-ID. */
    ORGANIZATION(CredentialMode.ORGANIZATION);

    private final CredentialMode needs;

    ModuleScope(CredentialMode needs) {
        this.needs = needs;
    }

    /** The credential this scope needs, or null when any credential reaching the tenant will do. */
    CredentialMode needs() {
        return needs;
    }

    boolean tenantScoped() {
        return needs == null;
    }

    Scope scope(Tenant tenant) {
        return switch (this) {
            case TENANT -> Scope.tenant(tenant);
            case GLOBAL_TENANT -> Scope.globalTenant(tenant);
            case PARTNER -> Scope.partner();
            case ORGANIZATION -> Scope.organization();
        };
    }

    static ModuleScope of(String module, ModuleProperties.Entry e) {
        String host = ModuleProperties.lower(e.host());
        String header = ModuleProperties.lower(e.header());
        if (host.equals("regional") && header.equals("x-tenant-id")) {
            return TENANT;
        }
        if (host.equals("global")) {
            switch (header) {
                case "x-tenant-id":
                    return GLOBAL_TENANT;
                case "x-partner-id":
                    return PARTNER;
                case "x-organization-id":
                    return ORGANIZATION;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("sophos.modules.table." + module + ": host '" + e.host() + "' with header '"
                + e.header() + "' is not a Sophos combination; use regional + X-Tenant-ID, or global + one of "
                + "X-Tenant-ID, X-Partner-ID, X-Organization-ID");
    }
}
