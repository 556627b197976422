package io.centralbridge.sandbox;

import java.util.List;

/**
 * The whole-module coverage behind the {@code sophos_<module>_get} tools: endpoint groups, settings, policies
 * and installers; common admins, roles and user groups; cases; partner and organization accounts; licences;
 * audit events. One entry in {@link Sandbox}'s list, many APIs.
 */
final class ModuleApis implements SandboxApi {
    @Override
    public void register(SandboxRoutes routes) {
        for (SandboxApi api : List.of(new EndpointSettingsApi(), new PoliciesApi(),
                new EndpointExtrasApi(), new CommonAdminsApi(), new CasesApi(), new AccountAdminsApi(),
                new BillingApi(), new LicensesApi(), new AuditApi())) {
            api.register(routes);
        }
    }
}
