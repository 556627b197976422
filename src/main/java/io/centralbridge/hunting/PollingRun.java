package io.centralbridge.hunting;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import org.apache.camel.Exchange;

/**
 * One tool call's view of a run: what to submit (nothing when resuming by run_id), the time budget, the
 * growing poll interval and the last run object Sophos returned. Lives in an exchange property.
 */
final class PollingRun {
    static final String PROPERTY = "hunting.run";

    private final RunKind kind;
    private final Tenant tenant;
    private final SophosRequest submit;
    private final long deadlineNanos;
    private final long maxDelayMillis;
    private final double growth;
    private final boolean resumed;
    private volatile String runId;
    private volatile JsonNode last;
    private volatile long delayMillis;
    private volatile int polls;
    private volatile String canceledBy;

    private PollingRun(RunKind kind, Tenant tenant, SophosRequest submit, String runId, int waitSeconds,
                       HuntingProperties p) {
        this.kind = kind;
        this.tenant = tenant;
        this.submit = submit;
        this.runId = runId;
        this.resumed = submit == null;
        this.deadlineNanos = System.nanoTime() + waitSeconds * 1_000_000_000L;
        this.delayMillis = p.pollInitial().toMillis();
        this.maxDelayMillis = Math.max(p.pollMax().toMillis(), delayMillis);
        this.growth = Math.max(1.0, p.pollGrowth());
    }

    static PollingRun submit(RunKind kind, Tenant tenant, SophosRequest submit, int waitSeconds, HuntingProperties p) {
        return new PollingRun(kind, tenant, submit, null, waitSeconds, p);
    }

    static PollingRun resume(RunKind kind, Tenant tenant, String runId, int waitSeconds, HuntingProperties p) {
        return new PollingRun(kind, tenant, null, runId, waitSeconds, p);
    }

    static PollingRun of(Exchange e) {
        return e.getProperty(PROPERTY, PollingRun.class);
    }

    RunKind kind() { return kind; }
    Tenant tenant() { return tenant; }
    SophosRequest submitRequest() { return submit; }
    String runId() { return runId; }
    JsonNode last() { return last; }

    void submitted(JsonNode run) {
        this.runId = run.path("id").asText(null);
        this.last = run;
    }

    void record(JsonNode run) {
        this.last = run;
        polls++;
    }

    /** Poll again while the run is not over, the caller is still there and the budget lasts; a resume polls at least once. */
    boolean shouldPoll() {
        if (finished() || canceled()) {
            return false;
        }
        return System.nanoTime() < deadlineNanos || (resumed && polls == 0);
    }

    /** The wait before the next poll: none for a resume's first poll, never past the budget, growing to the cap. */
    long nextDelayMillis() {
        if (resumed && polls == 0) {
            return 0;
        }
        long remaining = Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
        long d = Math.min(delayMillis, remaining);
        delayMillis = Math.min(maxDelayMillis, Math.round(delayMillis * growth));
        return d;
    }

    /** What a caller told to come back later should wait: the interval we would poll at next, whole seconds. */
    int pollAfterSeconds() {
        return (int) Math.max(1, Math.ceil(delayMillis / 1000.0));
    }

    boolean finished() {
        JsonNode l = last;
        return l != null && "finished".equals(l.path("status").asText());
    }

    String result() {
        JsonNode l = last;
        return l == null ? "notAvailable" : l.path("result").asText("notAvailable");
    }

    String status() {
        JsonNode l = last;
        return l == null ? "pending" : l.path("status").asText("pending");
    }

    boolean succeeded() {
        return finished() && "succeeded".equals(result());
    }

    void cancel(String by) {
        this.canceledBy = by;
    }

    boolean canceled() {
        return canceledBy != null;
    }

    String canceledBy() {
        return canceledBy;
    }
}
