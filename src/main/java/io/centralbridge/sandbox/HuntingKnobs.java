package io.centralbridge.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The threat-hunting lifecycles of one sandbox (Data Lake, Live Discover, Detections): how long a run takes
 * in virtual time, which runs end badly, and read access to the runs for tests and benchmarks. Runs are
 * never worked on: a run's state is computed from the clock each time it is read, so no thread is busy.
 */
public final class HuntingKnobs {

    /** The three run kinds. */
    public enum Kind { DATA_LAKE, LIVE_DISCOVER, DETECTIONS }

    static final Duration DEFAULT_MIN = Duration.ofSeconds(2);
    static final Duration DEFAULT_MAX = Duration.ofSeconds(8);

    private final Random random;
    private final Map<Kind, Deque<String>> nextOutcomes = new EnumMap<>(Kind.class);
    private final HuntRuns runs = new HuntRuns();
    private Duration min = DEFAULT_MIN;
    private Duration max = DEFAULT_MAX;
    private int liveDiscoverRunsPerMinute;

    HuntingKnobs(long seed) {
        this.random = new Random(seed ^ 0x5eed4a17L);
        for (Kind k : Kind.values()) {
            nextOutcomes.put(k, new ArrayDeque<>());
        }
    }

    /** Every run from now on takes a virtual time between min and max (inclusive). */
    public synchronized HuntingKnobs runDuration(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("need 0 <= min <= max");
        }
        this.min = min;
        this.max = max;
        return this;
    }

    /** The next run of that kind ends with result "failed". */
    public synchronized HuntingKnobs failNextRun(Kind kind) {
        nextOutcomes.get(kind).add("failed");
        return this;
    }

    /** The next run of that kind ends with result "timedOut". */
    public synchronized HuntingKnobs timeOutNextRun(Kind kind) {
        nextOutcomes.get(kind).add("timedOut");
        return this;
    }

    /**
     * Live Discover submissions allowed per tenant and minute before a 429 (0 = no limit). A third-party client
     * claims 10 a minute (sophos-api.md §10, UNCONFIRMED), so it is off unless a test asks for it.
     */
    public synchronized HuntingKnobs liveDiscoverRunsPerMinute(int perMinute) {
        this.liveDiscoverRunsPerMinute = Math.max(0, perMinute);
        return this;
    }

    /** Back to 2-8 s runs, no scripted outcomes, no Live Discover quota; the runs already made stay. */
    public synchronized HuntingKnobs reset() {
        min = DEFAULT_MIN;
        max = DEFAULT_MAX;
        liveDiscoverRunsPerMinute = 0;
        nextOutcomes.values().forEach(Deque::clear);
        return this;
    }

    /** When the run finished (or will finish) in sandbox time, if the sandbox made it. */
    public Optional<Instant> finishedAt(String runId) {
        HuntRun r = runs.get(runId);
        return r == null ? Optional.empty() : Optional.of(r.endsAt());
    }

    /** Whether the run was canceled through the API. */
    public boolean canceled(String runId) {
        HuntRun r = runs.get(runId);
        return r != null && r.canceledAt() != null;
    }

    /** How many runs of that kind were submitted. */
    public int submitted(Kind kind) {
        return runs.count(kind);
    }

    synchronized Duration drawDuration() {
        long span = max.toMillis() - min.toMillis();
        return min.plusMillis(span == 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
    }

    synchronized String drawOutcome(Kind kind) {
        String o = nextOutcomes.get(kind).poll();
        return o == null ? "succeeded" : o;
    }

    synchronized int liveDiscoverRunsPerMinute() {
        return liveDiscoverRunsPerMinute;
    }

    HuntRuns runs() {
        return runs;
    }
}
