package io.centralbridge.tool;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.Exchange;

/**
 * Lets the caller of a running tool give up on it (MCP {@code notifications/cancelled}). {@link ToolInvoker}
 * stores it in the exchange property {@link #PROPERTY} and marks the exchange to stop routing at the next step
 * when it fires; a route that loops (polling) should also test {@link #isCancelled()} in its loop condition, and
 * may {@link #onCancel register} a clean-up such as cancelling the upstream run.
 */
public final class ToolCancellation {

    public static final String PROPERTY = "tool.cancellation";

    private final AtomicReference<String> reason = new AtomicReference<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** A token that nobody cancels (REST, routes, schedules). */
    public static ToolCancellation none() {
        return new ToolCancellation();
    }

    public static ToolCancellation of(Exchange e) {
        ToolCancellation c = e.getProperty(PROPERTY, ToolCancellation.class);
        return c == null ? none() : c;
    }

    /** Cancels with the default reason (a REST client or a test giving up). */
    public void cancel() {
        cancel(null);
    }

    /** Cancels once; later calls do nothing. Listeners run on the cancelling thread. */
    public void cancel(String why) {
        if (reason.compareAndSet(null, why == null || why.isBlank() ? "cancelled by the caller" : why)) {
            listeners.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return reason.get() != null;
    }

    /** Why the call was cancelled, or null while it was not. */
    public String reason() {
        return reason.get();
    }

    /** Runs the action on cancellation, or at once when already cancelled. */
    public void onCancel(Runnable action) {
        AtomicBoolean ran = new AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true)) {
                action.run();
            }
        };
        listeners.add(once);
        if (isCancelled()) {
            once.run(); // cancelled before (or while) it was registered
        }
    }
}
