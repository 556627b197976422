package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds admins and roles in the shapes of sophos-api.md §4 (partner) and §6 (tenant, "mirroring the partner
 * versions"): predefined roles plus a custom one, and admins whose role assignments name those roles.
 */
final class AdminFactory {
    /** The roles and admins of one account (a tenant, the partner or the organization). */
    record Account(List<ObjectNode> roles, List<ObjectNode> admins) {
    }

    private static final String[][] PREDEFINED = {
            {"Super Admin", "Full access, including managing admins and roles", "user"},
            {"Admin", "Full access except managing admins and roles", "user"},
            {"Help Desk", "View everything and perform basic actions", "user"},
            {"Read-only", "View everything, change nothing", "user"},
            {"Service Principal Super Admin", "API credential with full access", "service"},
            {"Service Principal Read-Only", "API credential that can only read", "service"}};
    private static final List<String> FIRST = List.of("Alex", "Sam", "Jordan", "Priya", "Mateo", "Yuki", "Noor", "Lars");
    private static final List<String> LAST = List.of("Murray", "Osei", "Kaur", "Silva", "Berg", "Sato", "Haddad", "Novak");

    private AdminFactory() {
    }

    /** {@code level} is tenant, partner or organization; {@code domain} the admins' mail domain. */
    static Account seed(long seed, String accountId, String level, String domain, String tenantIdForScope,
                        Instant now) {
        Random r = Seeds.random(seed, "admins:" + level, accountId.hashCode());
        List<ObjectNode> roles = new ArrayList<>();
        for (String[] p : PREDEFINED) {
            roles.add(role(Seeds.id(seed, "role", level, accountId, p[0]), p[0], p[1], "predefined", p[2], r, now));
        }
        roles.add(role(Seeds.id(seed, "role", level, accountId, "custom"), "SOC Analyst",
                "Custom: investigate and respond, no settings", "custom", "user", r, now));
        List<ObjectNode> admins = new ArrayList<>();
        int n = Seeds.between(r, 3, 8);
        for (int i = 0; i < n; i++) {
            String first = FIRST.get((i + accountId.length()) % FIRST.size());
            String last = LAST.get((i * 3 + r.nextInt(LAST.size())) % LAST.size());
            ObjectNode a = Json.object().put("id", Seeds.id(seed, "admin", level, accountId, i))
                    .put("username", (first + "." + last).toLowerCase(java.util.Locale.ROOT) + (i == 0 ? "" : i) + "@" + domain);
            a.set("profile", Json.object().put("name", first + " " + last).put("firstName", first).put("lastName", last)
                    .put("phone", "+44 20 7946 0" + Seeds.pad(100 + r.nextInt(900), 3)));
            a.put("active", i == 0 || Seeds.chance(r, 0.85)).put("primary", i == 0);
            ArrayNode assignments = a.putArray("roleAssignments");
            ObjectNode role = roles.get(i == 0 ? 0 : Seeds.between(r, 1, 3));
            ObjectNode scope = Json.object();
            if ("partner".equals(level) && i > 1 && tenantIdForScope != null && Seeds.chance(r, 0.5)) {
                scope.put("type", "tenant").put("id", tenantIdForScope);
            } else {
                scope.put("type", "partner".equals(level) ? "allManagedTenants" : "self");
            }
            assignments.add(Json.object().put("id", Seeds.id(seed, "role-assignment", level, accountId, i))
                    .put("roleId", role.get("id").asText()).<ObjectNode>set("scope", scope));
            Instant created = now.minus(Duration.ofDays(Seeds.between(r, 30, 1500)));
            a.put("createdAt", Json.time(created)).put("updatedAt", Json.time(created.plus(Duration.ofDays(r.nextInt(30)))));
            admins.add(a);
        }
        return new Account(roles, admins);
    }

    private static ObjectNode role(String id, String name, String description, String type, String principalType,
                                   Random r, Instant now) {
        ObjectNode o = Json.object().put("id", id).put("name", name).put("description", description)
                .put("type", type).put("principalType", principalType);
        o.set("permissionSets", Json.strings(name.contains("Read") ? List.of("readOnly")
                : name.contains("Help") ? List.of("helpdesk") : List.of("admin")));
        Instant created = now.minus(Duration.ofDays(Seeds.between(r, 200, 2000)));
        o.put("createdAt", Json.time(created)).put("updatedAt", Json.time(created.plus(Duration.ofDays(r.nextInt(100)))));
        return o;
    }

    static final List<String> ROLE_TYPES = List.of("predefined", "custom");
    static final List<String> PRINCIPAL_TYPES = List.of("user", "service");
}
