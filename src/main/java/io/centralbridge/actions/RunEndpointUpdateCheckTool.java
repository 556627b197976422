package io.centralbridge.actions;

import io.centralbridge.tool.ToolDef;
import org.springframework.stereotype.Component;

@Component
class RunEndpointUpdateCheckTool extends EndpointRequestTool {

    private static final ToolDef DEF = writeTool("run_endpoint_update_check",
            "Asks one endpoint to check for updates now; answers the request {id, status:'requested', requestedAt}. "
                    + "Write tool: needs the grant 'run_endpoint_update_check' or 'containment'.",
            params(), ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    String segment() {
        return "update-checks";
    }

    @Override
    String field() {
        return "updateCheck";
    }
}
