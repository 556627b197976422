package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds a tenant's endpoint settings (sophos-api.md §5): allowed and blocked items, scanning exclusions
 * (the global ones of the health-check posture first, so both APIs agree) and web-control local sites.
 */
final class SettingsFactory {
    record Settings(List<ObjectNode> allowed, List<ObjectNode> blocked, List<ObjectNode> exclusions,
                    List<ObjectNode> localSites) {
    }

    static final List<String> EXCLUSION_TYPES = List.of("path", "posixPath", "virtualPath", "process", "web", "pua",
            "amsi", "behavioral", "exploitMitigation", "detectedExploit", "journalHashingProcess");
    private static final List<String[]> APPS = List.of(
            new String[] {"LOB-Invoicing.exe", "C:\\Program Files\\Contoso\\LOB\\"},
            new String[] {"backup-agent.exe", "C:\\Program Files\\Veeam\\"},
            new String[] {"plant-hmi.exe", "D:\\SCADA\\"},
            new String[] {"pricing-tool.xlsm", "C:\\Finance\\Macros\\"},
            new String[] {"remote-support.exe", "C:\\Tools\\"});
    private static final List<String[]> EXCLUSIONS = List.of(
            new String[] {"C:\\ProgramData\\Veeam\\Backup\\", "path", "onAccess", "Backup repository: scanning slows jobs"},
            new String[] {"/var/lib/postgresql/", "posixPath", "onDemandAndOnAccess", "Database files"},
            new String[] {"C:\\Program Files\\Microsoft SQL Server\\MSSQL\\DATA\\*.mdf", "path", "onAccess", "SQL data files"},
            new String[] {"sqlservr.exe", "process", "onAccess", "SQL Server process"},
            new String[] {"https://updates.contoso-lob.example", "web", "onAccess", "Vendor update site"},
            new String[] {"PsExec", "pua", "onDemandAndOnAccess", "Used by IT operations"});
    private static final List<String[]> SITES = List.of(
            new String[] {"intranet.%s.com", "Business"}, new String[] {"payroll.%s-partner.example", "Finance"},
            new String[] {"*.sharepoint.com", "Collaboration"}, new String[] {"crm.%s.com", "Business"},
            new String[] {"192.168.10.0/24", "Internal"}, new String[] {"gaming.example.net", "Blocked"});

    private SettingsFactory() {
    }

    static Settings seed(long seed, int index, SandboxTenant tenant, TenantPosture posture, List<ObjectNode> users,
                         List<ObjectNode> endpoints, Instant now) {
        Random r = Seeds.random(seed, "settings", index);
        List<ObjectNode> allowed = new ArrayList<>();
        for (int i = 0, n = Seeds.between(r, 6, 18); i < n; i++) {
            String[] app = APPS.get(i % APPS.size());
            String type = i % 3 == 0 ? "sha256" : i % 3 == 1 ? "path" : "certificateSigner";
            ObjectNode props = Json.object().put("fileName", app[0]);
            switch (type) {
                case "sha256" -> props.put("sha256", Seeds.hex(r, 32));
                case "path" -> props.put("path", app[1] + (i / APPS.size() == 0 ? "" : "v" + i + "\\") + app[0]);
                default -> props.put("certificateSigner", "Contoso Software Ltd " + (i + 1));
            }
            allowed.add(item(Seeds.id(seed, "allowed-item", index, i), type, props, "Allowed: line-of-business app",
                    r, users, endpoints, now));
        }
        List<ObjectNode> blocked = new ArrayList<>();
        for (int i = 0, n = Seeds.between(r, 3, 12); i < n; i++) {
            ObjectNode props = Json.object().put("fileName", "blocked-" + Seeds.hex(r, 3) + ".exe")
                    .put("sha256", Seeds.hex(r, 32));
            blocked.add(item(Seeds.id(seed, "blocked-item", index, i), "sha256", props,
                    "Blocked after incident review", r, users, endpoints, now));
        }
        List<ObjectNode> exclusions = new ArrayList<>();
        for (TenantPosture.Exclusion e : posture.globalExclusions()) {
            exclusions.add(Json.object().put("id", e.id()).put("value", e.value()).put("type", e.type())
                    .put("scanMode", e.scanMode()).put("comment", "Added during rollout"));
        }
        for (int i = 0, n = Seeds.between(r, 2, EXCLUSIONS.size()); i < n; i++) {
            String[] x = EXCLUSIONS.get(i);
            exclusions.add(Json.object().put("id", Seeds.id(seed, "scanning-exclusion", index, i)).put("value", x[0])
                    .put("type", x[1]).put("scanMode", x[2]).put("comment", x[3]).put("description", x[3]));
        }
        List<ObjectNode> sites = new ArrayList<>();
        String slug = UserFactory.slug(tenant.name());
        for (int i = 0, n = Seeds.between(r, 2, SITES.size()); i < n; i++) {
            String[] s = SITES.get(i);
            ObjectNode site = Json.object().put("id", Seeds.id(seed, "local-site", index, i))
                    .put("url", s[0].replace("%s", slug)).put("categoryId", Seeds.between(r, 1, 57));
            site.set("tags", Json.strings(List.of(s[1])));
            site.put("comment", s[1] + " site");
            sites.add(site);
        }
        return new Settings(allowed, blocked, exclusions, sites);
    }

    private static ObjectNode item(String id, String type, ObjectNode props, String comment, Random r,
                                   List<ObjectNode> users, List<ObjectNode> endpoints, Instant now) {
        ObjectNode o = Json.object().put("id", id).put("type", type);
        o.set("properties", props);
        o.put("comment", comment).put("createdAt", Json.time(now.minus(Duration.ofHours(Seeds.between(r, 2, 8000)))));
        o.set("createdBy", Json.object().put("id", Seeds.id(r.nextLong(), "admin")).put("name", "Central Admin"));
        if (!users.isEmpty() && Seeds.chance(r, 0.5)) {
            ObjectNode u = Seeds.pick(r, users);
            o.set("originPerson", Json.object().put("id", u.get("id").asText()).put("name", u.get("name").asText()));
        }
        if (!endpoints.isEmpty() && Seeds.chance(r, 0.5)) {
            o.set("originEndpoint", Json.ref(Seeds.pick(r, endpoints).get("id").asText()));
        }
        return o;
    }
}
