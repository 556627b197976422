package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /live-discover/v1/queries/runs} (sophos-api.md §10): submit, poll, per-endpoint status and key-paged
 * results. An endpoint that is online answers (one in nine fails deterministically); an offline one is never
 * reached and stays pending, which is how the client tells offline from failed.
 */
final class LiveDiscoverApi implements SandboxApi {
    private static final String RUNS = "/live-discover/v1/queries/runs";
    private static final String NOT_FOUND = "Can't find query run";
    private static final Set<String> FIELDS = Set.of("matchEndpoints", "adHocQuery", "savedQuery", "variables");
    private static final Set<String> FILTERS = Set.of("ids", "hostnameContains");
    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("POST", RUNS, this::submit);
        routes.tenant("GET", RUNS + "/{runId}", this::get);
        routes.tenant("GET", RUNS + "/{runId}/endpoints", this::endpoints);
        routes.tenant("GET", RUNS + "/{runId}/results", this::results);
    }

    private Reply submit(RequestContext ctx) {
        ctx.params().only();
        JsonNode body = ctx.jsonBody();
        HuntingApis.onlyFields(body, FIELDS);
        String sql = HuntingApis.template(body, 15, 50000);
        List<ObjectNode> targets = targets(ctx, body.get("matchEndpoints"));
        int wait = HuntingApis.knobs(ctx).runs().admitLiveDiscover(ctx.tenant().id(),
                HuntingApis.knobs(ctx).liveDiscoverRunsPerMinute(), Instant.now());
        if (wait > 0) {
            throw SandboxException.tooManyRequests("Too many requests. See Retry-After header.", wait);
        }
        HuntRun run = HuntingApis.newRun(ctx, HuntingKnobs.Kind.LIVE_DISCOVER, body, sql, targets);
        return Reply.created(render(run, run.createdAt()));
    }

    private Reply get(RequestContext ctx) {
        ctx.params().only("fields");
        return Reply.ok(render(run(ctx), Instant.now()));
    }

    private Reply endpoints(RequestContext ctx) {
        QueryParams p = ctx.params().only(Paging.PAGE_PARAMS);
        HuntRun run = run(ctx);
        Instant now = Instant.now();
        return Reply.ok(Paging.pageBased(p, run.targets(), 50, 100, ep -> endpointStatus(run, ep, now)));
    }

    private Reply results(RequestContext ctx) {
        QueryParams p = ctx.params().only(Paging.KEY_PARAMS);
        HuntRun run = run(ctx);
        Instant now = Instant.now();
        HuntingApis.requireSucceeded(run, now);
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode ep : run.targets()) {
            if ("succeeded".equals(endpointResult(run, ep, now))) {
                rows.addAll(HuntRows.liveDiscover(run.sql(), ep));
            }
        }
        List<Integer> positions = java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
        Paging.KeyRequest page = Paging.KeyRequest.of(p, 1000, HuntingApis.RESULTS_PAGE_CAP);
        ObjectNode out = Paging.keyBased("ld-results-" + run.id(), page, HuntingApis.RESULTS_PAGE_CAP, positions,
                i -> Seeds.pad(i, 8), rows::get);
        out.set("metadata", HuntRows.metadata(run.sql(), true));
        return Reply.ok(out);
    }

    private static List<ObjectNode> targets(RequestContext ctx, JsonNode match) {
        if (match == null || !match.isObject()) {
            throw SandboxException.badRequest("matchEndpoints is required");
        }
        List<ObjectNode> all = ctx.tenantData().endpoints();
        if (match.path("all").asBoolean(false)) {
            return all;
        }
        JsonNode filters = match.path("filters");
        if (!filters.isArray() || filters.isEmpty()) {
            throw SandboxException.badRequest("matchEndpoints needs all:true or at least one filter");
        }
        Set<ObjectNode> out = new LinkedHashSet<>();
        for (JsonNode f : filters) {
            HuntingApis.onlyFields(f, FILTERS);
            JsonNode ids = f.path("ids");
            if (!ids.isMissingNode()) {
                if (!ids.isArray() || ids.isEmpty() || ids.size() > 1000) {
                    throw SandboxException.badRequest("matchEndpoints.filters.ids must hold 1-1000 ids");
                }
                for (JsonNode id : ids) {
                    if (!UUID.matcher(id.asText()).matches()) {
                        throw SandboxException.badRequest("matchEndpoints.filters.ids holds a value that is not a UUID");
                    }
                    all.stream().filter(e -> e.get("id").asText().equalsIgnoreCase(id.asText())).findFirst().ifPresent(out::add);
                }
            }
            if (f.has("hostnameContains")) {
                String h = f.get("hostnameContains").asText().toLowerCase(Locale.ROOT);
                String cut = h.length() > 10 ? h.substring(0, 10) : h; // only the first 10 characters count (§5)
                all.stream().filter(e -> e.path("hostname").asText().toLowerCase(Locale.ROOT).contains(cut)).forEach(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    static String endpointResult(HuntRun run, ObjectNode ep, Instant now) {
        if (!ep.path("online").asBoolean(false) || !run.finished(now)) {
            return "notAvailable";
        }
        String runResult = run.result(now);
        if (!"succeeded".equals(runResult)) {
            return runResult;
        }
        return Math.floorMod(ep.get("id").asText().hashCode(), 9) == 0 ? "failed" : "succeeded";
    }

    private static ObjectNode endpointStatus(HuntRun run, ObjectNode ep, Instant now) {
        boolean online = ep.path("online").asBoolean(false);
        String result = endpointResult(run, ep, now);
        String status = !online ? "pending" : run.finished(now) ? "finished" : "started";
        ObjectNode n = Json.object().put("id", ep.get("id").asText()).put("hostname", ep.path("hostname").asText())
                .put("type", ep.path("type").asText());
        n.set("os", ep.path("os"));
        n.put("status", status).put("result", result);
        if (!online) {
            n.put("statusMessage", "Endpoint is offline; the query has not reached it");
        } else if ("failed".equals(result)) {
            n.put("statusCode", "queryError").put("statusMessage", "osquery returned an error on this endpoint");
        }
        n.put("resultCount", "succeeded".equals(result) ? HuntRows.liveDiscover(run.sql(), ep).size() : 0);
        n.put("createdAt", Json.time(run.createdAt()));
        if (run.finished(now) && online) {
            n.put("finishedAt", Json.time(run.endsAt()));
        }
        return n;
    }

    private static HuntRun run(RequestContext ctx) {
        return HuntingApis.knobs(ctx).runs().require(ctx.pathParam("runId"), HuntingKnobs.Kind.LIVE_DISCOVER,
                ctx.tenant().id(), NOT_FOUND);
    }

    private static ObjectNode render(HuntRun run, Instant now) {
        ObjectNode n = Json.object().put("id", run.id()).put("name", "Ad hoc query")
                .put("status", run.status(now)).put("result", run.result(now));
        n.set("matchEndpoints", run.request().get("matchEndpoints"));
        n.put("template", run.sql());
        run.putTimes(n, now);
        n.put("maxDurationInSeconds", 900);
        n.put("timeRemainingInSeconds", run.finished(now) ? 0 : Math.max(0, 900 - (now.getEpochSecond() - run.createdAt().getEpochSecond())));
        int pendingOnline = 0, pendingOffline = 0, started = 0, succeeded = 0, failed = 0, timedOut = 0;
        for (ObjectNode ep : run.targets()) {
            boolean online = ep.path("online").asBoolean(false);
            String r = endpointResult(run, ep, now);
            if (!online) {
                pendingOffline++;
            } else if (!run.finished(now)) {
                if ("pending".equals(run.status(now))) {
                    pendingOnline++;
                } else {
                    started++;
                }
            } else if ("succeeded".equals(r)) {
                succeeded++;
            } else if ("timedOut".equals(r)) {
                timedOut++;
            } else {
                failed++;
            }
        }
        ObjectNode statuses = Json.object();
        statuses.set("pending", Json.object().put("total", pendingOnline + pendingOffline).put("online", pendingOnline).put("offline", pendingOffline));
        statuses.set("started", Json.object().put("total", started).put("withData", 0).put("withoutData", started));
        ObjectNode fin = Json.object();
        fin.set("succeeded", Json.object().put("total", succeeded).put("withData", succeeded).put("withoutData", 0));
        fin.set("failed", Json.object().put("total", failed));
        fin.set("timedOut", Json.object().put("total", timedOut));
        statuses.set("finished", fin);
        ObjectNode counts = Json.object().put("total", run.targets().size());
        counts.set("statuses", statuses);
        n.set("endpointCounts", counts);
        return n;
    }
}
