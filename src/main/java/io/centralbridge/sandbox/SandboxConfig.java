package io.centralbridge.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that shapes a sandbox: the seed and sizes of its world, its page caps, rate limit, latency,
 * ports (0 = ephemeral) and any credentials beyond the three built-in ones. Immutable; start from
 * {@link #defaults()} or {@link #builder()}.
 */
public record SandboxConfig(long seed, int tenantCount, List<String> regions, int endpointsMin, int endpointsMax,
                            int alertDays, int bigDirectoryUsers, int tokenLifetimeSeconds,
                            int alertsPageCap, int directoryPageCap, int endpointsPageCap, int tenantsPageCap,
                            int siemPageCap, double rateLimitPerSecond, int rateLimitBurst, long latencyMillis,
                            int identityPort, int globalPort, Map<String, Integer> regionPorts,
                            List<CredentialSpec> extraCredentials) {

    /**
     * A credential a test adds. For {@link CredentialKind#TENANT} it belongs to the tenant at
     * {@code tenantIndex}; partner and organization credentials get the world's partner or organization.
     */
    public record CredentialSpec(String clientId, String secret, CredentialKind kind, int tenantIndex) {
        public CredentialSpec {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(kind, "kind");
        }
    }

    public SandboxConfig {
        regions = List.copyOf(regions);
        regionPorts = Map.copyOf(regionPorts);
        extraCredentials = List.copyOf(extraCredentials);
        require(tenantCount >= 1, "tenantCount must be at least 1");
        require(!regions.isEmpty(), "at least one region is needed");
        require(regions.stream().distinct().count() == regions.size(), "regions must be distinct");
        regions.forEach(Regions::geography);
        require(endpointsMin >= 1 && endpointsMin <= endpointsMax, "need 1 <= endpointsMin <= endpointsMax");
        require(alertDays >= 1, "alertDays must be at least 1");
        require(bigDirectoryUsers >= 1, "bigDirectoryUsers must be at least 1");
        require(tokenLifetimeSeconds >= 1, "tokenLifetimeSeconds must be at least 1");
        require(alertsPageCap >= 1 && directoryPageCap >= 1 && endpointsPageCap >= 1 && tenantsPageCap >= 1
                && siemPageCap >= 1, "page caps must be at least 1");
        require(rateLimitPerSecond >= 0 && rateLimitBurst >= 0, "rate limits cannot be negative");
        require(latencyMillis >= 0, "latencyMillis cannot be negative");
        for (CredentialSpec c : extraCredentials) {
            require(c.tenantIndex() >= 0 && c.tenantIndex() < tenantCount, "no tenant #" + c.tenantIndex());
        }
    }

    public static SandboxConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy of this configuration with one more credential of the given kind. */
    public SandboxConfig withCredential(String clientId, String secret, CredentialKind kind) {
        return toBuilder().withCredential(clientId, secret, kind).build();
    }

    /** The fixed port of a region's server, or 0 for an ephemeral one. */
    public int regionPort(String region) {
        return regionPorts.getOrDefault(region, 0);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public static final class Builder {
        private long seed = 42;
        private int tenantCount = 12;
        private List<String> regions = List.of("eu01", "us01", "ca01");
        private int endpointsMin = 40;
        private int endpointsMax = 400;
        private int alertDays = 90;
        private int bigDirectoryUsers = 250;
        private int tokenLifetimeSeconds = 3600;
        private int alertsPageCap = 100;
        private int directoryPageCap = 100;
        private int endpointsPageCap = 500;
        private int tenantsPageCap = 100;
        private int siemPageCap = 1000;
        private double rateLimitPerSecond = 20;
        private int rateLimitBurst = 40;
        private long latencyMillis;
        private int identityPort;
        private int globalPort;
        private final Map<String, Integer> regionPorts = new LinkedHashMap<>();
        private final List<CredentialSpec> extraCredentials = new ArrayList<>();

        private Builder() {
        }

        private Builder(SandboxConfig c) {
            seed = c.seed;
            tenantCount = c.tenantCount;
            regions = c.regions;
            endpointsMin = c.endpointsMin;
            endpointsMax = c.endpointsMax;
            alertDays = c.alertDays;
            bigDirectoryUsers = c.bigDirectoryUsers;
            tokenLifetimeSeconds = c.tokenLifetimeSeconds;
            alertsPageCap = c.alertsPageCap;
            directoryPageCap = c.directoryPageCap;
            endpointsPageCap = c.endpointsPageCap;
            tenantsPageCap = c.tenantsPageCap;
            siemPageCap = c.siemPageCap;
            rateLimitPerSecond = c.rateLimitPerSecond;
            rateLimitBurst = c.rateLimitBurst;
            latencyMillis = c.latencyMillis;
            identityPort = c.identityPort;
            globalPort = c.globalPort;
            regionPorts.putAll(c.regionPorts);
            extraCredentials.addAll(c.extraCredentials);
        }

        public Builder seed(long v) { seed = v; return this; }
        public Builder tenantCount(int v) { tenantCount = v; return this; }
        public Builder regions(List<String> v) { regions = List.copyOf(v); return this; }
        public Builder regions(String... v) { return regions(List.of(v)); }
        public Builder endpointsMin(int v) { endpointsMin = v; return this; }
        public Builder endpointsMax(int v) { endpointsMax = v; return this; }
        public Builder endpoints(int min, int max) { endpointsMin = min; endpointsMax = max; return this; }
        public Builder alertDays(int v) { alertDays = v; return this; }
        public Builder bigDirectoryUsers(int v) { bigDirectoryUsers = v; return this; }
        public Builder tokenLifetimeSeconds(int v) { tokenLifetimeSeconds = v; return this; }
        public Builder alertsPageCap(int v) { alertsPageCap = v; return this; }
        public Builder directoryPageCap(int v) { directoryPageCap = v; return this; }
        public Builder endpointsPageCap(int v) { endpointsPageCap = v; return this; }
        public Builder tenantsPageCap(int v) { tenantsPageCap = v; return this; }
        public Builder siemPageCap(int v) { siemPageCap = v; return this; }
        public Builder rateLimitPerSecond(double v) { rateLimitPerSecond = v; return this; }
        public Builder rateLimitBurst(int v) { rateLimitBurst = v; return this; }
        public Builder rateLimit(double perSecond, int burst) { rateLimitPerSecond = perSecond; rateLimitBurst = burst; return this; }
        public Builder noRateLimit() { return rateLimit(0, 0); }
        public Builder latencyMillis(long v) { latencyMillis = v; return this; }
        public Builder identityPort(int v) { identityPort = v; return this; }
        public Builder globalPort(int v) { globalPort = v; return this; }
        public Builder regionPort(String region, int port) { regionPorts.put(region, port); return this; }

        /** Adds a credential; a TENANT one belongs to tenant #0 (the built-in tenant credential's tenant). */
        public Builder withCredential(String clientId, String secret, CredentialKind kind) {
            extraCredentials.add(new CredentialSpec(clientId, secret, kind, 0));
            return this;
        }

        /** Adds a tenant credential for the tenant at {@code tenantIndex} (tenants are spread over the regions). */
        public Builder withTenantCredential(String clientId, String secret, int tenantIndex) {
            extraCredentials.add(new CredentialSpec(clientId, secret, CredentialKind.TENANT, tenantIndex));
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(seed, tenantCount, regions, endpointsMin, endpointsMax, alertDays,
                    bigDirectoryUsers, tokenLifetimeSeconds, alertsPageCap, directoryPageCap, endpointsPageCap,
                    tenantsPageCap, siemPageCap, rateLimitPerSecond, rateLimitBurst, latencyMillis, identityPort,
                    globalPort, regionPorts, extraCredentials);
        }
    }
}
