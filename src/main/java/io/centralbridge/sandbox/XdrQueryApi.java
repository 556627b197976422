package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code /xdr-query/v1/queries/runs}: submit (201), poll, cancel and key-paged results (sophos-api.md §9). */
final class XdrQueryApi implements SandboxApi {
    private static final String RUNS = "/xdr-query/v1/queries/runs";
    private static final String NOT_FOUND = "Can't find query run";
    private static final Set<String> FIELDS = Set.of("adHocQuery", "savedQuery", "from", "to", "variables", "matchEndpoints");

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("POST", RUNS, this::submit);
        routes.tenant("GET", RUNS + "/{runId}", this::get);
        routes.tenant("POST", RUNS + "/{runId}/cancel", this::cancel);
        routes.tenant("GET", RUNS + "/{runId}/results", this::results);
    }

    private Reply submit(RequestContext ctx) {
        ctx.params().only();
        JsonNode body = ctx.jsonBody();
        HuntingApis.onlyFields(body, FIELDS);
        String sql = HuntingApis.template(body, 1, 50000);
        HuntingApis.window(body, HuntingApis.DATA_LAKE_RETENTION);
        HuntRun run = HuntingApis.newRun(ctx, HuntingKnobs.Kind.DATA_LAKE, body, sql, List.of());
        return Reply.created(render(ctx, run, run.createdAt()));
    }

    private Reply get(RequestContext ctx) {
        ctx.params().only("fields");
        return Reply.ok(render(ctx, run(ctx), Instant.now()));
    }

    private Reply cancel(RequestContext ctx) {
        ctx.params().only();
        ctx.jsonBody(); // {} is required, as for every POST without parameters
        boolean canceled = run(ctx).cancel(Instant.now());
        return Reply.ok(Json.object().put("canceled", canceled));
    }

    private Reply results(RequestContext ctx) {
        QueryParams p = ctx.params().only(Paging.KEY_PARAMS);
        HuntRun run = run(ctx);
        HuntingApis.requireSucceeded(run, Instant.now());
        Paging.KeyRequest page = Paging.KeyRequest.of(p, 100, HuntingApis.RESULTS_PAGE_CAP);
        List<ObjectNode> rows = HuntRows.dataLake(run.sql(), ctx.tenantData().endpoints());
        List<Integer> positions = java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
        ObjectNode out = Paging.keyBased("xdr-results-" + run.id(), page, HuntingApis.RESULTS_PAGE_CAP, positions,
                i -> Seeds.pad(i, 8), rows::get);
        out.set("metadata", HuntRows.metadata(run.sql(), false));
        return Reply.ok(out);
    }

    private static HuntRun run(RequestContext ctx) {
        return HuntingApis.knobs(ctx).runs().require(ctx.pathParam("runId"), HuntingKnobs.Kind.DATA_LAKE,
                ctx.tenant().id(), NOT_FOUND);
    }

    private static ObjectNode render(RequestContext ctx, HuntRun run, Instant now) {
        ObjectNode n = Json.object().put("id", run.id()).put("name", "Ad hoc query")
                .put("status", run.status(now)).put("result", run.result(now));
        run.putTimes(n, now);
        n.set("createdBy", HuntingApis.createdBy(ctx));
        n.put("template", run.sql());
        for (String f : List.of("from", "to", "variables", "matchEndpoints")) {
            if (run.request().has(f)) {
                n.set(f, run.request().get(f));
            }
        }
        return n;
    }
}
