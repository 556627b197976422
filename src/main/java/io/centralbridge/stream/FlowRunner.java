package io.centralbridge.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.centralbridge.session.Tenant;
import io.centralbridge.session.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One run of a flow: every tenant the directory knows now (so new tenants join at the next directory refresh)
 * times every stream of the flow, at most {@code parallelism} at once. One run of a flow at a time per
 * instance; across instances the flow's leader policy sees to it.
 */
@Component
public class FlowRunner implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);

    private final StreamProperties properties;
    private final TenantDirectory directory;
    private final Map<String, TenantStreamPoller> pollers;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, ExecutorService> pools = new ConcurrentHashMap<>();
    private final Map<String, Boolean> firstSyncDone = new ConcurrentHashMap<>();

    FlowRunner(StreamProperties properties, TenantDirectory directory, List<TenantStreamPoller> pollers) {
        this.properties = properties;
        this.directory = directory;
        this.pollers = pollers.stream().collect(Collectors.toMap(TenantStreamPoller::kind, Function.identity()));
    }

    /** Runs the flow now (waiting for a run in progress to end first) and says what it did. */
    public FlowRunReport run(String flowId) {
        StreamProperties.Flow flow = properties.flow(flowId);
        Instant started = Instant.now();
        if (!flow.enabled()) {
            return new FlowRunReport(flowId, false, 0, 0, 0, 0, Duration.ZERO, List.of());
        }
        TenantStreamPoller poller = pollers.get(flow.kind());
        if (poller == null) {
            throw new IllegalArgumentException("flow " + flowId + " has kind '" + flow.kind() + "'; known: " + pollers.keySet());
        }
        ReentrantLock lock = locks.computeIfAbsent(flowId, k -> new ReentrantLock());
        lock.lock();
        try {
            List<Tenant> tenants = directory.all();
            List<String> streams = "siem".equals(flow.kind()) ? flow.streams() : List.of(flowId);
            ExecutorService pool = pools.computeIfAbsent(flowId, k -> Executors.newFixedThreadPool(
                    Math.max(1, flow.parallelism()), r -> {
                        Thread t = new Thread(r, "flow-" + flowId);
                        t.setDaemon(true);
                        return t;
                    }));
            int total = tenants.size() * streams.size();
            boolean first = !firstSyncDone.containsKey(flowId);
            AtomicInteger done = new AtomicInteger();
            AtomicLong records = new AtomicLong();
            List<Future<Long>> futures = new ArrayList<>();
            for (Tenant t : tenants) {
                for (String s : streams) {
                    futures.add(pool.submit(() -> {
                        long n = poller.poll(flowId, flow, t, s);
                        records.addAndGet(n);
                        int d = done.incrementAndGet();
                        if (first && (d % Math.max(1, total / 10) == 0 || d == total)) {
                            LOG.info("{}: first sync {}/{} tenant streams done, {} records", flowId, d, total, records.get());
                        }
                        return n;
                    }));
                }
            }
            List<String> errors = new ArrayList<>();
            for (Future<Long> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    errors.add(String.valueOf(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    futures.forEach(x -> x.cancel(true));
                    errors.add("interrupted");
                    break;
                }
            }
            if (errors.isEmpty()) {
                firstSyncDone.put(flowId, true);
            } else {
                LOG.warn("{}: {} of {} tenant streams failed and will be retried from their cursors: {}", flowId,
                        errors.size(), total, errors.get(0));
            }
            return new FlowRunReport(flowId, true, tenants.size(), streams.size(), records.get(), errors.size(),
                    Duration.between(started, Instant.now()), errors.stream().limit(5).toList());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void destroy() {
        pools.values().forEach(ExecutorService::shutdownNow);
    }
}
