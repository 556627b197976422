package io.centralbridge.sandbox;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/** Every run the hunting APIs accepted, by id, and the Live Discover submissions per tenant for the quota. */
final class HuntRuns {
    private final Map<String, HuntRun> byId = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedDeque<Instant>> liveDiscoverSubmits = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();

    long nextNumber() {
        return counter.incrementAndGet();
    }

    void add(HuntRun run) {
        byId.put(run.id(), run);
    }

    HuntRun get(String id) {
        return id == null ? null : byId.get(id);
    }

    /** The run of that kind and tenant, or a 404 worded as Sophos words it. */
    HuntRun require(String id, HuntingKnobs.Kind kind, String tenantId, String notFound) {
        HuntRun r = get(id);
        if (r == null || r.kind() != kind || !r.tenantId().equals(tenantId)) {
            throw SandboxException.notFound(notFound);
        }
        return r;
    }

    int count(HuntingKnobs.Kind kind) {
        return (int) byId.values().stream().filter(r -> r.kind() == kind).count();
    }

    /** Seconds to wait when the tenant is over its per-minute quota, else 0 (and the submission is counted). */
    int admitLiveDiscover(String tenantId, int perMinute, Instant now) {
        if (perMinute <= 0) {
            return 0;
        }
        ConcurrentLinkedDeque<Instant> q = liveDiscoverSubmits.computeIfAbsent(tenantId, t -> new ConcurrentLinkedDeque<>());
        synchronized (q) {
            Instant windowStart = now.minusSeconds(60);
            while (!q.isEmpty() && q.peekFirst().isBefore(windowStart)) {
                q.pollFirst();
            }
            if (q.size() >= perMinute) {
                return (int) Math.max(1, 60 - (now.getEpochSecond() - q.peekFirst().getEpochSecond()));
            }
            q.addLast(now);
            return 0;
        }
    }
}
