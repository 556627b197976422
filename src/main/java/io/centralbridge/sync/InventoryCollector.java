package io.centralbridge.sync;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.tool.Caller;
import io.centralbridge.tool.ToolInvoker;
import org.springframework.stereotype.Component;

/**
 * Reads one tenant's inventory through the read tools (list_endpoints, list_users, get_account_health_check),
 * so a sync gets the same validation, region routing, paging and retries as any other caller, and shapes it as
 * a snapshot: {tenant, runId, takenAt, complete:{endpoints, users}, endpoints:{id: obj}, users:{id: obj},
 * healthCheck}.
 */
@Component
class InventoryCollector {

    static final Caller CALLER = Caller.internal("schedule");

    private final ToolInvoker tools;
    private final ObjectMapper json;
    private final SyncProperties p;

    InventoryCollector(ToolInvoker tools, ObjectMapper json, SyncProperties p) {
        this.tools = tools;
        this.json = json;
        this.p = p;
    }

    ObjectNode snapshot(String tenantId, String runId, Instant takenAt) {
        JsonNode endpoints = tools.invoke("list_endpoints", params(tenantId, true), CALLER);
        JsonNode users = tools.invoke("list_users", params(tenantId, true), CALLER);
        JsonNode health = tools.invoke("get_account_health_check", params(tenantId, false), CALLER);

        ObjectNode s = json.createObjectNode();
        s.set("tenant", endpoints.path("tenant"));
        s.put("runId", runId);
        s.put("takenAt", takenAt.toString());
        ObjectNode complete = s.putObject("complete");
        complete.put("endpoints", !endpoints.path("truncated").asBoolean());
        complete.put("users", !users.path("truncated").asBoolean());
        ObjectNode eps = s.putObject("endpoints");
        for (String group : new String[] {"computers", "servers", "securityVms"}) {
            endpoints.path(group).path("items").forEach(e -> eps.set(e.path("id").asText(), e));
        }
        ObjectNode us = s.putObject("users");
        users.path("items").forEach(u -> us.set(u.path("id").asText(), u));
        ObjectNode h = health.deepCopy();
        h.remove("tenant");
        s.set("healthCheck", h);
        return s;
    }

    private ObjectNode params(String tenantId, boolean list) {
        ObjectNode o = json.createObjectNode().put("tenant_id", tenantId);
        if (list) {
            o.put("max_records", p.maxRecords());
        }
        return o;
    }
}
