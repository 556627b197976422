package io.centralbridge.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tenant's threat-protection policies and risky scanning exclusions: the parts of the account health
 * check that do not follow from the endpoints themselves.
 */
record TenantPosture(List<Policy> computerPolicies, List<Policy> serverPolicies, List<Exclusion> globalExclusions,
                     boolean globalTamperProtection) {

    record Policy(String id, String name, boolean notOnRecommended, boolean lockedByManagingAccount,
                  List<Exclusion> exclusions) {
    }

    record Exclusion(String id, String value, String type, String scanMode, String reasonCode) {
    }

    private static final List<Exclusion> RISKY = List.of(
            new Exclusion(null, "C:\\Windows\\", "path", "onDemandAndOnAccess", "windowsDirectories"),
            new Exclusion(null, "D:\\", "path", "onDemandAndOnAccess", "entireDrive"),
            new Exclusion(null, "*.exe", "path", "onAccess", "allFilesWithExecutableExtension"),
            new Exclusion(null, "%SystemRoot%\\System32\\", "path", "onDemandAndOnAccess", "usesWindowsPathVariables"),
            new Exclusion(null, "C:\\Windows\\System32\\cmd.exe", "process", "onAccess", "windowsSystemTools"));

    static TenantPosture seed(long seed, int tenantIndex) {
        Random r = Seeds.random(seed, "posture", tenantIndex);
        List<Policy> computer = policies(seed, tenantIndex, "computer", "Threat Protection", r);
        List<Policy> server = policies(seed, tenantIndex, "server", "Server Threat Protection", r);
        List<Exclusion> global = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            Exclusion e = RISKY.get(r.nextInt(RISKY.size()));
            global.add(new Exclusion(Seeds.id(seed, "exclusion", tenantIndex, i), e.value(), e.type(), e.scanMode(), e.reasonCode()));
        }
        return new TenantPosture(computer, server, global, true);
    }

    private static List<Policy> policies(long seed, int tenantIndex, String kind, String label, Random r) {
        List<Policy> out = new ArrayList<>();
        out.add(new Policy(Seeds.id(seed, "policy", tenantIndex, kind, 0), "Base Policy - " + label,
                false, false, List.of()));
        for (int i = 1, n = r.nextInt(3); i <= n; i++) {
            List<Exclusion> exclusions = Seeds.chance(r, 0.4) ? List.of(RISKY.get(r.nextInt(RISKY.size()))) : List.of();
            out.add(new Policy(Seeds.id(seed, "policy", tenantIndex, kind, i), label + " - Custom " + i,
                    Seeds.chance(r, 0.5), Seeds.chance(r, 0.2), exclusions));
        }
        return out;
    }
}
