package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The partner's own admins and roles ({@code /partner/v1/admins}, {@code /partner/v1/roles}, sophos-api.md §4)
 * and the organization's admins ({@code /organization/v1/admins}), page-based with get by id.
 */
final class AccountAdminsApi implements SandboxApi {
    private final SeededLists<AdminFactory.Account> accounts = SeededLists.perPrincipal(ctx -> AdminFactory.seed(
            ctx.config().seed(), ctx.principal().principalId(), ctx.principal().kind().idType(),
            ctx.principal().kind() == CredentialKind.PARTNER ? "msp-partner.example" : "holding-org.example",
            ctx.world().tenants().get(0).id(), ctx.world().anchor()));

    @Override
    public void register(SandboxRoutes routes) {
        for (String base : List.of("/partner/v1", "/organization/v1")) {
            Access access = base.startsWith("/partner") ? Access.PARTNER : Access.ORGANIZATION;
            routes.global("GET", base + "/admins", access, ctx -> SeededLists.page(ctx, accounts.of(ctx).admins(),
                    SeededLists.PAGE_CAP, List.of("search", "roleId"), AccountAdminsApi::adminFilter));
            routes.global("GET", base + "/admins/{adminId}", access,
                    ctx -> SeededLists.get(ctx, accounts.of(ctx).admins(), "adminId", "Admin not found"));
            routes.global("GET", base + "/roles", access, ctx -> SeededLists.page(ctx, accounts.of(ctx).roles(),
                    SeededLists.PAGE_CAP, List.of("type", "principalType"), AccountAdminsApi::roleFilter));
            routes.global("GET", base + "/roles/{roleId}", access,
                    ctx -> SeededLists.get(ctx, accounts.of(ctx).roles(), "roleId", "Role not found"));
        }
    }

    static Predicate<ObjectNode> adminFilter(QueryParams p) {
        String search = p.text("search");
        String roleId = p.text("roleId");
        return a -> (search == null || a.at("/profile/name").asText().toLowerCase(Locale.ROOT)
                .contains(search.toLowerCase(Locale.ROOT)))
                && (roleId == null || a.path("roleAssignments").findValuesAsText("roleId").contains(roleId));
    }

    static Predicate<ObjectNode> roleFilter(QueryParams p) {
        Predicate<ObjectNode> type = SeededLists.oneOf(p, "type", AdminFactory.ROLE_TYPES, "/type");
        Predicate<ObjectNode> principal = SeededLists.oneOf(p, "principalType", AdminFactory.PRINCIPAL_TYPES,
                "/principalType");
        return type.and(principal);
    }
}
