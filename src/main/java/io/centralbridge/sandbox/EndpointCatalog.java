package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Random;

/** The operating systems, services and products the seeded endpoints are made of. */
final class EndpointCatalog {
    /** An operating system as the endpoint object's {@code os} reports it. */
    record Os(String platform, String name, boolean isServer, int major, int minor, Object build) {
        ObjectNode json() {
            ObjectNode os = Json.object().put("isServer", isServer).put("platform", platform).put("name", name)
                    .put("majorVersion", major).put("minorVersion", minor);
            if (build instanceof Integer i) {
                os.put("build", i);
            } else if (build != null) {
                os.put("build", build.toString());
            }
            return os;
        }
    }

    static final List<Os> WINDOWS_COMPUTERS = List.of(
            new Os("windows", "Windows 10 Pro", false, 10, 0, 19045),
            new Os("windows", "Windows 10 Enterprise", false, 10, 0, 19044),
            new Os("windows", "Windows 11 Pro", false, 10, 0, 22631),
            new Os("windows", "Windows 11 Enterprise", false, 10, 0, 26100));
    static final List<Os> MAC_COMPUTERS = List.of(
            new Os("macOS", "macOS Sonoma 14.6", false, 14, 6, "23G80"),
            new Os("macOS", "macOS Sequoia 15.2", false, 15, 2, "24C101"));
    static final List<Os> LINUX_COMPUTERS = List.of(
            new Os("linux", "Ubuntu 22.04.4 LTS", false, 22, 4, null));
    static final List<Os> WINDOWS_SERVERS = List.of(
            new Os("windows", "Windows Server 2016 Standard", true, 10, 0, 14393),
            new Os("windows", "Windows Server 2019 Standard", true, 10, 0, 17763),
            new Os("windows", "Windows Server 2022 Datacenter", true, 10, 0, 20348));
    static final List<Os> LINUX_SERVERS = List.of(
            new Os("linux", "Ubuntu 22.04.4 LTS", true, 22, 4, null),
            new Os("linux", "Red Hat Enterprise Linux 9.4", true, 9, 4, null),
            new Os("linux", "Amazon Linux 2023", true, 2023, 0, null));
    static final Os SECURITY_VM = new Os("linux", "Sophos Security VM (CentOS 7.9)", true, 7, 9, null);

    static final List<String> SERVICES = List.of("Sophos MCS Agent", "Sophos MCS Client", "Sophos Endpoint Defense",
            "Sophos File Scanner", "Sophos Network Threat Protection", "Sophos AutoUpdate Service", "Sophos EDR Agent",
            "HitmanPro.Alert service");

    static final List<String> SERVER_ROLES = List.of("web", "db", "app", "dc", "file", "mail", "print", "backup", "sql", "build");
    static final List<String> COMPUTER_GROUPS = List.of("Sales Laptops", "Engineering Workstations", "Finance",
            "Kiosks", "Remote Staff");
    static final List<String> SERVER_GROUPS = List.of("Production Servers", "Staging Servers", "Domain Controllers");

    private EndpointCatalog() {
    }

    static Os os(Random r, String type) {
        double d = r.nextDouble();
        return switch (type) {
            case "computer" -> d < 0.80 ? Seeds.pick(r, WINDOWS_COMPUTERS)
                    : d < 0.95 ? Seeds.pick(r, MAC_COMPUTERS) : Seeds.pick(r, LINUX_COMPUTERS);
            case "server" -> d < 0.65 ? Seeds.pick(r, WINDOWS_SERVERS) : Seeds.pick(r, LINUX_SERVERS);
            default -> SECURITY_VM;
        };
    }

    /** Product codes and versions an endpoint of that type and platform carries. */
    static List<String[]> products(Random r, String type, String platform) {
        List<String[]> p = new java.util.ArrayList<>();
        p.add(new String[] {"coreAgent", "2024.3." + Seeds.between(r, 1, 9) + "." + Seeds.between(r, 1, 40)});
        p.add(new String[] {"interceptX", "2024.3." + Seeds.between(r, 1, 4) + "." + Seeds.between(r, 1, 20)});
        if ("windows".equals(platform)) {
            p.add(new String[] {"endpointProtection", "10.8." + Seeds.between(r, 9, 11) + "." + Seeds.between(r, 1, 9)});
        }
        if (!"securityVm".equals(type) && Seeds.chance(r, 0.6)) {
            p.add(new String[] {"xdr", "2024.3." + Seeds.between(r, 1, 4) + ".1"});
        }
        if (!"securityVm".equals(type) && Seeds.chance(r, 0.2)) {
            p.add(new String[] {"mtr", "1.0." + Seeds.between(r, 1, 9)});
        }
        if ("computer".equals(type) && !"linux".equals(platform) && Seeds.chance(r, 0.4)) {
            p.add(new String[] {"deviceEncryption", "2.0." + Seeds.between(r, 80, 99)});
        }
        return p;
    }
}
