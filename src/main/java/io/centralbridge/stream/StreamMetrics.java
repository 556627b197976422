package io.centralbridge.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.stereotype.Component;

/**
 * Per flow, tenant and stream: records in (read from Sophos) and out (acknowledged by every sink),
 * duplicates dropped, errors, gaps, lag (age of the newest delivered record) and last success, as
 * Micrometer meters {@code sophos.stream.*} (Prometheus: {@code sophos_stream_*}) and for the health view.
 */
@Component
public class StreamMetrics {

    /** What health shows of one tenant stream. */
    public static final class State {
        final AtomicLong in = new AtomicLong();
        final AtomicLong out = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
        final AtomicReference<Instant> newest = new AtomicReference<>();
        final AtomicReference<String> lastError = new AtomicReference<>();

        public long in() { return in.get(); }
        public long out() { return out.get(); }
        public long errors() { return errors.get(); }
        public Instant lastSuccess() { return lastSuccess.get(); }
        public String lastError() { return lastError.get(); }

        public double lagSeconds() {
            Instant n = newest.get();
            return n == null ? -1 : Duration.between(n, Instant.now()).toMillis() / 1000.0;
        }
    }

    private final MeterRegistry registry;
    private final Map<StreamKey, State> states = new ConcurrentHashMap<>();

    StreamMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    State state(StreamKey k) {
        return states.computeIfAbsent(k, key -> {
            State s = new State();
            Tags tags = tags(key);
            Gauge.builder("sophos.stream.lag", s, State::lagSeconds).tags(tags).baseUnit("seconds")
                    .description("age of the newest delivered record").register(registry);
            Gauge.builder("sophos.stream.last.success", s,
                    st -> st.lastSuccess() == null ? 0 : st.lastSuccess().getEpochSecond()).tags(tags)
                    .description("epoch seconds of the last poll that delivered and committed").register(registry);
            return s;
        });
    }

    void read(StreamKey k, int n) {
        state(k).in.addAndGet(n);
        counter("sophos.stream.records.in", k).increment(n);
    }

    void delivered(StreamKey k, int n, int duplicates, Instant newest) {
        State s = state(k);
        s.out.addAndGet(n);
        if (newest != null) {
            s.newest.accumulateAndGet(newest, (a, b) -> a == null || b.isAfter(a) ? b : a);
        }
        counter("sophos.stream.records.out", k).increment(n);
        if (duplicates > 0) {
            counter("sophos.stream.duplicates", k).increment(duplicates);
        }
    }

    void success(StreamKey k) {
        state(k).lastSuccess.set(Instant.now());
        state(k).lastError.set(null);
    }

    void error(StreamKey k, Throwable e) {
        State s = state(k);
        s.errors.incrementAndGet();
        s.lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
        counter("sophos.stream.errors", k).increment();
    }

    void gap(StreamKey k) {
        counter("sophos.stream.gaps", k).increment();
    }

    /** Every tenant stream seen so far, for health. */
    Map<StreamKey, State> states() {
        return Map.copyOf(states);
    }

    private Counter counter(String name, StreamKey k) {
        return registry.counter(name, tags(k));
    }

    private static Tags tags(StreamKey k) {
        return Tags.of("flow", k.flow(), "tenant", k.tenantId(), "stream", k.stream());
    }
}
