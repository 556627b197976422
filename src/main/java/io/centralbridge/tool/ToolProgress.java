package io.centralbridge.tool;

import org.apache.camel.Exchange;

/**
 * Where a long tool route (a polling hunt, a bulk action) reports how far it got. MCP turns each report into a
 * {@code notifications/progress} message when the client asked for progress; REST, YAML routes and schedules
 * get {@link #NONE}, which drops the reports. A route finds it with {@link #of(Exchange)}.
 */
@FunctionalInterface
public interface ToolProgress {

    /** The exchange property {@link ToolInvoker} stores it in, for every step of the tool route. */
    String PROPERTY = "tool.progress";

    ToolProgress NONE = (progress, total, message) -> {
    };

    /**
     * @param progress how far the call got; callers should make it grow with every report (MCP requires it)
     * @param total    the value progress reaches when done, or null when unknown
     * @param message  a short line for a person ("poll 3: query still running"), or null
     */
    void report(double progress, Double total, String message);

    static ToolProgress of(Exchange e) {
        ToolProgress p = e.getProperty(PROPERTY, ToolProgress.class);
        return p == null ? NONE : p;
    }
}
