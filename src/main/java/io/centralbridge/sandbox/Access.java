package io.centralbridge.sandbox;

/**
 * What a route demands of the caller before its handler runs (sophos-api.md §2): nothing (the token
 * endpoint), a bearer token alone (whoami), or a token plus the matching ID header.
 */
enum Access {
    /** No token: the identity server's token endpoint. */
    NONE,
    /** A valid bearer token and no ID header at all. */
    TOKEN,
    /** A partner token and {@code X-Partner-ID} equal to its partner id. */
    PARTNER,
    /** An organization token and {@code X-Organization-ID} equal to its organization id. */
    ORGANIZATION,
    /** Any token and {@code X-Tenant-ID} naming a tenant it reaches that lives on this server's region. */
    TENANT
}
