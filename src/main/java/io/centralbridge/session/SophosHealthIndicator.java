package io.centralbridge.session;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** /actuator/health: can we reach Sophos (or the sandbox), and which credential mode is active. */
@Component("sophos")
class SophosHealthIndicator implements HealthIndicator {

    private final SophosSession session;

    SophosHealthIndicator(SophosSession session) {
        this.session = session;
    }

    @Override
    public Health health() {
        SophosConnection c = session.connection();
        try {
            Identity id = session.identity();
            return Health.up()
                    .withDetail("mode", id.mode().wire())
                    .withDetail("sandbox", c.sandbox())
                    .withDetail("globalUrl", c.globalUrl())
                    .build();
        } catch (RuntimeException e) {
            return Health.down()
                    .withDetail("sandbox", c.sandbox())
                    .withDetail("globalUrl", c.globalUrl())
                    .withDetail("reason", "whoami failed: " + e.getMessage())
                    .build();
        }
    }
}
