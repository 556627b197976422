package io.centralbridge.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests being handled right now, per X-Tenant-ID ("-" without one), and the most seen at once since the last
 * {@link #reset}. Counted from arrival until the answer is ready, latency included, so a test can see how many calls a client
 * really had open against one tenant.
 */
public final class InFlight {
    private static final String NONE = "-";

    private final Map<String, AtomicInteger> now = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> peak = new ConcurrentHashMap<>();

    InFlight() {
    }

    /** Counts one request in; the answer ends it (once, however often it is run). */
    Runnable enter(String tenantId) {
        String k = key(tenantId);
        AtomicInteger open = now.computeIfAbsent(k, x -> new AtomicInteger());
        int n = open.incrementAndGet();
        peak.computeIfAbsent(k, x -> new AtomicInteger()).accumulateAndGet(n, Math::max);
        AtomicBoolean left = new AtomicBoolean();
        return () -> {
            if (left.compareAndSet(false, true)) {
                open.decrementAndGet();
            }
        };
    }

    /** Requests of that tenant open right now. */
    public int current(String tenantId) {
        AtomicInteger n = now.get(key(tenantId));
        return n == null ? 0 : n.get();
    }

    /** The most requests of that tenant open at once since the last reset. */
    public int peak(String tenantId) {
        AtomicInteger n = peak.get(key(tenantId));
        return n == null ? 0 : n.get();
    }

    /** Forgets the peaks (requests open now stay counted). */
    public void reset() {
        peak.clear();
    }

    private static String key(String tenantId) {
        return tenantId == null || tenantId.isBlank() ? NONE : tenantId;
    }
}
