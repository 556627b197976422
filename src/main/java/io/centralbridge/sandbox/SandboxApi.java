package io.centralbridge.sandbox;

/**
 * One simulated Sophos API (endpoints, alerts, SIEM ...). Each registers its own routes, so a new API is
 * a new class added to {@link Sandbox}'s list, not an edit of a central switch.
 */
interface SandboxApi {
    void register(SandboxRoutes routes);
}
