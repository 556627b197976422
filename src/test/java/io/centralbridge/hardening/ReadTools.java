package io.centralbridge.hardening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.centralbridge.sandbox.Sandbox;

/** Every read tool of the catalogue with parameters that make it call Sophos (modules: a sample path). */
final class ReadTools {

    static final String SQL = "SELECT meta_hostname, query_name FROM xdr_data";

    /** One call: the tool and its parameters; {@code noUpstream}: it refuses this credential before any call. */
    record Call(String tool, Map<String, Object> params, boolean noUpstream) {
        @Override
        public String toString() {
            return tool;
        }
    }

    private ReadTools() {
    }

    static List<Call> all(Sandbox sandbox) {
        String t = sandbox.world().tenants().get(1).id();
        return List.of(
                call("list_tenants"),
                call("get_account_health_check", "tenant_id", t),
                call("list_endpoints", "tenant_id", t),
                call("list_alerts", "tenant_id", t),
                call("list_users", "tenant_id", t),
                call("get_qbr_summary", "tenant_id", t),
                call("sophos_endpoint_get", "tenant_id", t, "path", "endpoints", "follow_pages", true),
                call("sophos_common_get", "tenant_id", t, "path", "admins"),
                call("sophos_cases_get", "tenant_id", t, "path", "cases"),
                call("sophos_partner_get", "path", "admins"),
                new Call("sophos_organization_get", params("path", "tenants"), true),
                call("sophos_licensing_get", "tenant_id", t, "path", "licenses"),
                call("sophos_audit_get", "tenant_id", t, "path", "events"),
                call("run_data_lake_query", "tenant_id", t, "sql", SQL, "wait_seconds", 20),
                call("run_live_discover_query", "tenant_id", t, "sql", SQL, "all_endpoints", true, "wait_seconds", 20),
                call("query_detections", "tenant_id", t, "wait_seconds", 20));
    }

    private static Call call(String tool, Object... kv) {
        return new Call(tool, params(kv), false);
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
