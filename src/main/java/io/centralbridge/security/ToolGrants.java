package io.centralbridge.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parsed SOPHOS_GRANTS: for each granted write tool, either every tenant or a set of tenant ids. A grant
 * that names no known tool or set stops the start, so a typo cannot silently leave a tool off (or on).
 */
final class ToolGrants {

    /** The named sets; a set is a grant for each of its tools. */
    static final Map<String, List<String>> SETS = new LinkedHashMap<>();

    static {
        SETS.put("containment", List.of("update_endpoints_isolation", "run_endpoint_scan", "run_endpoint_update_check"));
        SETS.put("tamper", List.of("update_tamper_protection"));
        SETS.put("lists", List.of("create_allowed_item", "create_blocked_item", "create_blocked_addresses",
                "create_scanning_exclusion", "delete_scanning_exclusion"));
        SETS.put("groups", List.of("create_endpoint_group", "update_endpoint_group", "delete_endpoint_group",
                "add_endpoints_to_group", "remove_endpoints_from_group"));
        SETS.put("partner", List.of("update_tenant", "update_tenant_product_selection"));
        SETS.put("migration", List.of("create_migration_job"));
    }

    private static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    /** Per tool: empty Optional = every tenant; else the tenant ids it is limited to. */
    private final Map<String, Optional<Set<String>>> granted = new LinkedHashMap<>();

    private ToolGrants() {
    }

    static ToolGrants parse(Collection<String> entries, Collection<String> writeTools) {
        ToolGrants g = new ToolGrants();
        for (String raw : entries == null ? List.<String>of() : entries) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int at = entry.indexOf('@');
            String name = (at < 0 ? entry : entry.substring(0, at)).trim();
            Set<String> tenants = at < 0 ? null : tenants(entry, entry.substring(at + 1));
            for (String tool : tools(name, writeTools)) {
                g.add(tool, tenants);
            }
        }
        return g;
    }

    private static List<String> tools(String name, Collection<String> writeTools) {
        if ("all".equals(name) || "*".equals(name)) {
            return List.copyOf(writeTools);
        }
        if (SETS.containsKey(name)) {
            return SETS.get(name).stream().filter(writeTools::contains).toList();
        }
        if (writeTools.contains(name)) {
            return List.of(name);
        }
        List<String> known = new ArrayList<>(SETS.keySet());
        known.add("all");
        known.addAll(writeTools);
        throw new IllegalStateException("SOPHOS_GRANTS names '" + name + "', which is neither a write tool nor a "
                + "set; known: " + String.join(", ", known));
    }

    private static Set<String> tenants(String entry, String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : list.split("\\|")) {
            String id = t.trim().toLowerCase(Locale.ROOT);
            if (!UUID.matcher(id).matches()) {
                throw new IllegalStateException("SOPHOS_GRANTS entry '" + entry + "': '" + t
                        + "' is not a tenant id; write tool@tenantId|tenantId");
            }
            out.add(id);
        }
        return out;
    }

    private void add(String tool, Set<String> tenants) {
        Optional<Set<String>> had = granted.get(tool);
        if (tenants == null || (had != null && had.isEmpty())) {
            granted.put(tool, Optional.empty());
            return;
        }
        Set<String> union = new LinkedHashSet<>(had == null ? Set.of() : had.get());
        union.addAll(tenants);
        granted.put(tool, Optional.of(union));
    }

    boolean grants(String tool) {
        return granted.containsKey(tool);
    }

    /** The tenants a grant is limited to; empty when it covers every tenant. */
    Optional<Set<String>> limit(String tool) {
        return granted.getOrDefault(tool, Optional.empty());
    }

    /** The set that holds the tool, to name in a refusal, or null. */
    static String setOf(String tool) {
        return SETS.entrySet().stream().filter(e -> e.getValue().contains(tool)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    Set<String> grantedTools() {
        return granted.keySet();
    }
}
