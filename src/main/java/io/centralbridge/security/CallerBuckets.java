package io.centralbridge.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per caller id. Keyed by the API key's id, never by IP, so callers behind one proxy do not
 * share a budget and one key cannot dodge its budget by changing address.
 */
final class CallerBuckets {

    private final double perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        private double tokens;
        private long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }
    }

    CallerBuckets(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** 0 when the request may go ahead, else the whole seconds (at least 1) until a token is back. */
    long acquire(String caller) {
        long now = System.nanoTime();
        Bucket b = buckets.computeIfAbsent(caller, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.lastNanos) / 1e9 * perSecond);
            b.lastNanos = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
        }
    }
}
