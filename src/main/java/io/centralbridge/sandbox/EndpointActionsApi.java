package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Isolation, tamper protection, scans and update checks (sophos-api.md §5 "Actions on endpoints"). Isolation
 * and tamper protection change the endpoint object, so {@code GET /endpoint/v1/endpoints} shows them.
 */
final class EndpointActionsApi implements SandboxApi {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final WriteState state;

    EndpointActionsApi(WriteState state) {
        this.state = state;
    }

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("POST", "/endpoint/v1/endpoints/isolation", this::isolate);
        routes.tenant("GET", "/endpoint/v1/endpoints/{endpointId}/isolation", this::isolation);
        routes.tenant("GET", "/endpoint/v1/endpoints/{endpointId}/tamper-protection", this::tamper);
        routes.tenant("POST", "/endpoint/v1/endpoints/{endpointId}/tamper-protection", this::setTamper);
        routes.tenant("POST", "/endpoint/v1/endpoints/{endpointId}/scans", ctx -> action(ctx, "scan"));
        routes.tenant("POST", "/endpoint/v1/endpoints/{endpointId}/update-checks", ctx -> action(ctx, "updateCheck"));
    }

    private Reply isolate(RequestContext ctx) {
        JsonNode body = ctx.jsonBody();
        if (!body.path("enabled").isBoolean()) {
            throw SandboxException.badRequest("'enabled' is required and must be true or false");
        }
        boolean enabled = body.get("enabled").asBoolean();
        String comment = WriteApis.text(body, "comment", false, 100);
        List<String> ids = EndpointWrites.ids(body, "ids");
        ArrayNode items = Json.array();
        String at = WriteApis.now();
        for (String id : ids) {
            ObjectNode changed = EndpointWrites.update(ctx.tenantData(), id, e -> e.set("isolation", Json.object()
                    .put("status", enabled ? "isolated" : "notIsolated").put("adminIsolated", enabled)
                    .put("selfIsolated", false)));
            if (changed == null) {
                continue;
            }
            ObjectNode iso = Json.object().put("enabled", enabled);
            iso.put(enabled ? "lastEnabledAt" : "lastDisabledAt", at);
            iso.set(enabled ? "lastEnabledBy" : "lastDisabledBy", WriteApis.actor(ctx));
            if (comment != null) {
                iso.put("comment", comment);
            }
            items.addObject().put("id", id).set("isolation", iso);
        }
        if (items.isEmpty()) {
            throw SandboxException.notFound("No endpoints found");
        }
        ObjectNode out = Json.object();
        out.set("items", items);
        return Reply.accepted(out);
    }

    private Reply isolation(RequestContext ctx) {
        ObjectNode e = endpoint(ctx);
        return Reply.ok(Json.object().put("enabled", "isolated".equals(e.at("/isolation/status").asText())));
    }

    private Reply tamper(RequestContext ctx) {
        ObjectNode e = endpoint(ctx);
        return Reply.ok(tamperBody(ctx, e));
    }

    private Reply setTamper(RequestContext ctx) {
        JsonNode body = ctx.jsonBody();
        endpoint(ctx);
        WriteState.TenantWrites w = state.of(ctx.tenantData());
        String id = ctx.pathParam("endpointId");
        if (body.path("regeneratePassword").asBoolean(false)) {
            String old = password(w, id);
            w.previousPasswords.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(old + "|" + WriteApis.now());
            w.tamperPasswords.put(id, newPassword());
        }
        ObjectNode e = endpoint(ctx);
        if (body.has("enabled")) {
            if (!body.get("enabled").isBoolean()) {
                throw SandboxException.badRequest("'enabled' must be true or false");
            }
            boolean on = body.get("enabled").asBoolean();
            e = EndpointWrites.update(ctx.tenantData(), id, n -> n.put("tamperProtectionEnabled", on));
        }
        return Reply.created(tamperBody(ctx, e));
    }

    private ObjectNode tamperBody(RequestContext ctx, ObjectNode e) {
        WriteState.TenantWrites w = state.of(ctx.tenantData());
        String id = e.get("id").asText();
        ObjectNode out = Json.object().put("enabled", e.path("tamperProtectionEnabled").asBoolean(false))
                .put("password", password(w, id));
        ArrayNode prev = out.putArray("previousPasswords");
        for (String p : w.previousPasswords.getOrDefault(id, List.of())) {
            String[] parts = p.split("\\|", 2);
            prev.addObject().put("password", parts[0]).put("invalidatedAt", parts[1]);
        }
        return out;
    }

    private static String password(WriteState.TenantWrites w, String endpointId) {
        return w.tamperPasswords.computeIfAbsent(endpointId, k -> newPassword());
    }

    private static String newPassword() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private Reply action(RequestContext ctx, String kind) {
        ctx.jsonBody(); // Sophos wants {} (sophos-api.md §2)
        endpoint(ctx);
        ObjectNode out = Json.object().put("id", UUID.randomUUID().toString()).put("status", "requested")
                .put("requestedAt", WriteApis.now());
        state.of(ctx.tenantData()).actions.add(out.deepCopy().put("kind", kind).put("endpointId", ctx.pathParam("endpointId")));
        return Reply.created(out);
    }

    private static ObjectNode endpoint(RequestContext ctx) {
        ObjectNode e = ctx.tenantData().endpoint(ctx.pathParam("endpointId"));
        if (e == null) {
            throw SandboxException.notFound("Can't find endpoint");
        }
        return e;
    }
}
