package io.centralbridge.hardening;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.tool.ToolDef;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Tool calls derived from each tool's own JSON Schema, then spoiled: a valid base (tenant and required fields),
 * with one to three mutations on top. A tool added tomorrow is covered by the same generators.
 */
final class HostileCalls {

    record Call(String tool, String json, String why) {
        @Override
        public String toString() {
            return tool + " [" + why + "] " + (json.length() > 300 ? json.substring(0, 300) + "…(" + json.length() + ")" : json);
        }
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** Writes every non-ASCII char as a JSON escape, so lone surrogates reach the app as \\uD800. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private HostileCalls() {
    }

    static Arbitrary<Call> of(List<ToolDef> tools, List<String> tenants) {
        return Arbitraries.of(tools).flatMap(def -> Combinators.combine(
                Arbitraries.of(tenants),
                mutation(def).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(true, false))
                .as((tenant, mutations, escape) -> {
                    ObjectNode p = validBase(def, tenant);
                    List<String> why = new ArrayList<>();
                    for (Mutation m : mutations) {
                        why.add(m.apply(p));
                    }
                    try {
                        String json = (escape ? ESCAPING : PLAIN).writeValueAsString(p);
                        return new Call(def.name(), json, String.join("; ", why));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }

    interface Mutation {
        /** Spoils the parameters in place and says how. */
        String apply(ObjectNode params);
    }

    private static Arbitrary<Mutation> mutation(ToolDef def) {
        JsonNode schema = def.inputSchema();
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Arbitrary<Mutation>> kinds = new ArrayList<>();
        kinds.add(Arbitraries.of(HostileValues.NASTY).flatMap(name -> HostileValues.any()
                .map(v -> p -> {
                    p.set("x_" + name, v);
                    return "extra field";
                })));
        if (!fields.isEmpty()) {
            Arbitrary<String> field = Arbitraries.of(fields);
            kinds.add(field.flatMap(f -> HostileValues.any().map(v -> p -> {
                p.set(f, v);
                return f + "=hostile " + v.getNodeType();
            })));
            kinds.add(field.flatMap(f -> targeted(schema.path("properties").path(f)).map(v -> p -> {
                p.set(f, v);
                return f + "=just outside its schema";
            })));
            kinds.add(field.map(f -> p -> {
                p.putNull(f);
                return f + "=null";
            }));
        }
        if (!required.isEmpty()) {
            kinds.add(Arbitraries.of(required).map(f -> p -> {
                p.remove(f);
                return "missing " + f;
            }));
        }
        return Arbitraries.oneOf(kinds);
    }

    /** Values just outside what one parameter's schema allows. */
    static Arbitrary<JsonNode> targeted(JsonNode s) {
        List<JsonNode> out = new ArrayList<>();
        switch (s.path("type").asText()) {
            case "integer" -> {
                out.add(F.numberNode(s.path("minimum").asLong(0) - 1));
                if (s.has("maximum") && s.get("maximum").asLong() < Long.MAX_VALUE) {
                    out.add(F.numberNode(s.get("maximum").asLong() + 1));
                }
                out.add(F.numberNode(2.5));
                out.add(F.textNode("7"));
            }
            case "string" -> {
                out.add(F.numberNode(7));
                out.add(F.textNode("a".repeat(s.path("maxLength").asInt(100_000) + 1)));
                if (s.has("enum")) {
                    out.add(F.textNode(s.get("enum").get(0).asText().toUpperCase() + "x"));
                }
                out.add(F.textNode("3fa85f64-5717-4562-b3fc-2c963f66afa"));
                out.add(F.textNode("2026-11-01T00:00:00"));
            }
            case "array" -> {
                out.add(F.textNode("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
                out.add(F.arrayNode());
                var big = F.arrayNode();
                for (int i = 0; i <= s.path("maxItems").asInt(1000); i++) {
                    big.add(sampleValid(s.path("items")));
                }
                out.add(big);
                out.add(F.arrayNode().add(F.numberNode(1)).add(F.nullNode()));
            }
            case "boolean" -> {
                out.add(F.textNode("true"));
                out.add(F.numberNode(0));
            }
            case "object" -> {
                out.add(F.arrayNode());
                out.add(F.objectNode().put("../", "x"));
            }
            default -> out.add(F.objectNode().set("a", F.arrayNode().add(F.nullNode())));
        }
        return Arbitraries.of(out);
    }

    static ObjectNode validBase(ToolDef def, String tenant) {
        ObjectNode p = F.objectNode();
        JsonNode props = def.inputSchema().path("properties");
        if (props.has("tenant_id")) {
            p.put("tenant_id", tenant);
        }
        for (JsonNode req : def.inputSchema().path("required")) {
            if (!p.has(req.asText())) {
                p.set(req.asText(), sampleValid(props.path(req.asText())));
            }
        }
        return p;
    }

    static JsonNode sampleValid(JsonNode schema) {
        switch (schema.path("type").asText()) {
            case "integer":
                return F.numberNode(schema.path("minimum").asLong(1));
            case "boolean":
                return F.booleanNode(false);
            case "array":
                return F.arrayNode().add(sampleValid(schema.path("items")));
            case "object":
                return F.objectNode();
            default:
                if (schema.has("enum")) {
                    return schema.path("enum").get(0);
                }
                if ("uuid".equals(schema.path("format").asText())) {
                    return F.textNode("3fa85f64-5717-4562-b3fc-2c963f66afa6");
                }
                if ("date-time".equals(schema.path("format").asText())) {
                    return F.textNode("2026-11-01T00:00:00Z");
                }
                return F.textNode("x");
        }
    }
}
