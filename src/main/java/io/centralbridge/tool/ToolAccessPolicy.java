package io.centralbridge.tool;

/**
 * Which tools this instance may run. Read tools always; write tools only when granted (the grants are issue
 * #6's: SOPHOS_GRANTS). An ungranted tool is absent from every catalogue and answers 403 naming the grant.
 */
public interface ToolAccessPolicy {

    /** Whether the tool appears in GET /api/tools and MCP tools/list. */
    boolean listed(ToolDef def);

    /** Throws a 403 {@link ToolException} naming the grant to add when the call is not allowed. */
    void check(ToolDef def, ToolCall call);
}
