package io.centralbridge.session;

/** A tenant as the directory knows it; apiHost is the only host its data may be read from. */
public record Tenant(String id, String name, String showAs, String dataGeography, String dataRegion,
                     String billingType, String status, String apiHost) {
}
