package io.centralbridge.sandbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /account-health-check/v1/health-check} (sophos-api.md §7), computed on each call from the
 * tenant's endpoints so that it agrees with the endpoint API, even after writes change them.
 */
final class HealthCheckApi implements SandboxApi {
    private static final List<String> PRODUCTS = List.of("endpoint", "networkDevice");

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", "/account-health-check/v1/health-check", this::healthCheck);
    }

    private Reply healthCheck(RequestContext ctx) {
        QueryParams p = ctx.params().only("checks", "products");
        List<String> checks = p.enumList("checks", HealthCheckReport.CHECKS);
        List<String> products = p.enumList("products", PRODUCTS);
        Set<String> wanted = new LinkedHashSet<>(checks.isEmpty() ? HealthCheckReport.CHECKS : checks);
        TenantData d = ctx.tenantData();
        var report = HealthCheckReport.of(d.tenant(), d.endpoints(), d.posture(), wanted);
        if (!products.isEmpty() && !products.contains("endpoint")) {
            report.remove("endpoint");
        }
        return Reply.ok(report);
    }
}
