package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The account health check (sophos-api.md §7) computed from a tenant's endpoints, so it always agrees
 * with what the endpoint API says. "server" counts servers and security VMs. A score is
 * {@code round(100 * (total - failing) / total)}, 100 when there is nothing to fail; exclusion scores
 * lose 25 points per risky exclusion.
 */
final class HealthCheckReport {
    static final List<String> CHECKS = List.of("protection", "policy", "exclusions", "tamperProtection");

    private HealthCheckReport() {
    }

    static ObjectNode of(SandboxTenant tenant, List<ObjectNode> endpoints, TenantPosture posture, Set<String> checks) {
        List<ObjectNode> computers = endpoints.stream().filter(e -> "computer".equals(e.get("type").asText())).toList();
        List<ObjectNode> servers = endpoints.stream().filter(e -> !"computer".equals(e.get("type").asText())).toList();
        ObjectNode endpoint = Json.object();
        if (checks.contains("protection")) {
            Predicate<ObjectNode> notProtected = e -> !"good".equals(e.at("/health/overall").asText());
            endpoint.set("protection", Json.object()
                    .<ObjectNode>set("computer", counted(computers, notProtected, "notFullyProtected"))
                    .set("server", counted(servers, notProtected, "notFullyProtected")));
        }
        if (checks.contains("policy")) {
            endpoint.set("policy", Json.object()
                    .<ObjectNode>set("computer", Json.object().set("threat-protection", policies(posture.computerPolicies())))
                    .set("server", Json.object().set("server-threat-protection", policies(posture.serverPolicies()))));
        }
        if (checks.contains("exclusions")) {
            endpoint.set("exclusions", exclusions(posture));
        }
        if (checks.contains("tamperProtection")) {
            Predicate<ObjectNode> disabled = e -> !e.path("tamperProtectionEnabled").asBoolean(false);
            boolean global = posture.globalTamperProtection();
            ObjectNode tp = Json.object()
                    .<ObjectNode>set("computer", counted(computers, disabled, "disabled"))
                    .<ObjectNode>set("server", counted(servers, disabled, "disabled"))
                    .put("global", global);
            tp.set("globalDetail", Json.object().put("enabled", global).put("score", global ? 100 : 0).put("snoozed", false));
            endpoint.set("tamperProtection", tp);
        }
        ObjectNode report = Json.object();
        report.set("tenant", Json.object().put("id", tenant.id()).put("name", tenant.name()));
        report.set("endpoint", endpoint);
        return report;
    }

    static int score(int total, int failing) {
        return total == 0 ? 100 : (int) Math.round(100.0 * (total - failing) / total);
    }

    private static ObjectNode counted(List<ObjectNode> endpoints, Predicate<ObjectNode> failing, String failingName) {
        int total = endpoints.size();
        int bad = (int) endpoints.stream().filter(failing).count();
        return Json.object().put("total", total).put(failingName, bad).put("score", score(total, bad)).put("snoozed", false);
    }

    private static ObjectNode policies(List<TenantPosture.Policy> policies) {
        int off = (int) policies.stream().filter(TenantPosture.Policy::notOnRecommended).count();
        ArrayNode items = Json.array();
        for (TenantPosture.Policy p : policies) {
            items.add(Json.object().put("id", p.id()).put("name", p.name())
                    .put("notOnRecommended", p.notOnRecommended()).put("lockedByManagingAccount", p.lockedByManagingAccount()));
        }
        return Json.object().put("total", policies.size()).put("notOnRecommended", off)
                .put("score", score(policies.size(), off)).put("snoozed", false).set("policies", items);
    }

    private static ObjectNode exclusions(TenantPosture posture) {
        ArrayNode global = Json.array();
        posture.globalExclusions().forEach(e -> global.add(Json.object().put("id", e.id()).put("value", e.value())
                .put("type", e.type()).put("scanMode", e.scanMode()).put("reasonCode", e.reasonCode())));
        int risks = posture.globalExclusions().size();
        ObjectNode g = Json.object().put("numberOfSecurityRisks", risks).put("lockedByManagingAccount", false)
                .put("score", Math.max(0, 100 - 25 * risks)).put("snoozed", false);
        g.set("scanningExclusions", global);
        return Json.object()
                .<ObjectNode>set("policy", Json.object()
                        .<ObjectNode>set("computer", policyExclusions(posture.computerPolicies()))
                        .set("server", policyExclusions(posture.serverPolicies())))
                .set("global", g);
    }

    private static ObjectNode policyExclusions(List<TenantPosture.Policy> policies) {
        ArrayNode items = Json.array();
        int risks = 0;
        for (TenantPosture.Policy p : policies) {
            if (p.exclusions().isEmpty()) {
                continue;
            }
            ArrayNode list = Json.array();
            p.exclusions().forEach(e -> list.add(Json.object().put("value", e.value()).put("type", e.type())
                    .put("scanMode", e.scanMode()).put("reasonCode", e.reasonCode())));
            risks += p.exclusions().size();
            items.add(Json.object().put("policyId", p.id()).put("policyName", p.name())
                    .put("lockedByManagingAccount", p.lockedByManagingAccount()).set("scanningExclusions", list));
        }
        return Json.object().put("total", policies.size()).put("numberOfSecurityRisks", risks)
                .put("score", Math.max(0, 100 - 25 * risks)).put("snoozed", false).set("exclusions", items);
    }
}
