package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The partner and organization tenant lists on the global host (sophos-api.md §4), page-based. A
 * tenant the caller does not manage is a 404, as if it did not exist.
 */
final class TenantsApi implements SandboxApi {
    private static final int DEFAULT_PAGE_SIZE = 50;

    @Override
    public void register(SandboxRoutes routes) {
        routes.global("GET", "/partner/v1/tenants", Access.PARTNER, this::list);
        routes.global("GET", "/partner/v1/tenants/{tenantId}", Access.PARTNER, this::get);
        routes.global("GET", "/organization/v1/tenants", Access.ORGANIZATION, this::list);
        routes.global("GET", "/organization/v1/tenants/{tenantId}", Access.ORGANIZATION, this::get);
    }

    private Reply list(RequestContext ctx) {
        List<String> allowed = new ArrayList<>(Paging.PAGE_PARAMS);
        allowed.add("fields");
        QueryParams p = ctx.params().only(allowed);
        List<String> fields = p.list("fields");
        List<SandboxTenant> tenants = managed(ctx);
        return Reply.ok(Paging.pageBased(p, tenants, DEFAULT_PAGE_SIZE, ctx.config().tenantsPageCap(),
                t -> FieldSelection.select(json(ctx.world(), t), fields)));
    }

    private Reply get(RequestContext ctx) {
        QueryParams p = ctx.params().only("fields");
        String id = ctx.pathParam("tenantId");
        SandboxTenant t = managed(ctx).stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> SandboxException.notFound("Tenant not found: " + id));
        return Reply.ok(FieldSelection.select(json(ctx.world(), t), p.list("fields")));
    }

    private static List<SandboxTenant> managed(RequestContext ctx) {
        return ctx.world().tenants().stream().filter(t -> ctx.world().reaches(ctx.principal(), t)).toList();
    }

    static ObjectNode json(SandboxWorld world, SandboxTenant t) {
        ObjectNode o = Json.object()
                .put("id", t.id())
                .put("name", t.name())
                .put("showAs", t.showAs())
                .put("dataGeography", t.dataGeography())
                .put("dataRegion", t.dataRegion())
                .put("billingType", t.billingType());
        o.set("partner", Json.ref(world.partnerId()));
        if (t.organizationId() != null) {
            o.set("organization", Json.ref(t.organizationId()));
        }
        o.put("apiHost", t.apiHost()).put("status", t.status());
        return o;
    }
}
