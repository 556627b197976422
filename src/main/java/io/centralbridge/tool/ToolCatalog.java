package io.centralbridge.tool;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** Every tool this build has, by name; REST and MCP both list from here. */
@Component
public class ToolCatalog {

    private final Map<String, ToolDef> tools = new TreeMap<>();

    ToolCatalog(List<ToolRoute> routes) {
        for (ToolRoute r : routes) {
            ToolDef d = r.definition();
            if (tools.put(d.name(), d) != null) {
                throw new IllegalStateException("two tools are named " + d.name());
            }
        }
    }

    public Optional<ToolDef> find(String name) {
        return Optional.ofNullable(name == null ? null : tools.get(name));
    }

    /** Every tool of this build, granted or not. */
    public Collection<ToolDef> all() {
        return tools.values();
    }

    /** The tools callers see: what GET /api/tools and MCP tools/list show. */
    public List<ToolDef> listed(ToolAccessPolicy access) {
        return tools.values().stream().filter(access::listed).toList();
    }
}
