package io.centralbridge.tool;

import java.util.Map;
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
        return invoke(name, params, caller, ToolProgress.NONE, null);
    }

    /** As above, with a way for the caller to cancel the call while it runs. */
    public JsonNode invoke(String name, JsonNode params, Caller caller, ToolCancellation cancellation) {
        return invoke(name, params, caller, ToolProgress.NONE, cancellation);
    }

    /**
     * The same call, for a caller that follows a long tool (MCP): the route finds {@code progress} and
     * {@code cancellation} in the exchange properties {@link ToolProgress#PROPERTY} and
     * {@link ToolCancellation#PROPERTY}. Once cancelled, the route stops at its next step and this method
     * answers a 499 {@link ToolException} saying so, whatever the route had got.
     */
    public JsonNode invoke(String name, JsonNode params, Caller caller, ToolProgress progress,
                           ToolCancellation cancellation) {
        ToolDef def = catalog.find(name).orElseThrow(() -> ToolException.notFound("Unknown tool",
                "there is no tool named '" + printable(name) + "'; GET /api/tools lists them"));
        if (def.access() != Access.WRITE) {
            return run(def, params, caller, progress, cancellation);
        }
        // Every write call is audited, refused and invalid ones included.
        try {
            JsonNode out = run(def, params, caller, progress, cancellation);
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

    private JsonNode run(ToolDef def, JsonNode params, Caller caller, ToolProgress progress,
                         ToolCancellation cancellation) {
        ObjectNode p = params == null || params.isNull() ? json.createObjectNode() : null;
        if (p == null) {
            if (!params.isObject()) {
                throw ToolException.badParameter("(body)", "the parameters must be a JSON object");
            }
            p = (ObjectNode) params;
        }
        if (!access.listed(def)) {
            // an ungranted tool says so first, whatever its parameters
            access.check(def, new ToolCall(def.name(), p, def.inputSchema(), caller));
        }
        SchemaValidator.validate(def.inputSchema(), p);
        ToolCall call = new ToolCall(def.name(), p.deepCopy(), def.inputSchema(), caller);
        access.check(def, call);
        String correlation = UUID.randomUUID().toString();
        MDC.put("toolCall", correlation);
        long start = System.nanoTime();
        try {
            Exchange done = producer.send(def.endpoint(), ex -> {
                ex.getMessage().setBody(call);
                ex.setProperty(ToolProgress.PROPERTY, progress == null ? ToolProgress.NONE : progress);
                if (cancellation != null) {
                    ex.setProperty(ToolCancellation.PROPERTY, cancellation);
                    cancellation.onCancel(() -> ex.setRouteStop(true));
                }
            });
            if (cancellation != null && cancellation.isCancelled()) {
                throw cancelled(def, cancellation);
            }
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

    private static ToolException cancelled(ToolDef def, ToolCancellation c) {
        log.debug("tool {} cancelled: {}", def.name(), c.reason());
        // 499: nginx's "client closed request"; no standard status says "the caller cancelled"
        return new ToolException(499, "Cancelled", "the call to " + def.name() + " was cancelled ("
                + printable(c.reason()) + ") and stopped before it finished", Map.of("tool", def.name()));
    }

    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return cut.replaceAll("[\\p{Cntrl}]", "?");
    }
}
