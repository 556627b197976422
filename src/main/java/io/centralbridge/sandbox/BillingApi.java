package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code GET /partner/v1/billing/usage/{year}/{month}} (sophos-api.md §4): key-paged usage lines, one per
 * tenant and product, for the twelve full months before the sandbox start; any other month is a 404, as
 * Sophos answers for a month without data.
 */
final class BillingApi implements SandboxApi {
    static final int PAGE_CAP = 100;
    private static final String[][] PRODUCTS = {
            {"CIXA", "Central Intercept X Advanced", "Endpoint"},
            {"CIXAXDR", "Central Intercept X Advanced with XDR", "Endpoint"},
            {"SVRCIXA", "Central Intercept X Advanced for Server", "Server"},
            {"MDRCOMPLETE", "Managed Detection and Response Complete", "MDR"}};

    @Override
    public void register(SandboxRoutes routes) {
        routes.global("GET", "/partner/v1/billing/usage/{year}/{month}", Access.PARTNER, this::usage);
    }

    /** Whether the sandbox has usage for that month. */
    static boolean hasData(YearMonth month, YearMonth current) {
        return month.isBefore(current) && !month.isBefore(current.minusMonths(12));
    }

    private Reply usage(RequestContext ctx) {
        List<String> allowed = new ArrayList<>(Paging.KEY_PARAMS);
        allowed.addAll(List.of("fields", "contactEmail", "accountId"));
        QueryParams p = ctx.params().only(allowed);
        int year = QueryParams.checkedInt("year", ctx.pathParam("year"), 0, 2000, 2100);
        int month = QueryParams.checkedInt("month", ctx.pathParam("month"), 0, 1, 12);
        YearMonth ym = YearMonth.of(year, month);
        YearMonth current = YearMonth.from(ctx.world().anchor().atZone(ZoneOffset.UTC));
        if (!hasData(ym, current)) {
            throw SandboxException.notFound("No billing usage data for " + ym);
        }
        Paging.KeyRequest page = Paging.KeyRequest.of(p, 50, PAGE_CAP);
        String accountId = p.text("accountId");
        List<ObjectNode> lines = new ArrayList<>();
        for (SandboxTenant t : ctx.world().tenants()) {
            if (accountId != null && !accountId.equals(t.id())) {
                continue;
            }
            // not from the tenant's endpoints: a usage report must not seed every tenant of the partner
            int index = ctx.world().tenants().indexOf(t);
            Random r = Seeds.random(ctx.config().seed(), "billing:" + ym, index);
            for (int i = 0, n = Seeds.between(r, 1, 3); i < n; i++) {
                String[] prod = PRODUCTS[(index + i) % PRODUCTS.length];
                int qty = Seeds.between(r, 20, 400);
                lines.add(line(ctx, t, ym, prod, qty, i));
            }
        }
        List<String> fields = p.list("fields");
        return Reply.ok(Paging.keyBased("billing:" + ym, page, PAGE_CAP, lines,
                l -> l.get("orderLineItemNumber").asText(), l -> FieldSelection.select(l, fields)));
    }

    private static ObjectNode line(RequestContext ctx, SandboxTenant t, YearMonth ym, String[] prod, int qty, int i) {
        String partner = ctx.world().partnerId();
        return Json.object().put("partnerAccountId", partner).put("partnerEdiAccountNumber", "EDI-" + partner.substring(0, 8))
                .put("partnerAccountName", "Sandbox MSP Ltd")
                .put("billingStartDate", ym.atDay(1).toString()).put("billingEndDate", ym.atEndOfMonth().toString())
                .put("orderNumber", "SO-" + ym.getYear() + Seeds.pad(ym.getMonthValue(), 2) + "-" + t.id().substring(0, 6))
                .put("orderLineItemNumber", t.id().substring(0, 8) + "-" + Seeds.pad(i + 1, 3))
                .put("accountNumberOrSerialNumber", "ACC-" + t.id().substring(0, 8))
                .put("productDescription", prod[1]).put("productGroup", prod[2]).put("sku", prod[0] + "-MSP-USAGE")
                .put("billableQuantity", qty).put("externalId", t.showAs()).put("accountId", t.id())
                .put("accountStatus", "active").put("actualQuantity", qty).put("productCode", prod[0]);
    }
}
