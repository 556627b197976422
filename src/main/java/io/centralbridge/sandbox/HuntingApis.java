package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The three threat-hunting lifecycles (sophos-api.md §9-§11), registered as one entry of {@link Sandbox}'s
 * list, and the checks they share.
 */
final class HuntingApis implements SandboxApi {
    static final int RESULTS_PAGE_CAP = 1000;
    static final Duration DATA_LAKE_RETENTION = Duration.ofDays(90);

    @Override
    public void register(SandboxRoutes routes) {
        new XdrQueryApi().register(routes);
        new LiveDiscoverApi().register(routes);
        new DetectionsApi().register(routes);
    }

    static HuntingKnobs knobs(RequestContext ctx) {
        return ctx.sandbox().hunting();
    }

    static String newRunId(RequestContext ctx, HuntingKnobs.Kind kind) {
        return Seeds.id(ctx.config().seed(), "hunt-run", kind.name(), knobs(ctx).runs().nextNumber());
    }

    static HuntRun newRun(RequestContext ctx, HuntingKnobs.Kind kind, JsonNode body, String sql, List<ObjectNode> targets) {
        HuntingKnobs k = knobs(ctx);
        HuntRun run = new HuntRun(newRunId(ctx, kind), kind, ctx.tenant().id(), Instant.now(), k.drawDuration(),
                k.drawOutcome(kind), body, sql, targets);
        k.runs().add(run);
        return run;
    }

    static void onlyFields(JsonNode body, Set<String> allowed) {
        if (!body.isObject()) {
            throw SandboxException.badRequest("Request body must be a JSON object");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw SandboxException.badRequest("Unknown field '" + f + "'; this API takes " + String.join(", ", allowed));
            }
        }
    }

    /** adHocQuery.template, checked for length; the sandbox does not simulate saved queries. */
    static String template(JsonNode body, int minLength, int maxLength) {
        if (body.has("savedQuery")) {
            throw SandboxException.badRequest("The sandbox runs adHocQuery only, not savedQuery");
        }
        JsonNode t = body.path("adHocQuery").path("template");
        if (!t.isTextual() || t.asText().isBlank()) {
            throw SandboxException.badRequest("adHocQuery.template is required");
        }
        int len = t.asText().length();
        if (len < minLength || len > maxLength) {
            throw SandboxException.badRequest("adHocQuery.template must be " + minLength + "-" + maxLength
                    + " characters, got " + len);
        }
        return t.asText();
    }

    /** The from/to window of a body, both optional, ISO-8601 and in order. */
    static Instant[] window(JsonNode body, Duration retention) {
        Instant from = instant(body, "from");
        Instant to = instant(body, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw SandboxException.badRequest("'from' must be before 'to'");
        }
        if (retention != null && from != null && from.isBefore(Instant.now().minus(retention))) {
            throw SandboxException.badRequest("'from' is older than the " + retention.toDays() + " days of data kept");
        }
        return new Instant[] {from, to};
    }

    private static Instant instant(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw SandboxException.badRequest("'" + field + "' must be an ISO-8601 timestamp");
        }
    }

    /** Results exist only for a run that succeeded. */
    static void requireSucceeded(HuntRun run, Instant now) {
        if (!run.succeeded(now)) {
            throw SandboxException.badRequest("Results are available only for a finished run that succeeded; this run is "
                    + run.status(now) + " with result " + run.result(now));
        }
    }

    static ObjectNode createdBy(RequestContext ctx) {
        SandboxCredential c = ctx.principal();
        return Json.object().put("id", c.clientId()).put("type", "service").put("name", "API credential")
                .put("accountType", c.kind().name().toLowerCase(java.util.Locale.ROOT)).put("accountId", c.principalId());
    }
}
