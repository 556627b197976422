package io.centralbridge.tool;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON Schema (draft 2020-12 subset) of a tool's parameters. The schema is both what agents see
 * and what {@link SchemaValidator} checks, so the two cannot drift.
 */
public final class Schema {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    public static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final ObjectNode node;

    private Schema(ObjectNode node) {
        this.node = node;
    }

    public static Schema object() {
        ObjectNode n = F.objectNode();
        n.put("type", "object");
        n.set("properties", F.objectNode());
        n.put("additionalProperties", false);
        return new Schema(n);
    }

    public static Schema string() {
        return new Schema(F.objectNode().put("type", "string"));
    }

    public static Schema string(int maxLength) {
        return string().with("minLength", 1).with("maxLength", maxLength);
    }

    public static Schema uuid() {
        return string().with("format", "uuid").with("pattern", UUID_PATTERN);
    }

    public static Schema dateTime() {
        return string().with("format", "date-time").with("maxLength", 40);
    }

    public static Schema integer(long min, long max) {
        return new Schema(F.objectNode().put("type", "integer").put("minimum", min).put("maximum", max));
    }

    public static Schema bool() {
        return new Schema(F.objectNode().put("type", "boolean"));
    }

    public static Schema enumOf(String... values) {
        Schema s = string();
        ArrayNode e = s.node.putArray("enum");
        for (String v : values) {
            e.add(v);
        }
        return s;
    }

    public static Schema arrayOf(Schema items, int minItems, int maxItems) {
        ObjectNode n = F.objectNode().put("type", "array");
        n.set("items", items.node);
        n.put("minItems", minItems).put("maxItems", maxItems);
        return new Schema(n);
    }

    public Schema describe(String text) {
        node.put("description", text);
        return this;
    }

    public Schema defaultValue(Object value) {
        node.set("default", toNode(value));
        return this;
    }

    public Schema prop(String name, Schema schema) {
        ((ObjectNode) node.get("properties")).set(name, schema.node);
        return this;
    }

    public Schema required(String... names) {
        ArrayNode r = node.has("required") ? (ArrayNode) node.get("required") : node.putArray("required");
        for (String n : names) {
            r.add(n);
        }
        return this;
    }

    public ObjectNode json() {
        return node;
    }

    private Schema with(String key, Object value) {
        if (value instanceof Integer i) {
            node.put(key, i);
        } else {
            node.put(key, String.valueOf(value));
        }
        return this;
    }

    private static com.fasterxml.jackson.databind.JsonNode toNode(Object v) {
        if (v instanceof Integer i) {
            return F.numberNode(i);
        }
        if (v instanceof Long l) {
            return F.numberNode(l);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof List<?> list) {
            ArrayNode a = F.arrayNode();
            list.forEach(x -> a.add(String.valueOf(x)));
            return a;
        }
        return F.textNode(String.valueOf(v));
    }

    /** The parameter every tenant-scoped tool takes. */
    public static Schema tenantId() {
        return uuid().describe("Tenant to read. Required with partner and organization credentials (get the ids "
                + "from list_tenants); optional with a tenant credential.");
    }

    public static Schema maxRecords(int defaultValue, int max) {
        return integer(1, max).defaultValue(defaultValue)
                .describe("Stop after this many records (default " + defaultValue + ", at most " + max + ").");
    }
}
