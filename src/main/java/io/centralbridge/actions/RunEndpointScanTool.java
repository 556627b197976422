package io.centralbridge.actions;

import io.centralbridge.tool.ToolDef;
import org.springframework.stereotype.Component;

@Component
class RunEndpointScanTool extends EndpointRequestTool {

    private static final ToolDef DEF = writeTool("run_endpoint_scan",
            "Starts a scan of one endpoint; answers the scan request {id, status:'requested', requestedAt}. "
                    + "Write tool: needs the grant 'run_endpoint_scan' or 'containment'.",
            params(), ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    String segment() {
        return "scans";
    }

    @Override
    String field() {
        return "scan";
    }
}
