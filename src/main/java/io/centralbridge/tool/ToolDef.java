package io.centralbridge.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One catalogue entry: what REST's GET /api/tools and MCP's tools/list both show.
 *
 * @param requiredRole the lowest Sophos credential role the tool needs, quoted when Sophos answers 403
 * @param licence      the Sophos licence the tool needs, or null
 */
public record ToolDef(String name, String description, Access access, ObjectNode inputSchema,
                      String requiredRole, String licence) {

    public static final String ROLE_READ_ONLY = "Service Principal Read-Only";
    public static final String ROLE_MANAGEMENT = "Service Principal Management";
    public static final String ROLE_FORENSICS = "Service Principal Forensics";
    public static final String ROLE_SUPER_ADMIN = "Service Principal Super Admin";

    public static ToolDef read(String name, String description, ObjectNode schema) {
        return new ToolDef(name, description, Access.READ, schema, ROLE_READ_ONLY, null);
    }

    public ToolDef role(String role) {
        return new ToolDef(name, description, access, inputSchema, role, licence);
    }

    public ToolDef licence(String needed) {
        return new ToolDef(name, description, access, inputSchema, requiredRole, needed);
    }

    public String endpoint() {
        return "direct:tool." + name;
    }
}
