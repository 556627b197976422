package io.centralbridge.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The four score families of the health-check tree (sophos-api.md §7), flattened for people and agents. */
public final class HealthScores {

    private HealthScores() {
    }

    public static ObjectNode of(JsonNode raw, ObjectMapper json) {
        JsonNode ep = raw.path("endpoint");
        ObjectNode s = json.createObjectNode();
        ObjectNode protection = s.putObject("protection");
        score(protection, "computer", ep.path("protection").path("computer"));
        score(protection, "server", ep.path("protection").path("server"));
        ObjectNode policy = s.putObject("policy");
        score(policy, "computer", ep.path("policy").path("computer").path("threat-protection"));
        score(policy, "server", ep.path("policy").path("server").path("server-threat-protection"));
        ObjectNode exclusions = s.putObject("exclusions");
        score(exclusions, "computer", ep.path("exclusions").path("policy").path("computer"));
        score(exclusions, "server", ep.path("exclusions").path("policy").path("server"));
        score(exclusions, "global", ep.path("exclusions").path("global"));
        ObjectNode tamper = s.putObject("tamperProtection");
        score(tamper, "computer", ep.path("tamperProtection").path("computer"));
        score(tamper, "server", ep.path("tamperProtection").path("server"));
        JsonNode global = ep.path("tamperProtection").path("globalDetail");
        if (!global.isMissingNode()) {
            score(tamper, "global", global);
        }
        return s;
    }

    private static void score(ObjectNode into, String name, JsonNode node) {
        JsonNode score = node.path("score");
        if (score.isNumber()) {
            into.put(name, score.asInt());
        } else {
            into.putNull(name);
        }
    }
}
