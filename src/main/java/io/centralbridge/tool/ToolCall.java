package io.centralbridge.tool;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body every {@code direct:tool.<name>} route receives: validated parameters and who asked. Defaults come
 * from the tool's schema, so a route never repeats them.
 */
public record ToolCall(String tool, ObjectNode params, ObjectNode schema, Caller caller) {

    public boolean has(String name) {
        JsonNode v = params.get(name);
        return v != null && !v.isNull();
    }

    public JsonNode raw(String name) {
        JsonNode v = params.get(name);
        return v == null || v.isNull() ? defaultOf(name) : v;
    }

    public String text(String name) {
        JsonNode v = raw(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    public Integer integer(String name) {
        JsonNode v = raw(name);
        return v == null || v.isNull() ? null : v.asInt();
    }

    public Boolean bool(String name) {
        JsonNode v = raw(name);
        return v == null || v.isNull() ? null : v.asBoolean();
    }

    public List<String> texts(String name) {
        JsonNode v = raw(name);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else if (v != null && !v.isNull()) {
            out.add(v.asText());
        }
        return out;
    }

    /** The same caller calling another tool with other parameters (for composite tools such as the QBR). */
    public ToolCall forTool(String otherTool, ObjectNode otherParams, ObjectNode otherSchema) {
        return new ToolCall(otherTool, otherParams, otherSchema, caller);
    }

    private JsonNode defaultOf(String name) {
        JsonNode d = schema == null ? null : schema.path("properties").path(name).get("default");
        return d;
    }
}
