package io.centralbridge.security;

import io.centralbridge.tool.Access;
import io.centralbridge.tool.ToolAccessPolicy;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolCatalog;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Read tools always run; a write tool runs only when SOPHOS_GRANTS grants it, and only for the tenants its
 * grant names. An ungranted tool is left out of every catalogue, so an agent is never offered it.
 */
@Component
class GrantedAccessPolicy implements ToolAccessPolicy {

    private static final Logger log = LoggerFactory.getLogger(GrantedAccessPolicy.class);
    /** The parameters that name a tenant a write touches (migrations touch two). */
    private static final List<String> TENANT_PARAMS = List.of("tenant_id", "from_tenant_id", "to_tenant_id");

    private final ToolGrants grants;

    GrantedAccessPolicy(GrantProperties properties, ToolCatalog catalog) {
        List<String> writeTools = catalog.all().stream().filter(d -> d.access() == Access.WRITE).map(ToolDef::name).toList();
        this.grants = ToolGrants.parse(properties.grants(), writeTools);
        log.info("write tools granted: {}", grants.grantedTools().isEmpty() ? "none" : grants.grantedTools());
    }

    @Override
    public boolean listed(ToolDef def) {
        return def.access() == Access.READ || grants.grants(def.name());
    }

    @Override
    public void check(ToolDef def, ToolCall call) {
        if (def.access() == Access.READ) {
            return;
        }
        String set = ToolGrants.setOf(def.name());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("tool", def.name());
        extra.put("grant", def.name());
        if (set != null) {
            extra.put("grantSet", set);
        }
        if (!grants.grants(def.name())) {
            throw new ToolException(403, "Tool not granted", "the write tool " + def.name() + " is not granted on "
                    + "this instance; add '" + def.name() + "'" + (set == null ? "" : " (or the set '" + set + "')")
                    + " to SOPHOS_GRANTS", extra);
        }
        Optional<Set<String>> limit = grants.limit(def.name());
        if (limit.isEmpty()) {
            return;
        }
        List<String> touched = new ArrayList<>();
        for (String p : TENANT_PARAMS) {
            if (call.has(p)) {
                touched.add(call.text(p).toLowerCase(Locale.ROOT));
            }
        }
        List<String> outside = touched.stream().filter(t -> !limit.get().contains(t)).toList();
        if (touched.isEmpty() || !outside.isEmpty()) {
            String tenant = outside.isEmpty() ? "<tenant id>" : outside.get(0);
            extra.put("grant", def.name() + "@" + tenant);
            extra.put("grantedTenants", List.copyOf(limit.get()));
            throw new ToolException(403, "Tool not granted for this tenant", "the write tool " + def.name()
                    + " is granted only for the tenants " + limit.get() + (touched.isEmpty() ? "; pass tenant_id" : "")
                    + "; to allow it for " + tenant + " add '" + def.name() + "@" + tenant + "' to SOPHOS_GRANTS", extra);
        }
    }
}
