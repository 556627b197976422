package io.centralbridge.sandbox;

/**
 * A client id and secret the sandbox's identity server accepts. {@code principalId} is what whoami
 * answers as {@code id}: the partner id, the organization id or the tenant id.
 */
public record SandboxCredential(String clientId, String clientSecret, CredentialKind kind, String principalId) {

    @Override
    public String toString() {
        // Keeps the secret out of logs and assertion messages.
        return "SandboxCredential[" + kind + " " + clientId + " -> " + principalId + "]";
    }
}
