package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeds a tenant's endpoints in the full-view shape of sophos-api.md §5: about 75% computers, 20%
 * servers, 5% security VMs; mostly healthy, tamper protected and seen within days; a few isolated and a
 * few stale for weeks. Fields an endpoint does not have are left out, as Sophos does. Sorted by id.
 */
final class EndpointFactory {
    private EndpointFactory() {
    }

    static List<ObjectNode> endpoints(long seed, int tenantIndex, String tenantId, int count,
                                      List<ObjectNode> users, Instant now) {
        Random r = Seeds.random(seed, "endpoints", tenantIndex);
        Set<String> hostnames = new HashSet<>();
        List<ObjectNode> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double d = r.nextDouble();
            String type = d < 0.75 ? "computer" : d < 0.95 ? "server" : "securityVm";
            out.add(endpoint(seed, tenantIndex, tenantId, i, type, users, hostnames, r, now));
        }
        out.sort(Comparator.comparing(e -> e.get("id").asText()));
        return out;
    }

    private static ObjectNode endpoint(long seed, int tenantIndex, String tenantId, int i, String type,
                                       List<ObjectNode> users, Set<String> hostnames, Random r, Instant now) {
        EndpointCatalog.Os os = EndpointCatalog.os(r, type);
        ObjectNode user = "computer".equals(type) && !users.isEmpty() ? Seeds.pick(r, users) : null;
        String hostname = unique(hostnames, hostname(r, type, os, user, i));
        ObjectNode e = Json.object()
                .put("id", Seeds.id(seed, "endpoint", tenantIndex, i))
                .put("type", type);
        e.set("tenant", Json.ref(tenantId));
        e.put("hostname", hostname);
        e.set("health", health(r));
        e.set("os", os.json());
        e.set("ipv4Addresses", Json.array().add("10." + tenantIndex + "." + r.nextInt(256) + "." + Seeds.between(r, 2, 254)));
        if (Seeds.chance(r, 0.5)) {
            e.set("ipv6Addresses", Json.array().add("fe80::" + Integer.toHexString(r.nextInt(0x10000)) + ":"
                    + Integer.toHexString(r.nextInt(0x10000)) + ":" + Integer.toHexString(r.nextInt(0x10000)) + ":"
                    + Integer.toHexString(r.nextInt(0x10000))));
        }
        byte[] mac = new byte[3];
        r.nextBytes(mac);
        e.set("macAddresses", Json.array().add("00:50:56:" + HexFormat.ofDelimiter(":").withUpperCase().formatHex(mac)));
        if (Seeds.chance(r, 0.7)) {
            String group = Seeds.pick(r, "computer".equals(type) ? EndpointCatalog.COMPUTER_GROUPS : EndpointCatalog.SERVER_GROUPS);
            e.set("group", Json.object().put("id", Seeds.id(seed, "endpoint-group", tenantIndex, group)).put("name", group));
        }
        if (user != null) {
            String login = user.has("exchangeLogin") ? user.get("domain").asText().split("\\.")[0].toUpperCase(Locale.ROOT)
                    + "\\" + user.get("exchangeLogin").asText() : hostname + "\\" + user.get("firstName").asText();
            e.set("associatedPerson", Json.object().put("id", user.get("id").asText())
                    .put("name", user.get("name").asText()).put("viaLogin", login));
        }
        e.put("tamperProtectionEnabled", Seeds.chance(r, 0.92));
        ArrayNode products = Json.array();
        boolean encryption = false;
        for (String[] p : EndpointCatalog.products(r, type, os.platform())) {
            products.add(Json.object().put("code", p[0]).put("version", p[1])
                    .put("status", Seeds.chance(r, 0.97) ? "installed" : "notInstalled"));
            encryption |= p[0].equals("deviceEncryption");
        }
        e.set("assignedProducts", products);
        boolean online = Seeds.chance(r, 0.6);
        boolean stale = !online && Seeds.chance(r, 0.15);
        long agoMinutes = online ? r.nextInt(10) : stale ? Seeds.between(r, 14, 60) * 24 * 60L : Seeds.between(r, 15, 7 * 24 * 60);
        e.put("lastSeenAt", Json.time(now.minus(Duration.ofMinutes(agoMinutes)).minusMillis(r.nextInt(60_000))));
        if (encryption) {
            e.set("encryption", Json.object().set("volumes", Json.array().add(Json.object()
                    .put("volumeId", "\\\\?\\Volume{" + Seeds.id(seed, "volume", tenantIndex, i) + "}\\")
                    .put("status", Seeds.pick(r, List.of("encrypted", "encrypted", "encrypted", "encrypting", "notEncrypted"))))));
        }
        if ("server".equals(type) && Seeds.chance(r, 0.3)) {
            e.set("lockdown", Json.object().put("status", Seeds.chance(r, 0.5) ? "locked" : "notInstalled")
                    .put("updateStatus", "upToDate"));
        }
        e.put("online", online);
        if ("server".equals(type) && Seeds.chance(r, 0.25)) {
            String provider = Seeds.pick(r, List.of("aws", "azure", "gcp"));
            e.set("cloud", Json.object().put("provider", provider).put("instanceId",
                    provider.equals("aws") ? "i-" + Seeds.hex(r, 8) : Seeds.id(seed, "instance", tenantIndex, i)));
        }
        double iso = r.nextDouble();
        if (iso < 0.03) {
            boolean admin = Seeds.chance(r, 0.7);
            e.set("isolation", Json.object().put("status", "isolated").put("adminIsolated", admin).put("selfIsolated", !admin));
        } else if (iso < 0.4) {
            e.set("isolation", Json.object().put("status", "notIsolated").put("adminIsolated", false).put("selfIsolated", false));
        }
        return e;
    }

    private static ObjectNode health(Random r) {
        double d = r.nextDouble();
        String threats = d < 0.03 ? "suspicious" : d < 0.05 ? "bad" : "good";
        double s = r.nextDouble();
        String services = s < 0.03 ? "bad" : s < 0.05 ? "suspicious" : "good";
        // "unknown" is an endpoint that has not reported its health yet.
        String overall = Seeds.chance(r, 0.02) ? "unknown" : worst(threats, services);
        ArrayNode details = Json.array();
        int stopped = "good".equals(services) ? -1 : r.nextInt(EndpointCatalog.SERVICES.size());
        for (int i = 0; i < EndpointCatalog.SERVICES.size(); i++) {
            details.add(Json.object().put("name", EndpointCatalog.SERVICES.get(i))
                    .put("status", i == stopped ? ("bad".equals(services) ? "stopped" : "missing") : "running"));
        }
        ObjectNode h = Json.object().put("overall", overall);
        h.set("threats", Json.object().put("status", threats));
        h.set("services", Json.object().put("status", services).set("serviceDetails", details));
        return h;
    }

    private static String worst(String a, String b) {
        List<String> order = List.of("good", "suspicious", "bad");
        return order.get(Math.max(order.indexOf(a), order.indexOf(b)));
    }

    private static String hostname(Random r, String type, EndpointCatalog.Os os, ObjectNode user, int i) {
        return switch (type) {
            case "server" -> ("windows".equals(os.platform()) ? "SRV-" : "srv-")
                    + Seeds.pick(r, EndpointCatalog.SERVER_ROLES) + Seeds.pad(1 + r.nextInt(40), 2);
            case "securityVm" -> "svm-" + Seeds.pad(1 + r.nextInt(20), 2);
            default -> switch (os.platform()) {
                case "macOS" -> (user == null ? "Mac" : user.get("firstName").asText()) + "s-MacBook-Pro";
                case "linux" -> "dev-" + (user == null ? "box" : user.get("lastName").asText().toLowerCase(Locale.ROOT));
                default -> (Seeds.chance(r, 0.5) ? "DESKTOP-" : "LT-") + alphanumeric(r, 7);
            };
        };
    }

    /** Windows names its machines DESKTOP-XXXXXXX with upper-case letters and digits. */
    private static String alphanumeric(Random r, int length) {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(chars.charAt(r.nextInt(chars.length())));
        }
        return b.toString();
    }

    private static String unique(Set<String> taken, String hostname) {
        String h = hostname;
        for (int n = 2; !taken.add(h); n++) {
            h = hostname + "-" + n;
        }
        return h;
    }
}
