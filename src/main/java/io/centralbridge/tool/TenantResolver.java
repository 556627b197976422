package io.centralbridge.tool;

import io.centralbridge.session.CredentialMode;
import io.centralbridge.session.Identity;
import io.centralbridge.session.SophosSession;
import io.centralbridge.session.Tenant;
import io.centralbridge.session.TenantDirectory;
import org.springframework.stereotype.Component;

/** Turns the tool parameter tenant_id into a directory tenant, with the errors a caller can act on. */
@Component
public class TenantResolver {

    private final SophosSession session;
    private final TenantDirectory directory;

    TenantResolver(SophosSession session, TenantDirectory directory) {
        this.session = session;
        this.directory = directory;
    }

    public Tenant resolve(ToolCall call) {
        return resolve(call.text("tenant_id"), "tenant_id");
    }

    public Tenant resolve(String tenantId, String field) {
        Identity id = session.identity();
        if (id.mode() == CredentialMode.TENANT) {
            Tenant self = directory.all().get(0);
            if (tenantId != null && !tenantId.equalsIgnoreCase(self.id())) {
                throw ToolException.notFound("Unknown tenant", "tenant " + tenantId
                        + " is not reachable with this tenant credential, which reaches only tenant " + self.id());
            }
            return self;
        }
        if (tenantId == null) {
            throw ToolException.badParameter(field, "is required with a " + id.mode().wire()
                    + " credential; call list_tenants to get the ids of the tenants it reaches");
        }
        return directory.find(tenantId.toLowerCase()).orElseThrow(() -> ToolException.notFound("Unknown tenant",
                "tenant " + tenantId + " is not among the tenants this " + id.mode().wire()
                        + " credential reaches; call list_tenants for the list"));
    }

    public CredentialMode mode() {
        return session.identity().mode();
    }
}
