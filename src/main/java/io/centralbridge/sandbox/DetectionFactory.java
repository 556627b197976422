package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A tenant's detections over the last 30 days, derived from its endpoints and the seed, so the same tenant
 * always has the same detections. Item shape per sophos-api.md §11; {@code category} and
 * {@code rawData.meta_username} are what the sandbox filters category and user on (UNCONFIRMED upstream).
 */
final class DetectionFactory {
    /** rule, attack type, category, tactic id, tactic name, technique id, technique name, base severity. */
    private static final String[][] RULES = {
            {"WIN-EXE-PRC-POWERSHELL-ENCODED-CMD-1", "Execution", "execution", "TA0002", "Execution", "T1059.001", "PowerShell", "7"},
            {"WIN-CRED-PRC-LSASS-ACCESS-1", "Credential Access", "credentialAccess", "TA0006", "Credential Access", "T1003.001", "LSASS Memory", "9"},
            {"WIN-PER-REG-RUN-KEY-1", "Persistence", "persistence", "TA0003", "Persistence", "T1547.001", "Registry Run Keys", "5"},
            {"LNX-DIS-PRC-NETWORK-SCAN-1", "Discovery", "discovery", "TA0007", "Discovery", "T1046", "Network Service Discovery", "3"},
            {"WIN-LAT-PRC-PSEXEC-1", "Lateral Movement", "lateralMovement", "TA0008", "Lateral Movement", "T1570", "Lateral Tool Transfer", "8"},
            {"WIN-DEF-PRC-DISABLE-DEFENDER-1", "Defense Evasion", "defenseEvasion", "TA0005", "Defense Evasion", "T1562.001", "Disable or Modify Tools", "6"},
            {"NET-C2-DNS-TUNNEL-1", "Command and Control", "commandAndControl", "TA0011", "Command and Control", "T1071.004", "DNS", "4"},
            {"WIN-IMP-FILE-MASS-RENAME-1", "Impact", "impact", "TA0040", "Impact", "T1486", "Data Encrypted for Impact", "10"},
    };

    private DetectionFactory() {
    }

    static List<ObjectNode> of(long seed, String tenantId, List<ObjectNode> endpoints, Instant anchor) {
        Random r = new Random(seed ^ tenantId.hashCode());
        int n = 40 + r.nextInt(40);
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < n && !endpoints.isEmpty(); i++) {
            String[] rule = RULES[r.nextInt(RULES.length)];
            ObjectNode ep = endpoints.get(r.nextInt(endpoints.size()));
            int severity = Math.max(0, Math.min(10, Integer.parseInt(rule[7]) + r.nextInt(3) - 1));
            Instant at = anchor.minus(Duration.ofMinutes(r.nextInt(30 * 24 * 60)));
            ObjectNode d = Json.object().put("id", Seeds.id(seed, "detection", tenantId, i)).put("type", "Threat")
                    .put("severity", severity).put("time", Json.time(at)).put("sensorGeneratedAt", Json.time(at.minusSeconds(2)))
                    .put("detectionRule", rule[0]).put("detectionAttack", rule[1]).put("attackType", rule[1])
                    .put("category", rule[2]).put("ruleDescription", rule[1] + " behaviour seen on " + ep.path("hostname").asText())
                    .put("schema", "xdr_ti_data");
            d.set("sensor", Json.object().put("id", ep.get("id").asText()).put("type", "endpoint").put("source", "Sophos")
                    .put("version", "2024.1").put("name", "Intercept X"));
            d.set("device", Json.object().put("id", ep.get("id").asText()).put("type", ep.path("type").asText())
                    .put("entity", ep.path("hostname").asText()));
            ObjectNode tactic = Json.object().put("id", rule[3]).put("name", rule[4]);
            tactic.set("techniques", Json.array().add(Json.object().put("id", rule[5]).put("name", rule[6])));
            d.set("mitreAttacks", Json.array().add(Json.object().set("tactic", tactic)));
            String user = ep.path("associatedPerson").path("viaLogin").asText("NT AUTHORITY\\SYSTEM");
            d.set("rawData", Json.object().put("meta_hostname", ep.path("hostname").asText()).put("meta_username", user));
            out.add(d);
        }
        out.sort(Comparator.comparing((ObjectNode d) -> d.get("time").asText()).reversed());
        return out;
    }
}
