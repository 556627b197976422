package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The migration handshake (sophos-api.md §5 "Migrations"): the receiving tenant creates the job and gets a
 * token; the sending tenant, on its own region host, starts it with that token. Starting moves each endpoint
 * it has into the receiving tenant under a new id and records a per-endpoint status.
 */
final class MigrationsApi implements SandboxApi {
    private static final String BASE = "/endpoint/v1/migrations";
    private final WriteState state;

    MigrationsApi(WriteState state) {
        this.state = state;
    }

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("POST", BASE, this::create);
        routes.tenant("GET", BASE, this::list);
        routes.tenant("PUT", BASE + "/{jobId}", this::start);
        routes.tenant("GET", BASE + "/{jobId}", ctx -> Reply.ok(render(visible(ctx), ctx)));
        routes.tenant("GET", BASE + "/{jobId}/endpoints", this::endpoints);
    }

    private Reply create(RequestContext ctx) {
        JsonNode body = ctx.jsonBody();
        String from = WriteApis.text(body, "fromTenant", true, 36);
        if (!ctx.world().hasTenant(from) || from.equals(ctx.tenant().id())) {
            throw SandboxException.badRequest("'fromTenant' must be another existing tenant: " + from);
        }
        List<String> ids = EndpointWrites.ids(body, "endpoints");
        if (ids.size() > 1000) {
            throw SandboxException.badRequest("A migration job takes at most 1000 endpoints");
        }
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        ObjectNode job = Json.object().put("id", id).put("token", UUID.randomUUID().toString())
                .put("fromTenant", from).put("toTenant", ctx.tenant().id())
                .put("createdAt", Json.time(now)).put("expiresAt", Json.time(now.plus(Duration.ofDays(7))));
        job.set("createdBy", WriteApis.actor(ctx));
        Map<String, ObjectNode> statuses = new LinkedHashMap<>();
        ids.forEach(e -> statuses.put(e, Json.object().put("id", e).put("status", "pending")));
        state.migrationEndpoints.put(id, statuses);
        state.migrations.put(id, job);
        ObjectNode out = render(job, ctx);
        out.put("token", job.get("token").asText()); // only the receiver's create answer carries the token
        return Reply.created(out);
    }

    private Reply start(RequestContext ctx) {
        ObjectNode job = state.migrations.get(ctx.pathParam("jobId"));
        if (job == null || !job.get("fromTenant").asText().equals(ctx.tenant().id())) {
            throw SandboxException.notFound("Migration job not found");
        }
        JsonNode body = ctx.jsonBody();
        if (!job.get("token").asText().equals(body.path("token").asText())) {
            throw SandboxException.forbidden("The migration token does not match this job");
        }
        List<String> ids = EndpointWrites.ids(body, "endpoints");
        synchronized (job) {
            if (job.path("started").asBoolean(false)) {
                return Reply.ok(render(job, ctx));
            }
            Map<String, ObjectNode> statuses = state.migrationEndpoints.get(job.get("id").asText());
            TenantData sender = ctx.tenantData();
            TenantData receiver = ctx.world().data(job.get("toTenant").asText());
            String at = WriteApis.now();
            for (String e : ids) {
                ObjectNode status = Json.object().put("id", e);
                ObjectNode moved = statuses.containsKey(e) ? EndpointWrites.remove(sender, e) : null;
                if (moved == null) {
                    statuses.put(e, status.put("status", "failed").put("failedAt", at)
                            .put("reason", statuses.containsKey(e) ? "endpoint not found in the sending tenant"
                                    : "endpoint not in the receiving tenant's job"));
                    continue;
                }
                String newId = UUID.nameUUIDFromBytes((job.get("id").asText() + e).getBytes(StandardCharsets.UTF_8)).toString();
                ObjectNode copy = moved.deepCopy().put("id", newId);
                copy.set("tenant", Json.ref(receiver.tenant().id()));
                copy.remove("group"); // groups belong to the sending tenant
                EndpointWrites.insert(receiver, copy);
                statuses.put(e, status.put("status", "succeeded").put("newId", newId).put("migratedAt", at));
            }
            job.put("started", true).put("startedAt", at);
        }
        return Reply.created(render(job, ctx));
    }

    private Reply list(RequestContext ctx) {
        List<String> allowed = new ArrayList<>(Paging.PAGE_PARAMS);
        allowed.add("mode");
        QueryParams p = ctx.params().only(allowed);
        String mode = p.enumValue("mode", List.of("sending", "receiving"), "receiving");
        String field = "sending".equals(mode) ? "fromTenant" : "toTenant";
        List<ObjectNode> jobs = state.migrations.values().stream()
                .filter(j -> j.get(field).asText().equals(ctx.tenant().id()))
                .filter(j -> "receiving".equals(mode) || j.path("started").asBoolean(false))
                .sorted(java.util.Comparator.comparing(j -> j.get("createdAt").asText())).toList();
        return Reply.ok(Paging.pageBased(p, jobs, 50, 500, j -> render(j, ctx)));
    }

    private Reply endpoints(RequestContext ctx) {
        ObjectNode job = visible(ctx);
        QueryParams p = ctx.params().only(Paging.PAGE_PARAMS);
        List<ObjectNode> items = List.copyOf(state.migrationEndpoints.get(job.get("id").asText()).values());
        return Reply.ok(Paging.pageBased(p, items, 50, 500, i -> i));
    }

    /** The receiver always sees its job; the sender only once it has started it. */
    private ObjectNode visible(RequestContext ctx) {
        ObjectNode job = state.migrations.get(ctx.pathParam("jobId"));
        String me = ctx.tenant().id();
        if (job == null || !(job.get("toTenant").asText().equals(me)
                || job.get("fromTenant").asText().equals(me) && job.path("started").asBoolean(false))) {
            throw SandboxException.notFound("Migration job not found");
        }
        return job;
    }

    private static ObjectNode render(ObjectNode job, RequestContext ctx) {
        ObjectNode out = job.deepCopy();
        out.remove("token");
        out.remove("started");
        out.put("mode", job.get("toTenant").asText().equals(ctx.tenant().id()) ? "receiving" : "sending");
        return out;
    }
}
