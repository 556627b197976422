package io.centralbridge.sandbox;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The client ids the identity server knows: one built-in per kind, plus those the configuration adds. */
final class Credentials {
    private final Map<String, SandboxCredential> byClientId = new LinkedHashMap<>();
    private final Map<CredentialKind, SandboxCredential> builtIn = new EnumMap<>(CredentialKind.class);

    Credentials(SandboxConfig config, SandboxWorld world) {
        long seed = config.seed();
        for (CredentialKind kind : CredentialKind.values()) {
            SandboxCredential c = new SandboxCredential(Seeds.id(seed, "client", kind),
                    Seeds.hex(Seeds.random(seed, "secret-" + kind, 0), 24), kind, principal(world, kind, 0));
            builtIn.put(kind, c);
            byClientId.put(c.clientId(), c);
        }
        for (SandboxConfig.CredentialSpec spec : config.extraCredentials()) {
            byClientId.put(spec.clientId(), new SandboxCredential(spec.clientId(), spec.secret(), spec.kind(),
                    principal(world, spec.kind(), spec.tenantIndex())));
        }
    }

    SandboxCredential builtIn(CredentialKind kind) {
        return builtIn.get(kind);
    }

    SandboxCredential byClientId(String clientId) {
        return clientId == null ? null : byClientId.get(clientId);
    }

    List<SandboxCredential> all() {
        return List.copyOf(byClientId.values());
    }

    private static String principal(SandboxWorld world, CredentialKind kind, int tenantIndex) {
        return switch (kind) {
            case PARTNER -> world.partnerId();
            case ORGANIZATION -> world.organizationId();
            case TENANT -> world.tenants().get(tenantIndex).id();
        };
    }
}
