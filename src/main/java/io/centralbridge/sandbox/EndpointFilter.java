package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The filters of {@code GET /endpoint/v1/endpoints} (sophos-api.md §5), each refused when malformed. */
final class EndpointFilter {
    static final List<String> PARAMS = List.of("healthStatus", "type", "tamperProtectionEnabled", "lockdownStatus",
            "lastSeenBefore", "lastSeenAfter", "ids", "isolationStatus", "hostnameContains", "associatedPersonContains",
            "groupNameContains", "search", "searchFields", "ipAddresses", "macAddresses", "cloud", "assignedToGroup",
            "groupIds");
    private static final List<String> HEALTH = List.of("good", "suspicious", "bad", "unknown");
    private static final List<String> TYPES = List.of("computer", "server", "securityVm");
    private static final List<String> LOCKDOWN = List.of("creatingWhitelist", "installing", "locked", "notInstalled",
            "registering", "starting", "stopping", "unavailable", "uninstalled", "unlocked");
    private static final List<String> ISOLATION = List.of("isolated", "notIsolated");
    private static final List<String> SEARCH_FIELDS = List.of("hostname", "groupName", "associatedPersonName",
            "ipAddresses", "osName");

    private EndpointFilter() {
    }

    static Predicate<ObjectNode> of(QueryParams p) {
        List<Predicate<ObjectNode>> all = new ArrayList<>();
        in(all, p.enumList("healthStatus", HEALTH), e -> e.at("/health/overall").asText());
        in(all, p.enumList("type", TYPES), e -> e.path("type").asText());
        in(all, p.enumList("lockdownStatus", LOCKDOWN), e -> e.at("/lockdown/status").asText());
        // An endpoint without an isolation object has never been isolated.
        in(all, p.enumList("isolationStatus", ISOLATION), e -> e.at("/isolation/status").asText("notIsolated"));
        in(all, p.list("ids"), e -> e.path("id").asText());
        in(all, p.list("groupIds"), e -> e.at("/group/id").asText());
        Boolean tamper = p.bool("tamperProtectionEnabled");
        if (tamper != null) {
            all.add(e -> e.path("tamperProtectionEnabled").asBoolean() == tamper);
        }
        Boolean grouped = p.bool("assignedToGroup");
        if (grouped != null) {
            all.add(e -> e.has("group") == grouped);
        }
        Instant before = p.instant("lastSeenBefore");
        if (before != null) {
            all.add(e -> Instant.parse(e.path("lastSeenAt").asText()).isBefore(before));
        }
        Instant after = p.instant("lastSeenAfter");
        if (after != null) {
            all.add(e -> !Instant.parse(e.path("lastSeenAt").asText()).isBefore(after));
        }
        contains(all, p.text("hostnameContains"), e -> e.path("hostname").asText());
        contains(all, p.text("associatedPersonContains"), e -> e.at("/associatedPerson/name").asText()
                + " " + e.at("/associatedPerson/viaLogin").asText());
        contains(all, p.text("groupNameContains"), e -> e.at("/group/name").asText());
        List<String> ips = p.list("ipAddresses");
        if (!ips.isEmpty()) {
            all.add(e -> values(e, "ipv4Addresses").stream().anyMatch(ips::contains)
                    || values(e, "ipv6Addresses").stream().anyMatch(ips::contains));
        }
        List<String> macs = p.list("macAddresses").stream().map(EndpointFilter::mac).toList();
        if (!macs.isEmpty()) {
            all.add(e -> values(e, "macAddresses").stream().map(EndpointFilter::mac).anyMatch(macs::contains));
        }
        String cloud = p.text("cloud");
        if (cloud != null) {
            all.add(e -> (e.at("/cloud/provider").asText() + ":" + e.at("/cloud/instanceId").asText()).equals(cloud));
        }
        search(all, p);
        return e -> all.stream().allMatch(f -> f.test(e));
    }

    private static void search(List<Predicate<ObjectNode>> all, QueryParams p) {
        String term = p.text("search");
        List<String> fields = p.enumList("searchFields", SEARCH_FIELDS);
        if (term == null) {
            if (!fields.isEmpty()) {
                throw SandboxException.badRequest("'searchFields' needs 'search'");
            }
            return;
        }
        List<String> in = fields.isEmpty() ? SEARCH_FIELDS : fields;
        String t = term.toLowerCase(Locale.ROOT);
        all.add(e -> in.stream().anyMatch(f -> searchable(e, f).toLowerCase(Locale.ROOT).contains(t)));
    }

    private static String searchable(ObjectNode e, String field) {
        return switch (field) {
            case "hostname" -> e.path("hostname").asText();
            case "groupName" -> e.at("/group/name").asText();
            case "associatedPersonName" -> e.at("/associatedPerson/name").asText();
            case "ipAddresses" -> String.join(" ", values(e, "ipv4Addresses")) + " " + String.join(" ", values(e, "ipv6Addresses"));
            default -> e.at("/os/name").asText();
        };
    }

    private static void in(List<Predicate<ObjectNode>> all, List<String> wanted, java.util.function.Function<ObjectNode, String> value) {
        if (!wanted.isEmpty()) {
            all.add(e -> wanted.contains(value.apply(e)));
        }
    }

    /** Sophos matches only the first 10 characters of a "...Contains" term. */
    private static void contains(List<Predicate<ObjectNode>> all, String term, java.util.function.Function<ObjectNode, String> value) {
        if (term != null) {
            String t = term.substring(0, Math.min(10, term.length())).toLowerCase(Locale.ROOT);
            all.add(e -> value.apply(e).toLowerCase(Locale.ROOT).contains(t));
        }
    }

    private static List<String> values(ObjectNode e, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : e.path(field)) {
            out.add(n.asText());
        }
        return out;
    }

    private static String mac(String m) {
        return m.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
    }
}
