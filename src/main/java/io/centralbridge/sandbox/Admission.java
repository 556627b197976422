package io.centralbridge.sandbox;

import java.util.Map;

/**
 * Who may call what (sophos-api.md §2): a bearer token on every API call, and the ID header the route's
 * access demands. A tenant-scoped call is admitted only on the region server its tenant lives on, which
 * is how a call sent to the wrong region fails. Stricter than Sophos: an ID header of another kind is a
 * 400, so a client that sprays every header on every call is caught.
 */
final class Admission {
    static final String TENANT = "x-tenant-id";
    static final String PARTNER = "x-partner-id";
    static final String ORGANIZATION = "x-organization-id";

    private final IssuedTokens tokens;
    private final SandboxWorld world;

    Admission(IssuedTokens tokens, SandboxWorld world) {
        this.tokens = tokens;
        this.world = world;
    }

    SandboxCredential authenticate(Map<String, String> headers) {
        String auth = headers.get("authorization");
        if (auth == null || auth.isBlank()) {
            throw SandboxException.unauthorized("Missing Authorization header; expected 'Bearer <access_token>'");
        }
        if (!auth.regionMatches(true, 0, "Bearer ", 0, 7) || auth.length() == 7) {
            throw SandboxException.unauthorized("Authorization header must be 'Bearer <access_token>'");
        }
        SandboxCredential c = tokens.valid(auth.substring(7).trim());
        if (c == null) {
            throw SandboxException.unauthorized("Invalid or expired access token");
        }
        return c;
    }

    /**
     * Checks the ID headers for the route's access; answers the tenant of a tenant-scoped call.
     * {@code region} is null on the global server, where tenant-scoped routes admit any region's tenant.
     */
    SandboxTenant admit(Access access, SandboxCredential c, Map<String, String> headers, String region) {
        return switch (access) {
            case NONE -> null;
            case TOKEN -> {
                refuse(headers, TENANT, "this call takes no ID header");
                refuse(headers, PARTNER, "this call takes no ID header");
                refuse(headers, ORGANIZATION, "this call takes no ID header");
                yield null;
            }
            case PARTNER -> {
                refuse(headers, TENANT, "partner APIs take X-Partner-ID, not X-Tenant-ID");
                refuse(headers, ORGANIZATION, "partner APIs take X-Partner-ID, not X-Organization-ID");
                requireKind(c, CredentialKind.PARTNER);
                requireId(headers, PARTNER, "X-Partner-ID", c.principalId());
                yield null;
            }
            case ORGANIZATION -> {
                refuse(headers, TENANT, "organization APIs take X-Organization-ID, not X-Tenant-ID");
                refuse(headers, PARTNER, "organization APIs take X-Organization-ID, not X-Partner-ID");
                requireKind(c, CredentialKind.ORGANIZATION);
                requireId(headers, ORGANIZATION, "X-Organization-ID", c.principalId());
                yield null;
            }
            case TENANT -> tenant(c, headers, region);
        };
    }

    private SandboxTenant tenant(SandboxCredential c, Map<String, String> headers, String region) {
        refuse(headers, PARTNER, "tenant APIs take X-Tenant-ID only, not X-Partner-ID");
        refuse(headers, ORGANIZATION, "tenant APIs take X-Tenant-ID only, not X-Organization-ID");
        String id = headers.get(TENANT);
        if (id == null || id.isBlank()) {
            throw SandboxException.unauthorized("Missing X-Tenant-ID header");
        }
        if (!world.hasTenant(id)) {
            throw SandboxException.unauthorized("Unknown tenant in X-Tenant-ID: " + id);
        }
        SandboxTenant t = world.tenant(id);
        if (!world.reaches(c, t)) {
            throw SandboxException.unauthorized("This credential has no access to tenant " + id);
        }
        if (region != null && !t.dataRegion().equals(region)) {
            throw SandboxException.unauthorized("Tenant " + id + " is not served by this host; use its apiHost "
                    + t.apiHost());
        }
        return t;
    }

    private static void refuse(Map<String, String> headers, String header, String why) {
        if (headers.containsKey(header)) {
            throw SandboxException.badRequest("Unexpected header " + header + ": " + why);
        }
    }

    private static void requireKind(SandboxCredential c, CredentialKind kind) {
        if (c.kind() != kind) {
            throw SandboxException.forbidden("This API needs a " + kind.idType() + " credential; this token is a "
                    + c.kind().idType() + " credential");
        }
    }

    private static void requireId(Map<String, String> headers, String header, String display, String expected) {
        String got = headers.get(header);
        if (got == null || got.isBlank()) {
            throw SandboxException.unauthorized("Missing " + display + " header");
        }
        if (!got.equals(expected)) {
            throw SandboxException.unauthorized(display + " does not match the credential's " + display.substring(2, display.length() - 3).toLowerCase() + " id");
        }
    }
}
