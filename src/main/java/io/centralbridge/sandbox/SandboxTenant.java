package io.centralbridge.sandbox;

/**
 * A seeded tenant. {@code apiHost} is the URL of its region server (no trailing slash), as Sophos gives
 * {@code https://api-<region>.central.sophos.com}; {@code organizationId} is null for tenants that no
 * organization owns.
 */
public record SandboxTenant(String id, String name, String showAs, String dataGeography, String dataRegion,
                            String billingType, String status, String apiHost, String organizationId) {
}
