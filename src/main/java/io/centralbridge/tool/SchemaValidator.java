package io.centralbridge.tool;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks parameters against the subset of JSON Schema that {@link Schema} writes, and reports the first
 * problem as a 400 that names the parameter and the values allowed.
 */
public final class SchemaValidator {

    private SchemaValidator() {
    }

    public static void validate(JsonNode schema, JsonNode value) {
        check(schema, value, "");
    }

    private static void check(JsonNode schema, JsonNode value, String path) {
        String type = schema.path("type").asText("");
        String field = path.isEmpty() ? "(body)" : path;
        switch (type) {
            case "object" -> object(schema, value, path, field);
            case "string" -> string(schema, value, field);
            case "integer" -> integer(schema, value, field);
            case "number" -> {
                if (!value.isNumber()) {
                    throw ToolException.badParameter(field, "must be a number, got " + kind(value));
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    throw ToolException.badParameter(field, "must be true or false, got " + kind(value),
                            List.of(true, false));
                }
            }
            case "array" -> array(schema, value, path, field);
            default -> {
                // untyped: anything goes (e.g. free-form query_params values are checked by their tool)
            }
        }
    }

    private static void object(JsonNode schema, JsonNode value, String path, String field) {
        if (!value.isObject()) {
            throw ToolException.badParameter(field, "must be a JSON object, got " + kind(value));
        }
        JsonNode props = schema.path("properties");
        List<String> known = new ArrayList<>();
        props.fieldNames().forEachRemaining(known::add);
        for (JsonNode r : schema.path("required")) {
            JsonNode v = value.get(r.asText());
            if (v == null || v.isNull()) {
                throw ToolException.badParameter(join(path, r.asText()), "is required");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> it = value.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode sub = props.get(e.getKey());
            String p = join(path, e.getKey());
            if (sub == null) {
                if (schema.path("additionalProperties").isObject()) {
                    check(schema.get("additionalProperties"), e.getValue(), p);
                    continue;
                }
                if (!schema.path("additionalProperties").asBoolean(true)) {
                    throw ToolException.badParameter(printable(p), "is not a parameter of this tool", known);
                }
                continue;
            }
            if (e.getValue().isNull()) {
                continue; // null means "not given"; required ones were caught above
            }
            check(sub, e.getValue(), p);
        }
    }

    private static void string(JsonNode schema, JsonNode value, String field) {
        if (!value.isTextual()) {
            throw ToolException.badParameter(field, "must be a string, got " + kind(value), allowed(schema));
        }
        String s = value.asText();
        if (schema.has("enum")) {
            List<String> allowed = allowed(schema);
            if (!allowed.contains(s)) {
                throw ToolException.badParameter(field, "must be one of " + allowed + ", got " + quote(s), allowed);
            }
        }
        if (schema.has("minLength") && s.length() < schema.get("minLength").asInt()) {
            throw ToolException.badParameter(field, "must not be empty");
        }
        if (schema.has("maxLength") && s.length() > schema.get("maxLength").asInt()) {
            throw ToolException.badParameter(field, "must be at most " + schema.get("maxLength").asInt()
                    + " characters, got " + s.length());
        }
        if ("uuid".equals(schema.path("format").asText()) && !Pattern.matches(Schema.UUID_PATTERN, s)) {
            throw ToolException.badParameter(field, "must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6, got "
                    + quote(s));
        }
        if ("date-time".equals(schema.path("format").asText())) {
            try {
                OffsetDateTime.parse(s);
            } catch (Exception e) {
                throw ToolException.badParameter(field, "must be an ISO-8601 date-time with a zone, such as "
                        + "2026-11-01T00:00:00Z, got " + quote(s));
            }
        }
        if (schema.has("pattern") && !"uuid".equals(schema.path("format").asText())
                && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
            throw ToolException.badParameter(field, "must match " + schema.get("pattern").asText() + ", got "
                    + quote(s));
        }
    }

    private static void integer(JsonNode schema, JsonNode value, String field) {
        if (!value.isIntegralNumber() && !(value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))) {
            throw ToolException.badParameter(field, "must be an integer, got " + kind(value));
        }
        if (!value.canConvertToLong()) {
            throw ToolException.badParameter(field, "is out of range");
        }
        long v = value.asLong();
        long min = schema.path("minimum").asLong(Long.MIN_VALUE);
        long max = schema.path("maximum").asLong(Long.MAX_VALUE);
        if (v < min || v > max) {
            throw ToolException.badParameter(field, "must be between " + min + " and " + max + ", got " + v);
        }
    }

    private static void array(JsonNode schema, JsonNode value, String path, String field) {
        if (!value.isArray()) {
            throw ToolException.badParameter(field, "must be an array, got " + kind(value));
        }
        int min = schema.path("minItems").asInt(0);
        int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
        if (value.size() < min) {
            throw ToolException.badParameter(field, min == 1 ? "must not be empty" : "needs at least " + min + " items");
        }
        if (value.size() > max) {
            throw ToolException.badParameter(field, "takes at most " + max + " items, got " + value.size());
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            for (int i = 0; i < value.size(); i++) {
                check(items, value.get(i), path + "[" + i + "]");
            }
        }
    }

    private static List<String> allowed(JsonNode schema) {
        List<String> out = new ArrayList<>();
        schema.path("enum").forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "a string";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static String quote(String s) {
        String cut = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        StringBuilder sb = new StringBuilder("\"");
        for (char c : cut.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.append('"').toString();
    }

    private static String printable(String s) {
        return quote(s).substring(1, quote(s).length() - 1);
    }
}
