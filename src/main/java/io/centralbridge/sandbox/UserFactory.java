package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Seeds a tenant's directory users in the shape of sophos-api.md §6, sorted by name. */
final class UserFactory {
    static final List<String> SOURCE_TYPES = List.of("activeDirectory", "azureActiveDirectory", "custom");
    private static final List<String> FIRST = List.of("Alice", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Grace",
            "Hiro", "Ines", "Jonas", "Keiko", "Liam", "Maya", "Nikolai", "Olga", "Pavel", "Quinn", "Rosa", "Sven",
            "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Aaron", "Beatriz", "Conor", "Dalia", "Emil",
            "Fatima", "Gustav", "Hana", "Ivan", "Julia", "Kofi", "Lena", "Marco", "Nadia");
    private static final List<String> LAST = List.of("Andersen", "Barros", "Chen", "Dubois", "Eriksen", "Fischer",
            "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov",
            "Quinlan", "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga", "Walsh", "Xu", "Yilmaz", "Zimmermann", "Abbott",
            "Brennan", "Costa", "Dunn", "Ellis", "Flores", "Grant", "Holm", "Iqbal", "Jovanovic", "Keller", "Lindqvist",
            "Murphy", "Novak");
    static final List<String> GROUPS = List.of("Sales", "Engineering", "Finance", "IT Operations", "Human Resources",
            "Support", "Marketing", "Executives");

    private UserFactory() {
    }

    static List<ObjectNode> users(long seed, int tenantIndex, SandboxTenant tenant, int count, Instant now) {
        Random r = Seeds.random(seed, "users", tenantIndex);
        String slug = slug(tenant.name());
        List<ObjectNode> users = new ArrayList<>(count);
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String first;
            String last;
            do {
                first = Seeds.pick(r, FIRST);
                last = Seeds.pick(r, LAST);
            } while (!taken.add(first + " " + last) && taken.size() < FIRST.size() * LAST.size());
            users.add(user(seed, tenantIndex, tenant, slug, i, first, last, r, now));
        }
        users.sort((a, b) -> a.get("name").asText().compareTo(b.get("name").asText()));
        return users;
    }

    private static ObjectNode user(long seed, int tenantIndex, SandboxTenant tenant, String slug, int i,
                                   String first, String last, Random r, Instant now) {
        double d = r.nextDouble();
        String source = d < 0.5 ? "activeDirectory" : d < 0.9 ? "azureActiveDirectory" : "custom";
        String login = (first.charAt(0) + last).toLowerCase(Locale.ROOT);
        ObjectNode u = Json.object()
                .put("id", Seeds.id(seed, "user", tenantIndex, i))
                .put("name", first + " " + last)
                .put("firstName", first)
                .put("lastName", last);
        switch (source) {
            case "activeDirectory" -> u.put("email", login + "@" + slug + ".com")
                    .put("exchangeLogin", login).put("domain", slug + ".local");
            case "azureActiveDirectory" -> u.put("email", login + "@" + slug + ".onmicrosoft.com")
                    .put("exchangeLogin", login).put("domain", slug + ".onmicrosoft.com");
            default -> u.put("email", login + "@" + slug + ".example.com");
        }
        u.set("source", Json.object().put("type", source));
        u.set("tenant", Json.object().put("id", tenant.id()).put("name", tenant.name()));
        ArrayNode groups = Json.array();
        int groupCount = r.nextInt(3);
        List<String> chosen = new ArrayList<>(GROUPS);
        java.util.Collections.shuffle(chosen, r);
        for (String g : chosen.subList(0, groupCount)) {
            groups.add(Json.object().put("id", groupId(seed, tenantIndex, g)).put("name", g));
        }
        u.set("groups", Json.object().put("total", groupCount).put("itemsCount", groupCount).<ObjectNode>set("items", groups));
        Instant created = now.minus(Duration.ofMinutes(Seeds.between(r, 30 * 24 * 60, 900 * 24 * 60)));
        Instant updated = created.plus(Duration.ofMinutes(r.nextInt((int) Duration.between(created, now).toMinutes())));
        u.put("createdAt", Json.time(created)).put("updatedAt", Json.time(updated));
        return u;
    }

    static String groupId(long seed, int tenantIndex, String group) {
        return Seeds.id(seed, "user-group", tenantIndex, group);
    }

    /** "Wide World Importers" -> "wideworld": the tenant's mail and AD domain stem. */
    static String slug(String tenantName) {
        String[] words = tenantName.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").split(" ");
        return words.length > 1 && words[0].length() < 5 ? words[0] + words[1] : words[0];
    }
}
