package io.centralbridge.sandbox;

/** The text {@link Sandbox#describe()} prints: where the servers are and how to log in. */
final class SandboxDescription {
    private SandboxDescription() {
    }

    static String of(Sandbox s) {
        StringBuilder b = new StringBuilder();
        SandboxWorld w = s.world();
        b.append("Sophos Central sandbox (seed ").append(s.config().seed()).append(", ")
                .append(w.tenants().size()).append(" tenants)\n");
        b.append("  identity  ").append(s.identityUrl()).append("   (POST /api/v2/oauth2/token)\n");
        b.append("  global    ").append(s.globalUrl()).append('\n');
        s.regionUrls().forEach((region, url) -> b.append("  ").append(String.format("%-9s ", region)).append(url)
                .append("   (").append(w.tenantsIn(region).size()).append(" tenants)\n"));
        b.append("Credentials:\n");
        for (SandboxCredential c : s.credentials()) {
            b.append("  ").append(String.format("%-13s", c.kind())).append("client_id=").append(c.clientId())
                    .append("  client_secret=").append(c.clientSecret())
                    .append("  ").append(c.kind().idType()).append(" id=").append(c.principalId()).append('\n');
        }
        b.append("Partner ").append(w.partnerId()).append(", organization ").append(w.organizationId())
                .append(" owns ").append(w.organizationTenants().size()).append(" tenants\n");
        return b.toString();
    }
}
