package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds a tenant's cases (sophos-api.md §12), each with its detections (the Detections result shape, §11)
 * raised on the tenant's own endpoints, so impacted entities and the MITRE summary follow from them.
 */
final class CaseFactory {
    /** A case and what hangs off it. */
    record SeededCase(ObjectNode json, List<ObjectNode> detections, List<ObjectNode> entities, ObjectNode mitre) {
    }

    static final List<String> TYPES = List.of("incident", "investigation", "generalRequest", "customerRequest",
            "activeThreat", "hunt");
    static final List<String> STATUSES = List.of("new", "investigating", "inProgress", "actionRequired", "resolved");
    static final List<String> SEVERITIES = List.of("informational", "low", "medium", "high", "critical", "notSet");
    private static final String[][] TECHNIQUES = {
            {"TA0002", "Execution", "T1059", "Command and Scripting Interpreter"},
            {"TA0003", "Persistence", "T1547", "Boot or Logon Autostart Execution"},
            {"TA0005", "Defense Evasion", "T1562", "Impair Defenses"},
            {"TA0006", "Credential Access", "T1003", "OS Credential Dumping"},
            {"TA0008", "Lateral Movement", "T1021", "Remote Services"},
            {"TA0011", "Command and Control", "T1071", "Application Layer Protocol"}};
    private static final String[] RULES = {"WIN-EXE-PRC-POWERSHELL-ENCODED-1", "WIN-CRED-LSASS-ACCESS-2",
            "WIN-PER-REG-RUNKEY-3", "WIN-EVA-DEFENDER-DISABLE-1", "LNX-EXE-CURL-PIPE-SH-1", "WIN-LAT-PSEXEC-SVC-1"};

    private CaseFactory() {
    }

    static List<SeededCase> seed(long seed, int index, SandboxTenant tenant, List<ObjectNode> endpoints, Instant now) {
        Random r = Seeds.random(seed, "cases", index);
        List<SeededCase> out = new ArrayList<>();
        for (int i = 0, n = Seeds.between(r, 6, 18); i < n; i++) {
            String id = Seeds.id(seed, "case", index, i);
            Instant created = now.minus(Duration.ofMinutes(Seeds.between(r, 60, 80 * 24 * 60)));
            List<ObjectNode> detections = new ArrayList<>();
            for (int d = 0, m = Seeds.between(r, 1, 6); d < m; d++) {
                detections.add(detection(Seeds.id(seed, "case-detection", index, i, d), tenant,
                        Seeds.pick(r, endpoints), r, created.plus(Duration.ofMinutes(d * 7L))));
            }
            ObjectNode c = Json.object().put("id", id).put("name", "Case " + (1000 + index * 100 + i) + ": "
                    + detections.get(0).get("detectionRule").asText());
            String status = Seeds.pick(r, STATUSES);
            c.put("type", Seeds.pick(r, TYPES)).put("status", status)
                    .put("severity", Seeds.pick(r, SEVERITIES.subList(0, 5)))
                    .put("managedBy", Seeds.chance(r, 0.4) ? "sophos" : "self")
                    .put("overview", "Suspicious activity on " + detections.get(0).at("/device/entity").asText());
            if ("resolved".equals(status)) {
                c.put("verdict", Seeds.chance(r, 0.7) ? "truePositive" : "falsePositive");
            }
            c.put("escalated", Seeds.chance(r, 0.2)).put("detectionCount", detections.size());
            c.set("tenant", Json.ref(tenant.id()));
            c.put("createdAt", Json.time(created)).put("updatedAt", Json.time(created.plus(Duration.ofHours(Seeds.between(r, 1, 200)))));
            ObjectNode who = Json.object().put("id", Seeds.id(seed, "case-user", index, i % 3)).put("type", "user")
                    .put("name", "SOC Analyst " + (i % 3 + 1)).put("accountType", "tenant").put("accountId", tenant.id());
            c.set("createdBy", who);
            if (!"new".equals(status)) {
                c.put("assignedAt", Json.time(created.plus(Duration.ofMinutes(30))));
                c.set("assignee", who.deepCopy());
            }
            ObjectNode first = detections.get(0);
            ObjectNode initial = Json.object().put("id", first.get("id").asText()).put("severity", first.get("severity").asInt())
                    .put("type", first.get("type").asText()).put("detectionRule", first.get("detectionRule").asText());
            initial.set("mitreAttacks", first.get("mitreAttacks").deepCopy());
            initial.put("time", first.get("time").asText());
            initial.set("sensor", first.get("sensor").deepCopy());
            c.set("initialDetection", initial);
            out.add(new SeededCase(c, detections, entities(detections), mitre(detections)));
        }
        out.sort((a, b) -> b.json().get("createdAt").asText().compareTo(a.json().get("createdAt").asText()));
        return out;
    }

    private static ObjectNode detection(String id, SandboxTenant tenant, ObjectNode endpoint, Random r, Instant at) {
        String[] t = TECHNIQUES[r.nextInt(TECHNIQUES.length)];
        String rule = RULES[r.nextInt(RULES.length)];
        ObjectNode d = Json.object().put("id", id).put("type", "Threat").put("severity", Seeds.between(r, 3, 10))
                .put("time", Json.time(at)).put("sensorGeneratedAt", Json.time(at.minusSeconds(4)))
                .put("detectionRule", rule).put("detectionAttack", t[3]).put("attackType", t[1])
                .put("ruleDescription", "Detects " + t[3].toLowerCase(java.util.Locale.ROOT) + " (" + t[2] + ")")
                .put("schema", "xdr_ti_data");
        d.set("sensor", Json.object().put("id", endpoint.get("id").asText()).put("type", "endpoint")
                .put("source", "Sophos").put("version", "2024.3").put("name", "Sophos Endpoint"));
        d.set("device", Json.object().put("id", endpoint.get("id").asText()).put("type", endpoint.get("type").asText())
                .put("entity", endpoint.get("hostname").asText()));
        ArrayNode mitre = d.putArray("mitreAttacks");
        mitre.add(Json.object().<ObjectNode>set("tactic", Json.object().put("id", t[0]).put("name", t[1])
                .<ObjectNode>set("techniques", Json.array().add(Json.object().put("id", t[2]).put("name", t[3])))));
        d.set("rawData", Json.object().put("meta_hostname", endpoint.get("hostname").asText())
                .put("process_name", "powershell.exe").put("tenant_id", tenant.id()));
        return d;
    }

    private static List<ObjectNode> entities(List<ObjectNode> detections) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (ObjectNode d : detections) {
            String deviceId = d.at("/device/id").asText();
            ObjectNode e = byId.computeIfAbsent(deviceId, k -> {
                ObjectNode n = Json.object().put("id", k).put("name", d.at("/device/entity").asText()).put("type", "device");
                n.putArray("detections");
                n.set("entityAttributes", Json.object().put("deviceType", d.at("/device/type").asText()));
                return n;
            });
            ((ArrayNode) e.get("detections")).add(Json.object().put("id", d.get("id").asText())
                    .put("detectionRule", d.get("detectionRule").asText()));
            String proc = "proc:" + d.at("/rawData/process_name").asText();
            ObjectNode f = byId.computeIfAbsent(proc, k -> {
                ObjectNode n = Json.object().put("id", Seeds.id(0, k)).put("name", d.at("/rawData/process_name").asText())
                        .put("type", "file");
                n.putArray("detections");
                n.set("entityAttributes", Json.object().put("path", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\"));
                return n;
            });
            ((ArrayNode) f.get("detections")).add(Json.object().put("id", d.get("id").asText())
                    .put("detectionRule", d.get("detectionRule").asText()));
        }
        return new ArrayList<>(byId.values());
    }

    private static ObjectNode mitre(List<ObjectNode> detections) {
        Map<String, ObjectNode> tactics = new LinkedHashMap<>();
        for (ObjectNode d : detections) {
            for (var m : d.get("mitreAttacks")) {
                var tactic = m.get("tactic");
                ObjectNode t = tactics.computeIfAbsent(tactic.get("id").asText(), k -> {
                    ObjectNode n = Json.object().put("id", k).put("name", tactic.get("name").asText());
                    n.putArray("techniques");
                    return n;
                });
                for (var tech : tactic.get("techniques")) {
                    ArrayNode list = (ArrayNode) t.get("techniques");
                    if (!list.findValuesAsText("id").contains(tech.get("id").asText())) {
                        list.add(tech.deepCopy());
                    }
                }
            }
        }
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("tactics");
        tactics.values().forEach(list::add);
        return out;
    }
}
