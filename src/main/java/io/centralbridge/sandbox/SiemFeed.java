package io.centralbridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The SIEM data behind {@code /siem/v1/events} and {@code /siem/v1/alerts}: per tenant and stream, an
 * append-only log of record times (the records themselves are generated from their position, so 50,000 of
 * them cost 400 kB, not 250 MB). Knobs: {@link #volume} replaces the data, {@link #append} adds records
 * now, {@link #live} keeps adding records as time passes, so a running stream sees new data.
 */
public final class SiemFeed {

    /** Sophos keeps SIEM data for 24 hours (sophos-api.md §8). */
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final List<String> STREAMS = List.of("events", "alerts");

    private final long seed;
    private final Supplier<List<String>> tenantIds;
    private final Clock clock;
    private final Map<String, SiemLog> logs = new ConcurrentHashMap<>();
    private volatile int livePerMinute;
    private volatile Instant liveSince;
    /** Bumped by {@link #volume}: new data gets new ids, so one sandbox can serve several independent runs. */
    private volatile int generation;

    SiemFeed(long seed, Supplier<List<String>> tenantIds, Clock clock) {
        this.seed = seed;
        this.tenantIds = tenantIds;
        this.clock = clock;
    }

    /**
     * Replaces all SIEM data with {@code total} records spread evenly over every tenant and both streams
     * (four events to one alert), their times evenly over the {@code spread} before now.
     */
    public synchronized SiemFeed volume(int total, Duration spread) {
        logs.clear();
        generation++;
        List<String> tenants = tenantIds.get();
        Instant now = clock.instant();
        int slots = tenants.size() * 5;
        int done = 0;
        for (int t = 0; t < tenants.size(); t++) {
            for (String stream : STREAMS) {
                int slotEnd = t * 5 + (stream.equals("events") ? 4 : 5);
                int upTo = (int) ((long) total * slotEnd / slots);
                int n = upTo - done;
                SiemLog log = log(tenants.get(t), stream);
                for (int i = 0; i < n; i++) {
                    log.append(now.minus(spread).plusMillis(spread.toMillis() * (i + 1) / (n + 1)).toEpochMilli());
                }
                done = upTo;
            }
        }
        return this;
    }

    /** Adds {@code perTenantStream} records at the current time to every tenant's events and alerts. */
    public synchronized SiemFeed append(int perTenantStream) {
        long now = clock.millis();
        for (String tenant : tenantIds.get()) {
            for (String stream : STREAMS) {
                SiemLog log = log(tenant, stream);
                for (int i = 0; i < perTenantStream; i++) {
                    log.append(now);
                }
            }
        }
        return this;
    }

    /** From now on, {@code perMinute} new records per tenant and stream arrive each minute (0 stops it). */
    public synchronized SiemFeed live(int perMinute) {
        catchUp();
        livePerMinute = perMinute;
        liveSince = clock.instant();
        return this;
    }

    /** Every id the API would serve now (within retention), per tenant and stream. */
    public synchronized Set<String> ids() {
        catchUp();
        Set<String> out = new LinkedHashSet<>();
        long oldest = clock.millis() - RETENTION.toMillis();
        logs.forEach((key, log) -> {
            String[] parts = key.split("/", 2);
            for (int i = log.firstAtOrAfter(oldest); i < log.size(); i++) {
                out.add(id(parts[0], parts[1], i));
            }
        });
        return out;
    }

    /** The number of records retained now over all tenants and streams. */
    public int size() {
        return ids().size();
    }

    String id(String tenantId, String stream, int index) {
        return UUID.nameUUIDFromBytes((seed + "/" + generation + "/" + tenantId + "/" + stream + "/" + index).getBytes()).toString();
    }

    synchronized SiemLog log(String tenantId, String stream) {
        return logs.computeIfAbsent(tenantId + "/" + stream, k -> new SiemLog());
    }

    /** Reads see the records the live rate has produced since the last read. */
    synchronized SiemLog current(String tenantId, String stream) {
        catchUp();
        return log(tenantId, stream);
    }

    Instant now() {
        return clock.instant();
    }

    private void catchUp() {
        Instant since = liveSince;
        int rate = livePerMinute;
        if (rate <= 0 || since == null) {
            return;
        }
        long elapsed = Duration.between(since, clock.instant()).toMillis();
        long due = elapsed * rate / 60_000;
        if (due <= 0) {
            return;
        }
        long step = 60_000L / rate;
        for (String tenant : tenantIds.get()) {
            for (String stream : STREAMS) {
                SiemLog log = log(tenant, stream);
                for (long i = 1; i <= due; i++) {
                    log.append(since.toEpochMilli() + i * step);
                }
            }
        }
        liveSince = since.plusMillis(due * step);
    }

    /** Record times in append order (never decreasing); a record's index is its position. */
    static final class SiemLog {
        private long[] times = new long[64];
        private volatile int size;

        synchronized void append(long epochMillis) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
            }
            times[size] = Math.max(epochMillis, size == 0 ? epochMillis : times[size - 1]);
            size++;
        }

        int size() {
            return size;
        }

        synchronized long time(int index) {
            return times[index];
        }

        /** The first index whose time is at or after {@code epochMillis} (size when none). */
        synchronized int firstAtOrAfter(long epochMillis) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (times[mid] < epochMillis) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

    }
}
