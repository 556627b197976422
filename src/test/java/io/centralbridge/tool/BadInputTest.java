package io.centralbridge.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input for every parameter of every tool in the catalogue, derived from the schemas themselves so that a
 * new tool is covered the day it is added: each answer is a 400 naming the field, and Sophos hears nothing.
 */
class BadInputTest extends PartnerAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ToolCatalog catalog;
    @Autowired
    ToolAccessPolicy access;

    record Case(String tool, String field, JsonNode params, String why) {
    }

    @TestFactory
    Stream<DynamicTest> everyParameterOfEveryToolRejectsBadValuesWithA400NamingIt() {
        return dynamicCases(catalog.listed(access), sandbox.world().tenants().get(0).id(), sandbox, () -> api);
    }

    /**
     * The cases for the given tools (the ones a context lists: the read tools here, the granted write tools in
     * WriteBadInputTest), run over REST against that context.
     */
    static Stream<DynamicTest> dynamicCases(List<ToolDef> tools, String tenant, io.centralbridge.sandbox.Sandbox sandbox,
                                            java.util.function.Supplier<Api> api) {
        List<Case> cases = new ArrayList<>();
        for (ToolDef def : tools) {
            JsonNode props = def.inputSchema().path("properties");
            Iterator<Map.Entry<String, JsonNode>> it = props.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                for (Map.Entry<String, JsonNode> bad : badValuesFor(e.getValue()).entrySet()) {
                    ObjectNode p = validBase(def, tenant);
                    p.set(e.getKey(), bad.getValue());
                    cases.add(new Case(def.name(), e.getKey(), p, bad.getKey()));
                }
            }
            ObjectNode extra = validBase(def, tenant);
            extra.put("no_such_parameter", "x");
            cases.add(new Case(def.name(), "no_such_parameter", extra, "unknown parameter"));
        }
        assertThat(cases).hasSizeGreaterThan(20);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.tool() + "." + c.field() + ": " + c.why(), () -> {
            sandbox.requests().clear();
            Api.Response r = api.get().tool(c.tool(), c.params().toString());
            assertThat(r.status()).as(r.text()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body().path("field").asText()).startsWith(c.field());
            assertThat(r.body().path("detail").asText()).contains(c.field());
            assertThat(r.text()).doesNotContain("Exception").doesNotContain("at io.");
            assertThat(sandbox.requests().all()).as("nothing sent upstream").isEmpty();
        }));
    }

    @Test
    void enumErrorsListTheAllowedValues() {
        Api.Response r = api.tool("list_alerts", "{\"tenant_id\":\"" + sandbox.world().tenants().get(0).id()
                + "\",\"severity\":\"urgent\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("allowed")).extracting(JsonNode::asText).containsExactly("low", "medium", "high");
        assertThat(r.body().path("detail").asText()).contains("severity").contains("low").contains("urgent");
    }

    @Test
    void aMissingTenantIdWithAPartnerCredentialPointsToListTenants() {
        for (String tool : List.of("get_account_health_check", "list_alerts", "list_endpoints", "list_users", "get_qbr_summary")) {
            Api.Response r = api.tool(tool, "{}");
            assertThat(r.status()).as(tool).isEqualTo(400);
            assertThat(r.body().path("field").asText()).isEqualTo("tenant_id");
            assertThat(r.body().path("detail").asText()).contains("list_tenants");
        }
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void aTenantTheCredentialDoesNotReachIs404() {
        Api.Response r = api.tool("list_endpoints", "{\"tenant_id\":\"00000000-0000-4000-8000-000000000000\"}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().path("detail").asText()).contains("list_tenants");
        assertThat(sandbox.requests().matching("GET", "/endpoint/")).isEmpty();
    }

    @Test
    void malformedBodiesAreA400() {
        assertThat(api.tool("list_tenants", "{not json").status()).isEqualTo(400);
        assertThat(api.tool("list_tenants", "[1,2]").status()).isEqualTo(400);
        assertThat(api.tool("list_tenants", "\"x\"").status()).isEqualTo(400);
    }

    private static ObjectNode validBase(ToolDef def, String tenant) {
        ObjectNode p = JSON.createObjectNode();
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

    private static JsonNode sampleValid(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer" -> JSON.getNodeFactory().numberNode(schema.path("minimum").asLong(1));
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            case "array" -> JSON.createArrayNode().add(sampleValid(schema.path("items")));
            default -> schema.has("enum") ? schema.path("enum").get(0)
                    : JSON.getNodeFactory().textNode("uuid".equals(schema.path("format").asText())
                    ? "3fa85f64-5717-4562-b3fc-2c963f66afa6" : "x");
        };
    }

    /** Values each schema type must refuse. */
    private static Map<String, JsonNode> badValuesFor(JsonNode schema) {
        var f = JSON.getNodeFactory();
        Map<String, JsonNode> bad = new java.util.LinkedHashMap<>();
        switch (schema.path("type").asText()) {
            case "string" -> {
                bad.put("a number", f.numberNode(42));
                bad.put("an object", JSON.createObjectNode().put("a", 1));
                if (schema.has("enum")) {
                    bad.put("not in the enum", f.textNode("nope"));
                }
                if ("uuid".equals(schema.path("format").asText())) {
                    bad.put("not a uuid", f.textNode("../../etc/passwd"));
                    bad.put("uuid with CRLF", f.textNode("3fa85f64-5717-4562-b3fc-2c963f66afa6\r\nX-Evil: 1"));
                }
                if ("date-time".equals(schema.path("format").asText())) {
                    bad.put("not a date", f.textNode("yesterday"));
                }
                if (schema.has("maxLength")) {
                    bad.put("too long", f.textNode("a".repeat(schema.get("maxLength").asInt() + 1)));
                }
            }
            case "integer" -> {
                bad.put("a string", f.textNode("ten"));
                bad.put("a fraction", f.numberNode(1.5));
                bad.put("below the minimum", f.numberNode(schema.path("minimum").asLong() - 1));
                bad.put("above the maximum", f.numberNode(schema.path("maximum").asLong() + 1));
                bad.put("huge", f.numberNode(new java.math.BigInteger("99999999999999999999999")));
            }
            case "boolean" -> {
                bad.put("a string", f.textNode("yes"));
                bad.put("a number", f.numberNode(1));
            }
            case "array" -> {
                bad.put("not an array", f.textNode("x"));
                if (schema.path("minItems").asInt() > 0) {
                    bad.put("empty", JSON.createArrayNode());
                }
            }
            default -> {
            }
        }
        return bad;
    }
}
