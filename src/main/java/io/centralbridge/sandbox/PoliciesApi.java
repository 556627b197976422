package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code /endpoint/v1/policies} list (page-based, {@code policyType} filter) and get (sophos-api.md §5). The
 * threat-protection policies are the health check's (same ids and names); a few other types join them.
 */
final class PoliciesApi implements SandboxApi {
    static final List<String> TYPES = List.of("threat-protection", "device-encryption", "server-lockdown",
            "server-application-control", "server-data-loss-prevention", "server-agent-updating",
            "server-peripheral-control", "application-control", "server-web-control", "windows-firewall",
            "server-threat-protection");

    private final SeededLists<List<ObjectNode>> policies = SeededLists.perTenant(PoliciesApi::seed);

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", "/endpoint/v1/policies", ctx -> SeededLists.page(ctx, policies.of(ctx),
                SeededLists.PAGE_CAP, List.of("policyType"), p -> SeededLists.oneOf(p, "policyType", TYPES, "/type")));
        routes.tenant("GET", "/endpoint/v1/policies/{policyId}",
                ctx -> SeededLists.get(ctx, policies.of(ctx), "policyId", "Policy not found"));
    }

    private static List<ObjectNode> seed(RequestContext ctx) {
        TenantData d = ctx.tenantData();
        Random r = Seeds.random(ctx.config().seed(), "policies", d.index());
        List<ObjectNode> out = new ArrayList<>();
        int priority = 0;
        for (TenantPosture.Policy p : d.posture().computerPolicies()) {
            out.add(policy(ctx, r, p.id(), p.name(), "threat-protection", priority++, p.lockedByManagingAccount(),
                    !p.notOnRecommended()));
        }
        priority = 0;
        for (TenantPosture.Policy p : d.posture().serverPolicies()) {
            out.add(policy(ctx, r, p.id(), p.name(), "server-threat-protection", priority++,
                    p.lockedByManagingAccount(), !p.notOnRecommended()));
        }
        String[][] others = {{"device-encryption", "Base Policy - Device Encryption"},
                {"application-control", "Base Policy - Application Control"},
                {"windows-firewall", "Base Policy - Windows Firewall"},
                {"server-lockdown", "Base Policy - Server Lockdown"}};
        for (String[] o : others) {
            out.add(policy(ctx, r, Seeds.id(ctx.config().seed(), "policy", d.index(), o[0]), o[1], o[0], 0, false, true));
        }
        return out;
    }

    private static ObjectNode policy(RequestContext ctx, Random r, String id, String name, String type, int priority,
                                     boolean locked, boolean recommended) {
        ObjectNode o = Json.object().put("id", id).put("name", name).put("type", type).put("enabled", true)
                .put("priority", priority).put("lockedByManagingAccount", locked);
        o.set("tenant", Json.object().put("id", ctx.tenant().id()).put("name", ctx.tenant().name()));
        ObjectNode settings = o.putObject("settings");
        String prefix = "endpoint." + type + ".";
        setting(settings, prefix + "malware-protection.deep-learning.enabled", recommended, true);
        setting(settings, prefix + "malware-protection.real-time-scanning.enabled", true, true);
        setting(settings, prefix + "web-protection.enabled", recommended || Seeds.chance(r, 0.5), true);
        settings.set(prefix + "scheduled-scan.time", Json.object().put("value", "02:00").put("format", "HH:mm"));
        ObjectNode applies = o.putObject("appliesTo");
        applies.set("endpoints", Json.array());
        ArrayNode groups = Json.array();
        if (priority > 0) {
            groups.add(Seeds.id(ctx.config().seed(), "endpoint-group", ctx.tenantData().index(),
                    Seeds.pick(r, EndpointCatalog.COMPUTER_GROUPS)));
        }
        applies.set("groups", groups);
        applies.set("users", Json.array());
        applies.put("usersAndGroupsFromEndpoints", priority == 0);
        var created = ctx.world().anchor().minus(Duration.ofDays(Seeds.between(r, 100, 1000)));
        o.put("createdAt", Json.time(created)).put("updatedAt", Json.time(created.plus(Duration.ofDays(Seeds.between(r, 1, 99)))));
        return o;
    }

    private static void setting(ObjectNode settings, String key, boolean value, boolean recommended) {
        settings.set(key, Json.object().put("value", value).put("recommendedValue", recommended));
    }
}
