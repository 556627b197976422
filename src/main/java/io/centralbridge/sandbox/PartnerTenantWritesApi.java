package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The partner tenant writes that no public source confirms (sophos-api.md §17): rename a tenant with
 * {@code PATCH /partner/v1/tenants/{id} {showAs}}, and read or replace its product selection at
 * {@code /partner/v1/tenants/{id}/products}. The sandbox serves the defaults the app is configured with.
 */
final class PartnerTenantWritesApi implements SandboxApi {
    static final List<String> PRODUCTS = List.of("coreAgent", "endpointProtection", "interceptX", "xdr", "mtr",
            "ztna", "deviceEncryption", "mtd", "email", "firewall");
    private final WriteState state;

    PartnerTenantWritesApi(WriteState state) {
        this.state = state;
    }

    @Override
    public void register(SandboxRoutes routes) {
        routes.global("PATCH", "/partner/v1/tenants/{tenantId}", Access.PARTNER, this::rename);
        routes.global("GET", "/partner/v1/tenants/{tenantId}/products", Access.PARTNER, this::products);
        routes.global("PUT", "/partner/v1/tenants/{tenantId}/products", Access.PARTNER, this::select);
    }

    private Reply rename(RequestContext ctx) {
        TenantData d = managed(ctx);
        JsonNode body = ctx.jsonBody();
        String showAs = WriteApis.text(body, "showAs", true, 100);
        body.fieldNames().forEachRemaining(f -> {
            if (!"showAs".equals(f)) {
                throw SandboxException.badRequest("Only 'showAs' can be changed; got '" + f + "'");
            }
        });
        d.showAs(showAs);
        return Reply.ok(TenantsApi.json(ctx.world(), d.tenant()));
    }

    private Reply products(RequestContext ctx) {
        return Reply.ok(render(state.of(managed(ctx)).products));
    }

    private Reply select(RequestContext ctx) {
        TenantData d = managed(ctx);
        JsonNode items = ctx.jsonBody().path("products");
        if (!items.isArray()) {
            throw SandboxException.badRequest("'products' must be an array of {code}");
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode p : items) {
            String code = p.path("code").asText("");
            QueryParams.checkEnum("products[].code", code, PRODUCTS);
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        state.of(d).products = List.copyOf(codes);
        return Reply.ok(render(codes));
    }

    private static ObjectNode render(List<String> codes) {
        ObjectNode out = Json.object();
        ArrayNode a = out.putArray("products");
        codes.forEach(c -> a.addObject().put("code", c));
        return out;
    }

    private static TenantData managed(RequestContext ctx) {
        String id = ctx.pathParam("tenantId");
        if (!ctx.world().hasTenant(id) || !ctx.world().reaches(ctx.principal(), ctx.world().tenant(id))) {
            throw SandboxException.notFound("Tenant not found: " + id);
        }
        return ctx.world().data(id);
    }
}
