package io.centralbridge.sandbox;

import java.time.Clock;
import java.time.Duration;

/** The SIEM data a new sandbox starts with: a little per tenant over the last 12 h, and no live arrivals. */
final class SiemSeed {
    /** Records per tenant (events and alerts together) a fresh sandbox holds. */
    static final int PER_TENANT = 250;

    private SiemSeed() {
    }

    static SiemFeed seed(SandboxConfig config, SandboxWorld world) {
        SiemFeed feed = new SiemFeed(config.seed(), () -> world.tenants().stream().map(SandboxTenant::id).toList(),
                Clock.systemUTC());
        return feed.volume(PER_TENANT * world.tenants().size(), Duration.ofHours(12));
    }
}
