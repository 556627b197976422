package io.centralbridge.stream;

import java.time.Duration;
import java.util.List;

/** What one run of a flow did; the answer of POST /api/flows/{id}/run. */
public record FlowRunReport(String flow, boolean enabled, int tenants, int streams, long records, int failedStreams,
                            Duration duration, List<String> errors) {
}
