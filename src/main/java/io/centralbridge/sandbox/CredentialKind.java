package io.centralbridge.sandbox;

/** The three kinds of Sophos Central API credential; whoami reports it as {@code idType}. */
public enum CredentialKind {
    PARTNER, ORGANIZATION, TENANT;

    /** The {@code idType} value whoami answers for this kind. */
    public String idType() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
