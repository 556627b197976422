package io.centralbridge.tool;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * The one entry point for every tool call, whichever way it came in (REST, MCP, YAML route, schedule):
 * find the tool, validate the parameters against its schema, then run {@code direct:tool.<name>}.
 */
@Component
public class ToolInvoker {

    private static final Logger log = LoggerFactory.getLogger(ToolInvoker.class);

    private final ToolCatalog catalog;
    private final ProducerTemplate producer;
    private final ToolErrors errors;
    private final ObjectMapper json;
    private final ToolAccessPolicy access;
    private final ToolAudit audit;

    ToolInvoker(ToolCatalog catalog, ProducerTemplate producer, ToolErrors errors, ObjectMapper json,
                ToolAccessPolicy access, ObjectProvider<ToolAudit> audit) {
        this.catalog = catalog;
        this.audit = audit.getIfAvailable(() -> ToolAudit.NONE);
        this.access = access;
        this.producer = producer;
        this.errors = errors;
        this.json = json;
    }

    public JsonNode invoke(String name, JsonNode params, Caller caller) {
        ToolDef def = catalog.find(name).orElseThrow(() -> ToolException.notFound("Unknown tool",
                "there is no tool named '" + printable(name) + "'; GET /api/tools lists them"));
        if (def.access() != Access.WRITE) {
            return run(def, params, caller);
        }
        // Every write call is audited, refused and invalid ones included.
        try {
            JsonNode out = run(def, params, caller);
            audit.written(def, params, caller, out, null);
            return out;
        } catch (ToolException e) {
            audit.written(def, params, caller, null, e);
            throw e;
        } catch (RuntimeException e) {
            audit.written(def, params, caller, null, new ToolException(500, "Internal error", "the tool failed", null));
            throw e;
        }
    }

    private JsonNode run(ToolDef def, JsonNode params, Caller caller) {
        ObjectNode p = params == null || params.isNull() ? json.createObjectNode() : null;
        if (p == null) {
            if (!params.isObject()) {
                throw ToolException.badParameter("(body)", "the parameters must be a JSON object");
            }
            p = (ObjectNode) params;
        }
        SchemaValidator.validate(def.inputSchema(), p);
        ToolCall call = new ToolCall(def.name(), p.deepCopy(), def.inputSchema(), caller);
        access.check(def, call);
        String correlation = UUID.randomUUID().toString();
        MDC.put("toolCall", correlation);
        long start = System.nanoTime();
        try {
            Exchange done = producer.send(def.endpoint(), ex -> ex.getMessage().setBody(call));
            if (done.getException() != null) {
                throw errors.toToolException(def, done.getException());
            }
            JsonNode out = done.getMessage().getBody(JsonNode.class);
            log.debug("tool {} by {} via {} took {} ms", def.name(), caller.id(), caller.via(),
                    (System.nanoTime() - start) / 1_000_000);
            return out == null ? json.createObjectNode() : out;
        } finally {
            MDC.remove("toolCall");
        }
    }

    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return cut.replaceAll("[\\p{Cntrl}]", "?");
    }
}
