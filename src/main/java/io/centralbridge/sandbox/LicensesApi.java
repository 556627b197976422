package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * {@code GET /licenses/v1/licenses} (sophos-api.md §13): on the global host with X-Tenant-ID, the tenant's
 * licences with their current usage, which counts the tenant's seeded endpoints.
 */
final class LicensesApi implements SandboxApi {
    @Override
    public void register(SandboxRoutes routes) {
        routes.globalTenant("GET", "/licenses/v1/licenses", this::licenses);
    }

    private Reply licenses(RequestContext ctx) {
        ctx.params().only();
        SandboxTenant t = ctx.tenant();
        TenantData d = ctx.tenantData();
        Random r = Seeds.random(ctx.config().seed(), "licenses", d.index());
        long computers = d.endpoints().stream().filter(e -> "computer".equals(e.get("type").asText())).count();
        long servers = d.endpoints().size() - computers;
        LocalDate today = ctx.world().anchor().atZone(ZoneOffset.UTC).toLocalDate();
        ObjectNode out = Json.object();
        out.set("tenant", Json.ref(t.id()));
        if (t.organizationId() != null) {
            out.set("organization", Json.ref(t.organizationId()));
        }
        ArrayNode list = out.putArray("licenses");
        String type = "trial".equals(t.billingType()) ? "trial" : "usage".equals(t.billingType()) ? "enterprise" : "term";
        list.add(license(ctx, t, 0, "CIXA", "Central Intercept X Advanced", "interceptX", type,
                (int) computers + Seeds.between(r, 0, 50), computers, today, r));
        list.add(license(ctx, t, 1, "SVRCIXA", "Central Intercept X Advanced for Server", "interceptXServer", type,
                (int) servers + Seeds.between(r, 0, 10), servers, today, r));
        if (Seeds.chance(r, 0.5)) {
            list.add(license(ctx, t, 2, "XDR", "Extended Detection and Response", "xdr", type,
                    (int) d.endpoints().size(), d.endpoints().size(), today, r));
        }
        return Reply.ok(out);
    }

    private static ObjectNode license(RequestContext ctx, SandboxTenant t, int i, String code, String name,
                                      String generic, String type, int quantity, long used, LocalDate today, Random r) {
        ObjectNode l = Json.object().put("id", Seeds.id(ctx.config().seed(), "license", t.id(), i))
                .put("licenseIdentifier", "LIC-" + t.id().substring(0, 6).toUpperCase(java.util.Locale.ROOT) + "-" + code);
        l.set("product", Json.object().put("code", code).put("name", name).put("genericCode", generic));
        LocalDate start = today.minusDays(Seeds.between(r, 30, 700));
        l.put("type", type).put("perpetual", false).put("unlimited", false).put("quantity", quantity)
                .put("startDate", start.toString())
                .put("endDate", ("trial".equals(type) ? today.plusDays(Seeds.between(r, 3, 30)) : start.plusYears(3)).toString());
        l.set("usage", Json.object().<ObjectNode>set("current", Json.object().put("count", used)
                .put("date", today.toString()).put("collectedAt", Json.time(ctx.world().anchor()))));
        return l;
    }
}
