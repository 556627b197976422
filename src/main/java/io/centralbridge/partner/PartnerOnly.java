package io.centralbridge.partner;

import io.centralbridge.session.CredentialMode;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolException;
import java.util.Map;

/** Partner management needs a partner credential; other credentials are told so before anything is sent. */
final class PartnerOnly {

    private PartnerOnly() {
    }

    static void require(TenantResolver tenants, String tool) {
        CredentialMode mode = tenants.mode();
        if (mode != CredentialMode.PARTNER) {
            throw new ToolException(400, "Partner credential needed", tool + " manages tenants through the partner "
                    + "API, which needs a partner credential; this instance has a " + mode.wire() + " credential",
                    Map.of("tool", tool, "credentialMode", mode.wire()));
        }
    }
}
