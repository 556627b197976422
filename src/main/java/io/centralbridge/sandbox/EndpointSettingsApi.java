package io.centralbridge.sandbox;


/**
 * {@code /endpoint/v1/settings/...} reads (sophos-api.md §5): allowed items, blocked items, scanning
 * exclusions and web-control local sites, each a page-based list with get by id; and the global
 * tamper-protection switch the health check also reports.
 */
final class EndpointSettingsApi implements SandboxApi {
    private final SeededLists<SettingsFactory.Settings> settings = SeededLists.perTenant(ctx -> {
        TenantData d = ctx.tenantData();
        return SettingsFactory.seed(ctx.config().seed(), d.index(), d.tenant(), d.posture(), d.users(), d.endpoints(),
                ctx.world().anchor());
    });

    @Override
    public void register(SandboxRoutes routes) {
        String s = "/endpoint/v1/settings";
        // allowed and blocked items and scanning exclusions are served by SettingsApi, which also writes them
        routes.tenant("GET", s + "/web-control/local-sites", ctx -> SeededLists.page(ctx, settings.of(ctx).localSites()));
        routes.tenant("GET", s + "/web-control/local-sites/{id}",
                ctx -> SeededLists.get(ctx, settings.of(ctx).localSites(), "id", "Local site not found"));
        routes.tenant("GET", s + "/tamper-protection", ctx -> {
            ctx.params().only();
            return Reply.ok(Json.object().put("enabled", ctx.tenantData().posture().globalTamperProtection()));
        });
    }
}
