package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Audit events: {@code GET /audit/v1/events?from=&to=&page=&pageSize=}, page-based, newest first, 90 days kept.
 * UNCONFIRMED: no public Sophos API for audit events was found; this is the default of sophos-api.md §17,
 * which the app's configuration can point elsewhere. Asking for events older than 90 days is a 400.
 */
final class AuditApi implements SandboxApi {
    static final int RETENTION_DAYS = 90;
    static final int PAGE_CAP = 1000;
    private static final String[][] ACTIONS = {
            {"login", "authentication", "Admin signed in to Sophos Central"},
            {"policyUpdated", "policy", "Threat protection policy changed"},
            {"allowedItemAdded", "settings", "Allowed application added"},
            {"endpointIsolated", "endpoint", "Endpoint isolated"},
            {"endpointDeleted", "endpoint", "Endpoint deleted"},
            {"adminRoleAssigned", "admin", "Role assigned to admin"},
            {"tamperProtectionPasswordViewed", "endpoint", "Tamper protection password viewed"},
            {"apiCredentialCreated", "apiCredential", "API credential created"}};

    private final SeededLists<List<ObjectNode>> events = SeededLists.perTenant(AuditApi::seed);

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", "/audit/v1/events", this::list);
    }

    private Reply list(RequestContext ctx) {
        List<String> allowed = new ArrayList<>(Paging.PAGE_PARAMS);
        allowed.addAll(List.of("from", "to", "fields"));
        QueryParams p = ctx.params().only(allowed);
        Instant now = Instant.now();
        Instant from = p.instant("from");
        Instant to = p.instant("to");
        if (from != null && from.isBefore(now.minus(Duration.ofDays(RETENTION_DAYS)).minusSeconds(60))) {
            throw SandboxException.badRequest("'from' is older than the " + RETENTION_DAYS + " days audit events are kept");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw SandboxException.badRequest("'from' must be before 'to'");
        }
        List<ObjectNode> matching = events.of(ctx).stream().filter(e -> {
            Instant at = Instant.parse(e.get("createdAt").asText());
            return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
        }).toList();
        List<String> fields = p.list("fields");
        return Reply.ok(Paging.pageBased(p, matching, 100, PAGE_CAP, e -> FieldSelection.select(e, fields)));
    }

    private static List<ObjectNode> seed(RequestContext ctx) {
        TenantData d = ctx.tenantData();
        Random r = Seeds.random(ctx.config().seed(), "audit", d.index());
        Instant anchor = ctx.world().anchor();
        List<ObjectNode> users = d.users();
        List<ObjectNode> out = new ArrayList<>();
        long window = RETENTION_DAYS * 86_400L;
        for (int i = 0, n = Seeds.between(r, 200, 500); i < n; i++) {
            String[] a = ACTIONS[r.nextInt(ACTIONS.length)];
            Instant at = anchor.minusSeconds(1 + (long) (r.nextDouble() * (window - 3600)));
            ObjectNode e = Json.object().put("id", Seeds.id(ctx.config().seed(), "audit", d.index(), i))
                    .put("createdAt", Json.time(at)).put("type", a[0]).put("category", a[1]).put("description", a[2])
                    .put("success", Seeds.chance(r, 0.97));
            boolean service = Seeds.chance(r, 0.2);
            ObjectNode who = Json.object();
            if (service || users.isEmpty()) {
                who.put("id", Seeds.id(ctx.config().seed(), "service-principal", d.index())).put("type", "service")
                        .put("name", "SIEM connector");
            } else {
                ObjectNode u = Seeds.pick(r, users);
                who.put("id", u.get("id").asText()).put("type", "user").put("name", u.get("name").asText());
            }
            e.set("actor", who);
            e.set("source", Json.object().put("ip", "198.51.100." + Seeds.between(r, 1, 254))
                    .put("userAgent", service ? "python-requests/2.32" : "Mozilla/5.0"));
            e.set("tenant", Json.ref(ctx.tenant().id()));
            out.add(e);
        }
        out.sort((x, y) -> y.get("createdAt").asText().compareTo(x.get("createdAt").asText()));
        return out;
    }
}
