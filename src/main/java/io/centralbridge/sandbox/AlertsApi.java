package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;

/** {@code /common/v1/alerts}: list, search and get (sophos-api.md §6), key-based. */
final class AlertsApi implements SandboxApi {
    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", "/common/v1/alerts", this::list);
        routes.tenant("POST", "/common/v1/alerts/search", this::search);
        routes.tenant("GET", "/common/v1/alerts/{alertId}", this::get);
    }

    private Reply list(RequestContext ctx) {
        return Reply.ok(page(ctx, AlertQuery.fromQuery(ctx.params(), ctx.config().alertsPageCap())));
    }

    private Reply search(RequestContext ctx) {
        ctx.params().only();
        return Reply.ok(page(ctx, AlertQuery.fromBody(ctx.jsonBody(), ctx.config().alertsPageCap())));
    }

    private Reply get(RequestContext ctx) {
        QueryParams p = ctx.params().only("fields");
        ObjectNode a = ctx.tenantData().alert(ctx.pathParam("alertId"));
        if (a == null) {
            throw SandboxException.notFound("Alert not found");
        }
        return Reply.ok(FieldSelection.select(a, p.list("fields")));
    }

    /** An alert with its key position, computed once per request rather than once per comparison. */
    private record Positioned(String position, ObjectNode alert) {
    }

    private static ObjectNode page(RequestContext ctx, AlertQuery q) {
        List<Positioned> sorted = ctx.tenantData().alerts().stream().filter(q.filter())
                .map(a -> new Positioned(q.position(a), a))
                .sorted(Comparator.comparing(Positioned::position)).toList();
        return Paging.keyBased(q.collection(), q.page(), ctx.config().alertsPageCap(), sorted, Positioned::position,
                p -> FieldSelection.select(p.alert(), q.fields()));
    }
}
