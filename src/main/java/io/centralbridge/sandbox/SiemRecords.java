package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * One SIEM event or alert, built from its id and time alone, so the same position always gives the same
 * record. Fields per sophos-api.md §8; severity lowercase as in real payloads.
 */
final class SiemRecords {
    private static final String[] SEVERITIES = {"low", "medium", "high"};
    private static final String[][] EVENT_TYPES = {
            {"Event::Endpoint::Threat::Detected", "MALWARE", "Malware detected: 'EICAR-AV-Test' at 'C:\\Users\\Public\\eicar.com'"},
            {"Event::Endpoint::Threat::Cleaned", "MALWARE", "Malware cleaned up: 'EICAR-AV-Test'"},
            {"Event::Endpoint::WebControlViolation", "WEB", "Website blocked: gambling.example.com"},
            {"Event::Endpoint::UpdateSuccess", "UPDATING", "Update succeeded"},
            {"Event::Endpoint::CoreHeartbeatRestored", "PROTECTION", "Core agent heartbeat restored"},
            {"Event::Endpoint::Application::Blocked", "APPLICATION_CONTROL", "Application blocked: uTorrent"},
    };
    private static final String[][] ALERT_TYPES = {
            {"Event::Endpoint::Threat::Detected", "Malware detected: 'Mal/Generic-S'"},
            {"Event::Endpoint::OutOfDate", "Endpoint out of date"},
            {"Event::Endpoint::NotProtected", "Protection is not running"},
            {"Event::Endpoint::HmpaExploitPrevented", "Exploit prevented in 'winword.exe'"},
    };

    private SiemRecords() {
    }

    static ObjectNode event(String id, String tenantId, Instant at) {
        Random r = random(id);
        String[] type = EVENT_TYPES[r.nextInt(EVENT_TYPES.length)];
        String host = "host-" + (100 + r.nextInt(900));
        ObjectNode e = Json.object()
                .put("id", id)
                .put("type", type[0])
                .put("name", type[2])
                .put("severity", SEVERITIES[r.nextInt(SEVERITIES.length)])
                .put("group", type[1])
                .put("origin", r.nextBoolean() ? "ML" : "SAV")
                .put("created_at", Json.time(at.plusMillis(r.nextInt(500))))
                .put("when", Json.time(at))
                .put("customer_id", tenantId)
                .put("endpoint_id", uuid(r).toString())
                .put("endpoint_type", r.nextInt(4) == 0 ? "server" : "computer")
                .put("user_id", uuid(r).toString())
                .put("source", "CORP\\user" + r.nextInt(250))
                .put("location", host);
        if (type[1].equals("MALWARE")) {
            e.put("threat", "EICAR-AV-Test");
            e.put("appSha256", Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()));
        }
        e.putObject("source_info").put("ip", "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256));
        return e;
    }

    static ObjectNode alert(String id, String tenantId, Instant at) {
        Random r = random(id);
        String[] type = ALERT_TYPES[r.nextInt(ALERT_TYPES.length)];
        String host = "host-" + (100 + r.nextInt(900));
        ObjectNode a = Json.object()
                .put("id", id)
                .put("type", type[0])
                .put("description", type[1])
                .put("severity", SEVERITIES[r.nextInt(SEVERITIES.length)])
                .put("created_at", Json.time(at.plusMillis(r.nextInt(500))))
                .put("when", Json.time(at))
                .put("customer_id", tenantId)
                .put("event_service_event_id", uuid(r).toString())
                .put("location", host)
                .put("source", "CORP\\user" + r.nextInt(250))
                .put("threat", type[0].contains("Threat") ? "Mal/Generic-S" : null)
                .put("threat_cleanable", r.nextBoolean());
        ObjectNode data = a.putObject("data")
                .put("endpoint_id", uuid(r).toString())
                .put("endpoint_type", r.nextInt(4) == 0 ? "server" : "computer")
                .put("endpoint_platform", r.nextInt(5) == 0 ? "linux" : "windows")
                .put("threat_id", uuid(r).toString())
                .put("created_at", at.toEpochMilli())
                .put("inserted_at", at.toEpochMilli() + 200);
        data.putObject("source_info").put("ip", "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256));
        a.putObject("info");
        return a;
    }

    private static Random random(String id) {
        return new Random(id.hashCode() * 31L + id.length());
    }

    private static UUID uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong());
    }
}
