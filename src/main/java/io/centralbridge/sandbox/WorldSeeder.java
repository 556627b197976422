package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the world from the configuration. Tenants go round-robin over the regions; the organization
 * owns the even-numbered ones (topped up with odd ones to at least four), so it spans every region;
 * tenant #0 has the big directory so that the tenant credential has users to page through.
 */
final class WorldSeeder {
    private static final List<String> NAMES = List.of("Northwind Traders", "Contoso Pharma", "Fabrikam Logistics",
            "Tailspin Toys", "Wide World Importers", "Adventure Works", "Litware Systems", "Proseware Labs",
            "Woodgrove Bank", "Alpine Ski House", "Coho Winery", "Lucerne Publishing", "Margie Travel",
            "Trey Research", "Fourth Coffee", "Blue Yonder Airlines", "Humongous Insurance", "Relecloud Media",
            "Bellows College", "Munson Pickles");

    private WorldSeeder() {
    }

    static SandboxWorld seed(SandboxConfig config, Map<String, String> regionUrls, Instant anchor) {
        long seed = config.seed();
        String partnerId = Seeds.id(seed, "partner");
        String organizationId = Seeds.id(seed, "organization");
        int n = config.tenantCount();
        boolean[] owned = organizationOwned(n);
        Random names = Seeds.random(seed, "tenant-names", 0);
        List<String> shuffled = new ArrayList<>(NAMES);
        java.util.Collections.shuffle(shuffled, names);
        List<TenantData> data = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Random r = Seeds.random(seed, "tenant", i);
            String region = config.regions().get(i % config.regions().size());
            String name = shuffled.get(i % shuffled.size()) + (i < shuffled.size() ? "" : " " + (i / shuffled.size() + 1));
            double b = r.nextDouble();
            SandboxTenant tenant = new SandboxTenant(Seeds.id(seed, "tenant", i), name,
                    name.split(" ")[0] + (i < shuffled.size() ? "" : "-" + (i / shuffled.size() + 1)),
                    Regions.geography(region), region, b < 0.6 ? "term" : b < 0.9 ? "usage" : "trial",
                    "active", regionUrls.get(region), owned[i] ? organizationId : null);
            int userCount = i == 0 ? config.bigDirectoryUsers() : Seeds.between(r, 5, 60);
            int endpointCount = Seeds.between(r, config.endpointsMin(), config.endpointsMax());
            int index = i;
            data.add(new TenantData(i, tenant, () -> {
                List<ObjectNode> users = UserFactory.users(seed, index, tenant, userCount, anchor);
                List<ObjectNode> endpoints = EndpointFactory.endpoints(seed, index, tenant.id(), endpointCount, users, anchor);
                List<ObjectNode> alerts = AlertFactory.alerts(seed, index, tenant, endpoints, config.alertDays(), anchor);
                return new TenantData.Contents(endpoints, alerts, users, TenantPosture.seed(seed, index));
            }));
        }
        return new SandboxWorld(partnerId, organizationId, anchor, data);
    }

    private static boolean[] organizationOwned(int n) {
        boolean[] owned = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i += 2) {
            owned[i] = true;
            count++;
        }
        for (int i = 1; i < n && count < 4; i += 2) {
            owned[i] = true;
            count++;
        }
        return owned;
    }
}
