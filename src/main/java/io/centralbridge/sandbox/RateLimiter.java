package io.centralbridge.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per (credential, tenant or "global"). Sophos publishes no figures (sophos-api.md §17);
 * what matters is that clients meet a 429 with an integer Retry-After and honour it.
 */
final class RateLimiter {
    private final double perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }
    }

    RateLimiter(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    boolean enabled() {
        return perSecond > 0 && burst > 0;
    }

    /** 0 when the call may go ahead, else the whole seconds (at least 1) to wait before a token is back. */
    int acquire(String key) {
        if (!enabled()) {
            return 0;
        }
        long now = System.nanoTime();
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.lastNanos) / 1e9 * perSecond);
            b.lastNanos = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (int) Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
        }
    }
}
