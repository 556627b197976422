package io.centralbridge.expose;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.tool.Access;
import io.centralbridge.tool.ToolDef;
import io.modelcontextprotocol.spec.McpSchema;

/** A catalogue entry as MCP's tools/list shows it: name, title, description for agents, schema, annotations. */
final class McpToolDefinitions {

    static final String LIST_TENANTS_FIRST = "With a partner or organization credential, call list_tenants first "
            + "and pass one of its tenant ids as tenant_id.";

    private McpToolDefinitions() {
    }

    static McpSchema.Tool tool(ToolDef def, ObjectMapper json) {
        Map<String, Object> schema = json.convertValue(def.inputSchema(), new TypeReference<Map<String, Object>>() {
        });
        String title = title(def.name());
        return McpSchema.Tool.builder()
                .name(def.name())
                .title(title)
                .description(description(def))
                .inputSchema(schema)
                .annotations(annotations(def, title))
                .build();
    }

    /**
     * The tool's own description, plus the sentence an agent needs before its first tenant-scoped call when the
     * description does not say it already (descriptions are written per tool, this keeps the rule in one place).
     */
    static String description(ToolDef def) {
        String d = def.description() == null ? "" : def.description().trim();
        boolean tenantScoped = def.inputSchema().path("properties").has("tenant_id");
        if (tenantScoped && !d.contains("list_tenants")) {
            d = d + (d.isEmpty() || d.endsWith(".") ? " " : ". ") + LIST_TENANTS_FIRST;
        }
        if (def.access() == Access.WRITE) {
            d = d + " This tool changes Sophos Central (needs the role " + def.requiredRole() + ").";
        }
        return d.trim();
    }

    static McpSchema.ToolAnnotations annotations(ToolDef def, String title) {
        boolean read = def.access() == Access.READ;
        return McpSchema.ToolAnnotations.builder()
                .title(title)
                .readOnlyHint(read)
                .destructiveHint(!read)
                .openWorldHint(true) // every tool talks to Sophos Central, outside this process
                .build();
    }

    /** list_tenants -> "List tenants". */
    static String title(String name) {
        String spaced = name.replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
