package io.centralbridge.modules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolDef;

/** What an agent is told about one module tool; the base and host come from the configured table. */
record ModuleTool(String module, String what, String examples) {

    static final ModuleTool ENDPOINT = new ModuleTool("endpoint",
            "the Endpoint API of one tenant (endpoints, groups, settings, policies, installers)",
            "'endpoints' (key-paged), 'endpoints/{id}', 'endpoints/{id}/tamper-protection', 'endpoint-groups', "
                    + "'endpoint-groups/{id}/endpoints', 'settings/allowed-items', 'settings/blocked-items', "
                    + "'settings/exclusions/scanning', 'settings/web-control/local-sites', 'policies', 'policies/{id}', "
                    + "'downloads'");
    static final ModuleTool COMMON = new ModuleTool("common",
            "the Common API of one tenant (alerts, admins, roles, directory)",
            "'alerts' (key-paged), 'alerts/{id}', 'admins', 'roles', 'directory/users', 'directory/user-groups'");
    static final ModuleTool CASES = new ModuleTool("cases",
            "the Cases API of one tenant (XDR/MDR cases)",
            "'cases', 'cases/{id}', 'cases/{id}/detections', 'cases/{id}/impacted-entities', "
                    + "'cases/{id}/mitre-attack-summary'");
    static final ModuleTool PARTNER = new ModuleTool("partner",
            "the Partner API of the partner account itself (needs a partner credential)",
            "'tenants', 'tenants/{id}', 'admins', 'admins/{id}', 'roles', 'billing/usage/{year}/{month}' (key-paged; "
                    + "404 for a month without data)");
    static final ModuleTool ORGANIZATION = new ModuleTool("organization",
            "the Organization API of the organization account itself (needs an organization credential)",
            "'tenants', 'tenants/{id}', 'admins'");
    static final ModuleTool LICENSING = new ModuleTool("licensing",
            "the Licensing API of one tenant", "'licenses', 'licenses/firewalls'");
    static final ModuleTool AUDIT = new ModuleTool("audit",
            "the audit events of one tenant (90 days; the upstream path is UNCONFIRMED and configurable)",
            "'events' with query_params from/to (ISO-8601), pageSize");

    static final java.util.List<ModuleTool> ALL = java.util.List.of(ENDPOINT, COMMON, CASES, PARTNER, ORGANIZATION,
            LICENSING, AUDIT);

    String name() {
        return "sophos_" + module + "_get";
    }

    ToolDef definition(ModuleProperties.Entry entry) {
        ModuleScope scope = ModuleScope.of(module, entry);
        String where = (scope == ModuleScope.TENANT ? "the tenant's region host" : "the global host") + " with "
                + entry.header();
        Schema s = Schema.object()
                .prop("path", Schema.string(512).describe("Path relative to " + entry.base() + ", e.g. " + examples
                        + ". Letters, digits and . _ ~ - only; no '..', encoding, '?' or host."));
        if (scope.tenantScoped()) {
            s.prop("tenant_id", Schema.tenantId());
        }
        s.prop("query_params", Schema.object().describe("Query parameters as name -> string, number, boolean or "
                        + "array (arrays are sent comma-joined, e.g. ids=a,b), e.g. {\"pageSize\": 50, \"view\": \"basic\"}."))
                .prop("response_filter", Schema.string(2000).describe("A JMESPath expression that trims the answer, "
                        + "e.g. \"items[].{id: id, host: hostname}\" or \"items[?health.overall=='bad'].id\". A "
                        + "result that is not an object is returned as {result: ...}."))
                .prop("follow_pages", Schema.bool().defaultValue(false).describe("Read every page of a list "
                        + "(page- or key-based), up to max_records; answers {count, truncated, pagesRead, items}."))
                .prop("max_records", Schema.maxRecords(1000, 100000))
                .required("path");
        ObjectNode json = s.json();
        // query_params takes any names; its values are checked by the tool, which names the offending one
        ObjectNode qp = (ObjectNode) json.path("properties").path("query_params");
        qp.set("additionalProperties", JsonNodeFactory.instance.objectNode());
        return ToolDef.read(name(), "GET-only read of " + what + ": " + entry.base() + " on " + where + ". "
                + "Answers the Sophos JSON as it is (or all pages with follow_pages), trimmed by response_filter and "
                + "capped in size; only ever sends GET within " + entry.base() + ".", json);
    }
}
