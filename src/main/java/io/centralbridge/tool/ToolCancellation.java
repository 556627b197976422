package io.centralbridge.tool;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;

/**
 * A caller's way to say "I am gone" to a tool call in flight (a REST client that disconnected, an MCP
 * notifications/cancelled). The adapter creates one, passes it to {@link ToolInvoker#invoke(String,
 * com.fasterxml.jackson.databind.JsonNode, Caller, ToolCancellation)} and calls {@link #cancel()}; a tool that can
 * stop upstream work (the Data Lake cancels its run) registers what to do with {@link #onCancel(Runnable)}.
 */
public final class ToolCancellation {

    public static final String PROPERTY = "tool.cancellation";

    private final List<Runnable> listeners = new ArrayList<>();
    private boolean canceled;

    /** Runs every registered action once; later registrations run at once. */
    public void cancel() {
        List<Runnable> run;
        synchronized (this) {
            if (canceled) {
                return;
            }
            canceled = true;
            run = new ArrayList<>(listeners);
            listeners.clear();
        }
        run.forEach(ToolCancellation::quietly);
    }

    public synchronized boolean isCanceled() {
        return canceled;
    }

    public void onCancel(Runnable action) {
        synchronized (this) {
            if (!canceled) {
                listeners.add(action);
                return;
            }
        }
        quietly(action);
    }

    /** The cancellation of the call an exchange belongs to, or null when its caller cannot cancel. */
    public static ToolCancellation of(Exchange e) {
        return e.getProperty(PROPERTY, ToolCancellation.class);
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // one failing action must not keep the others from running
        }
    }
}
