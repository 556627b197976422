package io.centralbridge.sandbox;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault knobs a test turns at runtime. Probabilities draw from a Random seeded with the sandbox seed,
 * so a run that makes the same requests in the same order sees the same faults.
 */
public final class Faults {
    private final long seed;
    private Random random;
    private volatile double rate429;
    private volatile int retryAfter429 = 1;
    private volatile double rate5xx;
    private volatile long latencyMillis;
    private volatile Integer tokenLifetimeSeconds;
    private volatile double dropConnections;
    private volatile boolean whoamiDown;
    private final List<FailRule> failNext = new CopyOnWriteArrayList<>();
    private final List<FailRule> failAfterApply = new CopyOnWriteArrayList<>();
    private final List<FailRule> dropNext = new CopyOnWriteArrayList<>();
    private final List<PathLatency> pathLatency = new CopyOnWriteArrayList<>();
    private final Runnable revokeTokens;

    /** Extra delay for requests whose path starts with {@code pathPrefix} (any method). */
    record PathLatency(String pathPrefix, long millis) {
    }

    /** A deterministic failure: the next {@code remaining} matching requests get {@code status}. */
    record FailRule(String method, String pathPrefix, AtomicInteger remaining, int status, Integer retryAfterSeconds) {
        boolean matches(String m, String path) {
            return (method == null || "*".equals(method) || method.equalsIgnoreCase(m)) && path.startsWith(pathPrefix);
        }
    }

    Faults(long seed) {
        this(seed, () -> { });
    }

    Faults(long seed, Runnable revokeTokens) {
        this.seed = seed;
        this.random = new Random(seed);
        this.revokeTokens = revokeTokens;
    }

    /** Answers 429 with {@code Retry-After: retryAfterSeconds} to that share of API calls. */
    public Faults rate429(double probability, int retryAfterSeconds) {
        rate429 = probability(probability);
        retryAfter429 = Math.max(0, retryAfterSeconds);
        return this;
    }

    /** Answers 500, 502 or 503 to that share of requests. */
    public Faults rate5xx(double probability) {
        rate5xx = probability(probability);
        return this;
    }

    /** Extra delay before every answer, on top of the configured latency. */
    public Faults latency(long millis) {
        latencyMillis = Math.max(0, millis);
        return this;
    }

    /**
     * Lifetime of tokens issued from now on (tokens already issued keep theirs). 0 issues tokens that
     * are already expired when they arrive, as with a client whose clock runs behind.
     */
    public Faults tokenLifetime(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("token lifetime cannot be negative: " + seconds);
        }
        tokenLifetimeSeconds = seconds;
        return this;
    }

    /** Closes that share of connections without any answer. */
    public Faults dropConnections(double probability) {
        dropConnections = probability(probability);
        return this;
    }

    /**
     * The next {@code count} requests with that method (null or "*" for any) and path prefix get
     * {@code status} with the standard error body, and a {@code Retry-After} header when given.
     */
    public Faults failNext(String method, String pathPrefix, int count, int status, Integer retryAfterSeconds) {
        failNext.add(new FailRule(method, pathPrefix, new AtomicInteger(count), status, retryAfterSeconds));
        return this;
    }

    /**
     * The next matching request is handled (its write applied) and then answered 500, as when Sophos applies
     * a change and fails before it answers: the client cannot tell from the answer whether it happened.
     */
    public Faults failAfterApplyNext(String method, String pathPrefix) {
        failAfterApply.add(new FailRule(method, pathPrefix, new AtomicInteger(1), 500, null));
        return this;
    }

    /** Extra delay before answering requests under {@code pathPrefix}, on top of every other latency. */
    public Faults latency(String pathPrefix, long millis) {
        pathLatency.add(new PathLatency(pathPrefix, Math.max(0, millis)));
        return this;
    }

    /**
     * The next {@code count} requests with that method (null or "*" for any) and path prefix are closed without
     * an answer: a deterministic connection reset, where {@link #dropConnections} is a probability.
     */
    public Faults dropNext(String method, String pathPrefix, int count) {
        dropNext.add(new FailRule(method, pathPrefix, new AtomicInteger(count), 0, null));
        return this;
    }

    /** Every token issued so far stops working now (401 "Invalid or expired"), as when Sophos revokes them. */
    public Faults revokeTokens() {
        revokeTokens.run();
        return this;
    }

    /** While down, whoami answers 503. */
    public Faults whoamiDown(boolean down) {
        whoamiDown = down;
        return this;
    }

    public synchronized Faults reset() {
        rate429 = 0;
        retryAfter429 = 1;
        rate5xx = 0;
        latencyMillis = 0;
        tokenLifetimeSeconds = null;
        dropConnections = 0;
        whoamiDown = false;
        failNext.clear();
        failAfterApply.clear();
        dropNext.clear();
        pathLatency.clear();
        random = new Random(seed);
        return this;
    }

    long latencyMillis() {
        return latencyMillis;
    }

    /** The extra delay of the first per-path latency rule matching {@code path}, 0 if none. */
    long latencyMillis(String path) {
        for (PathLatency l : pathLatency) {
            if (path.startsWith(l.pathPrefix())) {
                return l.millis();
            }
        }
        return 0;
    }

    /** Takes one use of the first matching dropNext rule: true if this request is to be dropped. */
    boolean takeDropNext(String method, String path) {
        for (FailRule rule : dropNext) {
            if (rule.matches(method, path) && rule.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return true;
            }
        }
        dropNext.removeIf(r -> r.remaining().get() <= 0);
        return false;
    }

    Integer tokenLifetimeSeconds() {
        return tokenLifetimeSeconds;
    }

    boolean whoamiDown() {
        return whoamiDown;
    }

    int retryAfter429() {
        return retryAfter429;
    }

    boolean drawDrop() {
        return draw(dropConnections);
    }

    boolean draw429() {
        return draw(rate429);
    }

    /** The 5xx status to answer, or 0 for none. */
    synchronized int draw5xx() {
        if (!draw(rate5xx)) {
            return 0;
        }
        return new int[] {500, 502, 503}[random.nextInt(3)];
    }

    /** Takes one use of the first matching failNext rule, if any. */
    FailRule takeFailNext(String method, String path) {
        for (FailRule rule : failNext) {
            if (rule.matches(method, path) && rule.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return rule;
            }
        }
        failNext.removeIf(r -> r.remaining().get() <= 0);
        return null;
    }

    /** Takes one use of the first matching failAfterApplyNext rule, if any. */
    FailRule takeFailAfterApply(String method, String path) {
        for (FailRule rule : failAfterApply) {
            if (rule.matches(method, path) && rule.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return rule;
            }
        }
        failAfterApply.removeIf(r -> r.remaining().get() <= 0);
        return null;
    }

    private synchronized boolean draw(double probability) {
        return probability > 0 && random.nextDouble() < probability;
    }

    private static double probability(double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("probability must be within 0..1: " + p);
        }
        return p;
    }
}
