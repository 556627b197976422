package io.centralbridge.session;

/** What whoami said the credential is. */
public enum CredentialMode {
    TENANT, PARTNER, ORGANIZATION;

    public String wire() {
        return name().toLowerCase();
    }

    static CredentialMode fromIdType(String idType) {
        return switch (idType == null ? "" : idType) {
            case "tenant" -> TENANT;
            case "partner" -> PARTNER;
            case "organization" -> ORGANIZATION;
            default -> throw new IllegalStateException("whoami answered an unknown idType: " + idType);
        };
    }
}
