package io.centralbridge.session;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Sophos is and who we are to it. Secrets arrive here from the environment
 * (SOPHOS_CLIENT_SECRET) and leave only as a {@link Secret}.
 */
@ConfigurationProperties("sophos")
public record SophosProperties(
        String clientId,
        String clientSecret,
        @DefaultValue("https://id.sophos.com") String identityUrl,
        @DefaultValue("https://api.central.sophos.com") String globalUrl,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("10m") Duration directoryTtl,
        @DefaultValue("30s") Duration directoryMissRefreshInterval,
        @DefaultValue SandboxSettings sandbox) {

    public boolean hasCredentials() {
        return clientId != null && !clientId.isBlank();
    }

    /** Settings of the built-in simulator, used only when no credential is configured. */
    public record SandboxSettings(
            @DefaultValue("partner") String credential,
            @DefaultValue("42") long seed,
            @DefaultValue("12") int tenants,
            @DefaultValue("20") int rateLimitPerSecond,
            @DefaultValue("40") int rateLimitBurst) {
    }
}
