package io.centralbridge.stream;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * /actuator/health "streams": per flow and tenant stream, records in and out, lag, last success and errors.
 * A stream whose last poll failed (a sink down, Sophos unreachable) is listed under "failing"; the app stays
 * UP because the flow holds and resumes by itself.
 */
@Component("streams")
class StreamHealthIndicator implements HealthIndicator {

    private final StreamMetrics metrics;

    StreamHealthIndicator(StreamMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Health health() {
        Map<String, Object> streams = new TreeMap<>();
        Map<String, String> failing = new TreeMap<>();
        metrics.states().forEach((k, s) -> {
            Map<String, Object> d = new TreeMap<>();
            d.put("recordsIn", s.in());
            d.put("recordsOut", s.out());
            d.put("errors", s.errors());
            d.put("lagSeconds", s.lagSeconds());
            d.put("lastSuccess", s.lastSuccess() == null ? null : s.lastSuccess().toString());
            streams.put(k.asText(), d);
            if (s.lastError() != null) {
                failing.put(k.asText(), s.lastError());
            }
        });
        return Health.up().withDetail("failing", failing).withDetail("streams", streams).build();
    }
}
