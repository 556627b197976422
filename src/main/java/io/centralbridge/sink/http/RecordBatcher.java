package io.centralbridge.sink.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cuts records into batches for one sink. A list is sent at once, in batches of {@code size}, on the caller's
 * thread. A single record waits (up to {@code maxWait}) for other single records bound to the same URL to fill
 * a batch, and its caller is held until that batch is answered: an exchange returns only once its records are
 * acknowledged, and throws when their batch failed.
 */
final class RecordBatcher implements AutoCloseable {

    /** Sends one batch; returns when it was taken (2xx), throws {@link HttpSinkException} when not. */
    interface Sender {
        void send(Target target, List<Payloads.Item> batch);
    }

    /** Where a batch goes; the authorization is part of the identity of a batch, never of its text. */
    record Target(String url, String authorization) {
        @Override
        public String toString() {
            return "Target[" + url + "]";
        }
    }

    private static final class Pending {
        final Target target;
        final List<Payloads.Item> items = new ArrayList<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        ScheduledFuture<?> timer;

        Pending(Target target) {
            this.target = target;
        }
    }

    private final int size;
    private final Duration maxWait;
    private final Sender sender;
    private final ScheduledExecutorService timers;
    private final Map<Target, Pending> open = new HashMap<>();

    RecordBatcher(String name, int size, Duration maxWait, Sender sender) {
        this.size = Math.max(1, size);
        this.maxWait = maxWait;
        this.sender = sender;
        AtomicInteger n = new AtomicInteger();
        this.timers = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "sink-" + name + "-flush-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void sendAll(Target target, List<Payloads.Item> items) {
        int from = 0;
        try {
            for (; from < items.size(); from += size) {
                sender.send(target, items.subList(from, Math.min(items.size(), from + size)));
            }
        } catch (HttpSinkException e) {
            e.acknowledgedIds(items.subList(0, from).stream().map(i -> i.record().path("id").asText()).toList());
            throw e;
        }
    }

    void sendOne(Target target, Payloads.Item item) {
        Pending full = null;
        CompletableFuture<Void> mine;
        synchronized (this) {
            Pending p = open.computeIfAbsent(target, this::open);
            p.items.add(item);
            mine = p.done;
            if (p.items.size() >= size) {
                open.remove(target);
                p.timer.cancel(false);
                full = p;
            }
        }
        if (full != null) {
            flush(full);
        }
        await(mine);
    }

    private Pending open(Target target) {
        Pending p = new Pending(target);
        p.timer = timers.schedule(() -> expire(p), maxWait.toMillis(), TimeUnit.MILLISECONDS);
        return p;
    }

    private void expire(Pending p) {
        synchronized (this) {
            if (open.get(p.target) != p) {
                return; // filled up and sent by a caller meanwhile
            }
            open.remove(p.target);
        }
        flush(p);
    }

    private void flush(Pending p) {
        try {
            sender.send(p.target, p.items);
            p.done.complete(null);
        } catch (RuntimeException e) {
            p.done.completeExceptionally(e);
        }
    }

    private static void await(CompletableFuture<Void> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpSinkException("interrupted while the batch was sent; not acknowledged", -1, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new HttpSinkException(e.getCause().getMessage(), -1, e.getCause());
        }
    }

    @Override
    public void close() {
        List<Pending> left;
        synchronized (this) {
            left = new ArrayList<>(open.values());
            open.clear();
        }
        left.forEach(p -> p.done.completeExceptionally(
                new HttpSinkException("the app is stopping; the batch was not sent and is not acknowledged", -1, null)));
        timers.shutdownNow();
    }
}
