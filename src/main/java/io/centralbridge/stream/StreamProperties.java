package io.centralbridge.stream;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The flows' settings (sophos.stream.*); the flows themselves are the YAML routes in routes/. */
@ConfigurationProperties("sophos.stream")
public record StreamProperties(@DefaultValue("data/.state") Path stateDir,
                               @DefaultValue("200000") int dedupeWindow,
                               @DefaultValue("auto") String cursorStore,
                               @DefaultValue Cluster cluster,
                               @DefaultValue Map<String, Flow> flows) {

    /** Leader election: one active poller per flow across instances sharing the cluster root. */
    public record Cluster(@DefaultValue("true") boolean enabled, @DefaultValue("data/.cluster") Path root,
                          @DefaultValue("2s") Duration acquireLockInterval) {
    }

    /**
     * @param kind                   siem (the SIEM cursor API) or common-alerts (list_alerts with a raisedAt watermark)
     * @param streams                siem: events and/or alerts
     * @param firstRunLookback       where a stream with no cursor starts (at most 24 h back)
     * @param fromDateOffsetMinutes  starts from_date reads this much earlier, for late events
     * @param parallelism            tenant streams polled at once
     */
    public record Flow(@DefaultValue("siem") String kind, @DefaultValue("true") boolean enabled,
                       @DefaultValue({"events", "alerts"}) List<String> streams,
                       @DefaultValue("1000") int pageLimit, @DefaultValue("4") int parallelism,
                       @DefaultValue("24h") Duration firstRunLookback,
                       @DefaultValue("0") int fromDateOffsetMinutes,
                       @DefaultValue("json") String format,
                       @DefaultValue("20") int maxPagesPerRun) {
    }

    public Flow flow(String id) {
        Flow f = flows.get(id);
        if (f == null) {
            throw new IllegalArgumentException("no flow '" + id + "' under sophos.stream.flows; known: " + flows.keySet());
        }
        return f;
    }
}
