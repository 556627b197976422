package io.centralbridge.tool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool call that ends in an error the caller should see: rendered as RFC 9457 problem details by REST and as
 * an isError result by MCP, with the same text.
 */
public class ToolException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, Object> extra;

    public ToolException(int status, String title, String detail, Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** 400 naming the parameter and, where there is a closed set, the values allowed. */
    public static ToolException badParameter(String field, String detail, List<?> allowed) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("field", field);
        if (allowed != null && !allowed.isEmpty()) {
            extra.put("allowed", allowed);
        }
        return new ToolException(400, "Invalid parameter", "parameter '" + field + "': " + detail, extra);
    }

    public static ToolException badParameter(String field, String detail) {
        return badParameter(field, detail, null);
    }

    public static ToolException notFound(String title, String detail) {
        return new ToolException(404, title, detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
