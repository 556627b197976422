package io.centralbridge.session;

/**
 * The resolved connection: either the configured Sophos endpoints and credential, or the embedded sandbox's.
 */
public record SophosConnection(String identityUrl, String globalUrl, String clientId, Secret clientSecret,
                               HostAllowList allowList, boolean sandbox) {
}
