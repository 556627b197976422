package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /detections/v1/queries/detections} (sophos-api.md §11): submit (201), poll and page-based results.
 * The body takes the documented severity, detectionRule, sort, from and to, plus filters named after the
 * counts query parameters (category, mitreAttackTactics, deviceNameContains, username), which is the
 * project's UNCONFIRMED assumption; any other field is a 400.
 */
final class DetectionsApi implements SandboxApi {
    private static final String RUNS = "/detections/v1/queries/detections";
    private static final Set<String> FIELDS = Set.of("severity", "detectionRule", "sort", "from", "to", "category",
            "mitreAttackTactics", "deviceNameContains", "username");

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("POST", RUNS, this::submit);
        routes.tenant("GET", RUNS + "/{runId}", this::get);
        routes.tenant("GET", RUNS + "/{runId}/results", this::results);
    }

    private Reply submit(RequestContext ctx) {
        ctx.params().only();
        JsonNode body = ctx.jsonBody();
        HuntingApis.onlyFields(body, FIELDS);
        JsonNode sev = body.get("severity");
        if (sev != null) {
            if (!sev.isArray() || sev.isEmpty()) {
                throw SandboxException.badRequest("severity must be a non-empty array of integers");
            }
            for (JsonNode s : sev) {
                if (!s.isInt() || s.asInt() < 0 || s.asInt() > 10) {
                    throw SandboxException.badRequest("severity values are integers 0-10");
                }
            }
        }
        for (String f : List.of("detectionRule", "category", "mitreAttackTactics", "deviceNameContains", "username")) {
            if (body.has(f) && !body.get(f).isTextual()) {
                throw SandboxException.badRequest(f + " must be a string");
            }
        }
        HuntingApis.window(body, null);
        HuntRun run = HuntingApis.newRun(ctx, HuntingKnobs.Kind.DETECTIONS, body, null, List.of());
        return Reply.created(render(ctx, run, run.createdAt()));
    }

    private Reply get(RequestContext ctx) {
        ctx.params().only();
        return Reply.ok(render(ctx, run(ctx), Instant.now()));
    }

    private Reply results(RequestContext ctx) {
        QueryParams p = ctx.params().only(Paging.PAGE_PARAMS);
        HuntRun run = run(ctx);
        HuntingApis.requireSucceeded(run, Instant.now());
        return Reply.ok(Paging.pageBased(p, matching(ctx, run), 100, HuntingApis.RESULTS_PAGE_CAP, d -> d));
    }

    private static List<ObjectNode> matching(RequestContext ctx, HuntRun run) {
        JsonNode b = run.request();
        Predicate<ObjectNode> f = d -> true;
        if (b.has("severity")) {
            Set<Integer> s = new HashSet<>();
            b.get("severity").forEach(v -> s.add(v.asInt()));
            f = f.and(d -> s.contains(d.get("severity").asInt()));
        }
        f = f.and(equalsIgnoreCase(b, "detectionRule", d -> d.path("detectionRule").asText()));
        f = f.and(equalsIgnoreCase(b, "category", d -> d.path("category").asText()));
        f = f.and(equalsIgnoreCase(b, "username", d -> d.path("rawData").path("meta_username").asText()));
        if (b.has("mitreAttackTactics")) {
            String t = b.get("mitreAttackTactics").asText();
            f = f.and(d -> {
                JsonNode tactic = d.path("mitreAttacks").path(0).path("tactic");
                return tactic.path("id").asText().equalsIgnoreCase(t) || tactic.path("name").asText().equalsIgnoreCase(t);
            });
        }
        if (b.has("deviceNameContains")) {
            String h = b.get("deviceNameContains").asText().toLowerCase(Locale.ROOT);
            f = f.and(d -> d.path("device").path("entity").asText().toLowerCase(Locale.ROOT).contains(h));
        }
        Instant from = b.has("from") ? java.time.OffsetDateTime.parse(b.get("from").asText()).toInstant() : null;
        Instant to = b.has("to") ? java.time.OffsetDateTime.parse(b.get("to").asText()).toInstant() : null;
        if (from != null) {
            f = f.and(d -> !Instant.parse(d.get("time").asText()).isBefore(from));
        }
        if (to != null) {
            f = f.and(d -> Instant.parse(d.get("time").asText()).isBefore(to));
        }
        List<ObjectNode> all = DetectionFactory.of(ctx.config().seed(), ctx.tenant().id(), ctx.tenantData().endpoints(),
                ctx.world().anchor());
        return new ArrayList<>(all.stream().filter(f).toList());
    }

    private static Predicate<ObjectNode> equalsIgnoreCase(JsonNode body, String field,
                                                          java.util.function.Function<ObjectNode, String> value) {
        if (!body.has(field)) {
            return d -> true;
        }
        String want = body.get(field).asText();
        return d -> value.apply(d).equalsIgnoreCase(want);
    }

    private static HuntRun run(RequestContext ctx) {
        return HuntingApis.knobs(ctx).runs().require(ctx.pathParam("runId"), HuntingKnobs.Kind.DETECTIONS,
                ctx.tenant().id(), "Can't find detections query run");
    }

    private static ObjectNode render(RequestContext ctx, HuntRun run, Instant now) {
        boolean done = run.finished(now);
        ObjectNode n = Json.object().put("id", run.id());
        run.putTimes(n, now);
        n.put("resultCount", done && run.succeeded(now) ? matching(ctx, run).size() : 0);
        // Detections know only pending and finished (sophos-api.md §11).
        n.put("status", done ? "finished" : "pending").put("result", run.result(now));
        return n;
    }
}
