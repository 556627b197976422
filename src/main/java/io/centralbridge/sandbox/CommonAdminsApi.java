package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Tenant-level {@code /common/v1/admins}, {@code /common/v1/roles} and {@code /common/v1/directory/user-groups}
 * (sophos-api.md §6), page-based with get by id. The user groups are the groups the seeded users belong to.
 */
final class CommonAdminsApi implements SandboxApi {
    private final SeededLists<AdminFactory.Account> accounts = SeededLists.perTenant(ctx -> AdminFactory.seed(
            ctx.config().seed(), ctx.tenant().id(), "tenant", UserFactory.slug(ctx.tenant().name()) + ".com", null,
            ctx.world().anchor()));

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", "/common/v1/admins", ctx -> SeededLists.page(ctx, accounts.of(ctx).admins(),
                SeededLists.PAGE_CAP, List.of("search", "roleId"), AccountAdminsApi::adminFilter));
        routes.tenant("GET", "/common/v1/admins/{adminId}",
                ctx -> SeededLists.get(ctx, accounts.of(ctx).admins(), "adminId", "Admin not found"));
        routes.tenant("GET", "/common/v1/roles", ctx -> SeededLists.page(ctx, accounts.of(ctx).roles(),
                SeededLists.PAGE_CAP, List.of("type", "principalType"), AccountAdminsApi::roleFilter));
        routes.tenant("GET", "/common/v1/roles/{roleId}",
                ctx -> SeededLists.get(ctx, accounts.of(ctx).roles(), "roleId", "Role not found"));
        routes.tenant("GET", "/common/v1/directory/user-groups", ctx -> SeededLists.page(ctx, groups(ctx)));
        routes.tenant("GET", "/common/v1/directory/user-groups/{groupId}",
                ctx -> SeededLists.get(ctx, groups(ctx), "groupId", "User group not found"));
    }

    /** Computed from the users on each call, so a group's members are the users that name it. */
    private static List<ObjectNode> groups(RequestContext ctx) {
        List<ObjectNode> out = new ArrayList<>();
        List<ObjectNode> users = ctx.tenantData().users();
        for (String name : UserFactory.GROUPS) {
            String id = UserFactory.groupId(ctx.config().seed(), ctx.tenantData().index(), name);
            ArrayNode items = Json.array();
            int total = 0;
            for (ObjectNode u : users) {
                if (u.at("/groups/items").findValuesAsText("id").contains(id)) {
                    total++;
                    if (items.size() < 25) {
                        items.add(Json.object().put("id", u.get("id").asText()).put("name", u.get("name").asText()));
                    }
                }
            }
            if (total == 0) {
                continue;
            }
            ObjectNode g = Json.object().put("id", id).put("name", name).put("description", name + " department");
            g.set("source", Json.object().put("type", "activeDirectory"));
            g.set("tenant", Json.object().put("id", ctx.tenant().id()).put("name", ctx.tenant().name()));
            g.set("users", Json.object().put("total", total).put("itemsCount", items.size()).<ObjectNode>set("items", items));
            out.add(g);
        }
        return out;
    }
}
