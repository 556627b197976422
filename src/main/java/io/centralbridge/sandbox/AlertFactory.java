package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Seeds a tenant's alerts over the last {@code alertDays} days (sophos-api.md §6): each raised by one of
 * the tenant's real endpoints, so {@code managedAgent.id} resolves. About 2% repeat an earlier alert and
 * share its {@code groupKey}, as repeated detections do in Sophos.
 */
final class AlertFactory {
    static final List<String> SEVERITIES = List.of("low", "medium", "high");
    static final List<String> PRODUCTS = List.of("endpoint", "server", "mobile", "emailGateway", "webGateway",
            "wireless", "phishThreat", "iaas", "ztna", "other");
    static final List<String> CATEGORIES = List.of("appReputation", "applicationControl", "azure", "cwg", "denc",
            "downloadReputation", "fenc", "general", "iaas", "malware", "mobiles", "policy", "protection",
            "runtimeDetections", "security", "smc", "systemHealth", "uav", "updating", "virt", "ztnaResource");

    /** One kind of alert: what it says, how bad it is and what an admin may do about it. */
    private record Template(String category, String type, String description, String severity, List<String> actions) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("malware", "Event::Endpoint::Threat::Detected", "Malware detected: '%s' at '%s'", "high",
                    List.of("acknowledge", "cleanVirus")),
            new Template("malware", "Event::Endpoint::Threat::CleanupFailed", "Manual cleanup required: '%s' at '%s'", "high",
                    List.of("clearThreat")),
            new Template("malware", "Event::Endpoint::Threat::PuaDetected", "PUA detected: '%s' at '%s'", "medium",
                    List.of("acknowledge", "cleanPua", "authPua")),
            new Template("runtimeDetections", "Event::Endpoint::Threat::HmpaBehaviorPrevented",
                    "Malicious behavior prevented: '%s' in '%s'", "high", List.of("acknowledge", "clearHmpa")),
            new Template("downloadReputation", "Event::Endpoint::DownloadReputation::Blocked",
                    "Low-reputation download blocked: '%s' from '%s'", "medium", List.of("acknowledge")),
            new Template("applicationControl", "Event::Endpoint::Application::Blocked",
                    "Controlled application blocked: '%s' at '%s'", "low", List.of("acknowledge")),
            new Template("updating", "Event::Endpoint::UpdateFailure", "Failed to update: '%s' (%s)", "medium",
                    List.of("acknowledge")),
            new Template("protection", "Event::Endpoint::ServiceNotRunning",
                    "One or more Sophos services are missing or not running: '%s' (%s)", "medium", List.of("acknowledge")),
            new Template("policy", "Event::Endpoint::NonCompliant", "Device out of compliance: '%s' (%s)", "low",
                    List.of("acknowledge")),
            new Template("denc", "Event::Endpoint::Denc::EncryptionSuspendedEvent",
                    "Device encryption suspended: '%s' (%s)", "low", List.of("acknowledge")),
            new Template("systemHealth", "Event::Endpoint::OutOfDate", "Computer or server out of date: '%s' (%s)", "low",
                    List.of("acknowledge")));
    private static final List<String> THREATS = List.of("EICAR-AV-Test", "Troj/Agent-BGXZ", "Mal/Generic-S",
            "PUA/PsExec", "ML/PE-A", "Mimikatz", "CredentialTheft-1a", "AMSI/PowerShell-A");
    private static final List<String> FILES = List.of("setup_free_vpn.exe", "torrent-client.msi", "AnyDesk.exe",
            "keygen.exe", "remote-helper.zip");
    private static final List<String> PATHS = List.of("C:\\Users\\Public\\Downloads\\invoice.zip",
            "C:\\Windows\\Temp\\svc.exe", "C:\\ProgramData\\update.ps1", "/tmp/.cache/x", "C:\\Users\\Default\\AppData\\a.dll");

    private AlertFactory() {
    }

    static List<ObjectNode> alerts(long seed, int tenantIndex, SandboxTenant tenant, List<ObjectNode> endpoints,
                                   int alertDays, Instant now) {
        Random r = Seeds.random(seed, "alerts", tenantIndex);
        int base = 150 + endpoints.size() * 3;
        int count = (int) Math.min(1500, Math.round(base * (0.8 + 0.4 * r.nextDouble()) * alertDays / 90.0));
        long windowSeconds = alertDays * 86_400L;
        List<ObjectNode> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant raised = now.minusSeconds(1 + (long) (r.nextDouble() * (windowSeconds - 1))).minusMillis(r.nextInt(1000));
            if (!out.isEmpty() && Seeds.chance(r, 0.02)) {
                out.add(repeat(out.get(r.nextInt(out.size())), Seeds.id(seed, "alert", tenantIndex, i), raised));
                continue;
            }
            out.add(alert(Seeds.id(seed, "alert", tenantIndex, i), tenant, Seeds.pick(r, endpoints), r, raised));
        }
        return out;
    }

    private static ObjectNode alert(String id, SandboxTenant tenant, ObjectNode endpoint, Random r, Instant raised) {
        Template t = Seeds.pick(r, TEMPLATES);
        String hostname = endpoint.get("hostname").asText();
        String what = switch (t.category()) {
            case "malware", "runtimeDetections" -> Seeds.pick(r, THREATS);
            case "downloadReputation", "applicationControl" -> Seeds.pick(r, FILES);
            default -> hostname;
        };
        String where = t.category().equals("malware") || t.category().equals("runtimeDetections")
                || t.category().equals("downloadReputation") || t.category().equals("applicationControl")
                ? Seeds.pick(r, PATHS) : endpoint.get("os").get("name").asText();
        String severity = Seeds.chance(r, 0.2) ? Seeds.pick(r, SEVERITIES) : t.severity();
        boolean server = !"computer".equals(endpoint.get("type").asText());
        ObjectNode a = Json.object().put("id", id);
        a.set("allowedActions", Json.strings(t.actions()));
        a.put("category", t.category())
                .put("description", fill(t.description(), what, where))
                .put("groupKey", Base64.getEncoder().encodeToString(
                        ("1," + t.type() + "," + hostname + "," + what + "," + id.substring(0, 8)).getBytes(StandardCharsets.UTF_8)));
        a.set("managedAgent", Json.object().put("id", endpoint.get("id").asText()).put("type", server ? "server" : "computer"));
        if (endpoint.has("associatedPerson")) {
            a.set("person", Json.ref(endpoint.get("associatedPerson").get("id").asText()));
        }
        a.put("product", server ? "server" : "endpoint")
                .put("raisedAt", Json.time(raised))
                .put("severity", severity);
        a.set("tenant", Json.object().put("id", tenant.id()).put("name", tenant.name()));
        a.put("type", t.type());
        return a;
    }

    /** Fills the two {@code %s} of a template; String.format costs too much across thousands of alerts. */
    private static String fill(String template, String first, String second) {
        int a = template.indexOf("%s");
        int b = template.indexOf("%s", a + 2);
        return template.substring(0, a) + first + template.substring(a + 2, b) + second + template.substring(b + 2);
    }

    /** The same detection again, later or earlier: same group key, type and agent, its own id and time. */
    private static ObjectNode repeat(ObjectNode original, String id, Instant raised) {
        ObjectNode a = original.deepCopy();
        a.put("id", id).put("raisedAt", Json.time(raised));
        return a;
    }
}
