package io.centralbridge.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The one table of the module read tools: for each module its base path, host and ID header, and which of
 * its lists page by key. Any field left out of the configuration keeps its default, so a user corrects an
 * UNCONFIRMED base (audit) with one property and no code change.
 *
 * @param maxResultSize the largest answer, as JSON, a module tool returns before it cuts it
 * @param table         module name (endpoint, common, ...) -> its entry; merged over {@link #DEFAULTS}
 */
@ConfigurationProperties("sophos.modules")
public record ModuleProperties(@DefaultValue("1MB") DataSize maxResultSize, Map<String, Entry> table) {

    /** Where a module lives. {@code host} is {@code regional} (the tenant's apiHost) or {@code global}. */
    public record Entry(String base, String host, String header, List<String> keyPaged) {
    }

    static final Map<String, Entry> DEFAULTS = defaults();

    public ModuleProperties {
        Map<String, Entry> merged = new LinkedHashMap<>();
        Map<String, Entry> given = table == null ? Map.of() : table;
        DEFAULTS.forEach((name, d) -> {
            Entry over = given.get(name);
            merged.put(name, over == null ? d : new Entry(
                    over.base() != null ? over.base() : d.base(),
                    over.host() != null ? over.host() : d.host(),
                    over.header() != null ? over.header() : d.header(),
                    over.keyPaged() != null ? over.keyPaged() : d.keyPaged()));
        });
        if (table != null) {
            given.keySet().stream().filter(k -> !DEFAULTS.containsKey(k)).findFirst().ifPresent(k -> {
                throw new IllegalArgumentException("sophos.modules.table." + k + " is not a module; the modules are "
                        + DEFAULTS.keySet());
            });
        }
        merged.forEach(ModuleProperties::check);
        table = Map.copyOf(merged);
        if (maxResultSize == null) {
            maxResultSize = DataSize.ofMegabytes(1);
        }
    }

    public Entry entry(String module) {
        return table.get(module);
    }

    private static void check(String name, Entry e) {
        String where = "sophos.modules.table." + name;
        if (e.base() == null || !e.base().matches("(/[A-Za-z0-9._-]+)+")) {
            throw new IllegalArgumentException(where + ".base must be an absolute path such as /endpoint/v1, got "
                    + e.base());
        }
        ModuleScope.of(name, e); // refuses a host/header pair Sophos does not have
    }

    private static Map<String, Entry> defaults() {
        Map<String, Entry> m = new LinkedHashMap<>();
        m.put("endpoint", new Entry("/endpoint/v1", "regional", "X-Tenant-ID",
                List.of("endpoints", "endpoint-groups/*/endpoints")));
        m.put("common", new Entry("/common/v1", "regional", "X-Tenant-ID", List.of("alerts")));
        m.put("cases", new Entry("/cases/v1", "regional", "X-Tenant-ID", List.of()));
        m.put("partner", new Entry("/partner/v1", "global", "X-Partner-ID", List.of("billing/usage/*/*")));
        m.put("organization", new Entry("/organization/v1", "global", "X-Organization-ID", List.of()));
        m.put("licensing", new Entry("/licenses/v1", "global", "X-Tenant-ID", List.of()));
        // UNCONFIRMED (sophos-api.md §17): no public audit-events API was found; the sandbox serves this default.
        m.put("audit", new Entry("/audit/v1", "regional", "X-Tenant-ID", List.of()));
        return m;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
