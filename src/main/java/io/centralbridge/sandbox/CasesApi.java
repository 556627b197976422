package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code /cases/v1/cases} (sophos-api.md §12): list (page-based, with the status/severity/type/managedBy and
 * created filters), get, detections, impacted entities and MITRE ATT&CK summary of one case.
 */
final class CasesApi implements SandboxApi {
    /** ACAD asks for pageSize=5000; the real cap is UNCONFIRMED. */
    static final int PAGE_CAP = 5000;

    private final SeededLists<List<CaseFactory.SeededCase>> cases = SeededLists.perTenant(ctx -> CaseFactory.seed(
            ctx.config().seed(), ctx.tenantData().index(), ctx.tenant(), ctx.tenantData().endpoints(),
            ctx.world().anchor()));

    @Override
    public void register(SandboxRoutes routes) {
        String b = "/cases/v1/cases";
        routes.tenant("GET", b, ctx -> SeededLists.page(ctx, cases.of(ctx).stream().map(CaseFactory.SeededCase::json)
                .toList(), PAGE_CAP, List.of("status", "severity", "type", "managedBy", "createdAfter", "createdBefore",
                "escalated", "verdict"), CasesApi::filter));
        routes.tenant("GET", b + "/{caseId}", ctx -> {
            ctx.params().only("fields");
            return Reply.ok(FieldSelection.select(one(ctx).json(), ctx.params().list("fields")));
        });
        routes.tenant("GET", b + "/{caseId}/detections", ctx -> SeededLists.page(ctx, one(ctx).detections(),
                PAGE_CAP, List.of(), p -> n -> true));
        routes.tenant("GET", b + "/{caseId}/detections/{detectionId}",
                ctx -> SeededLists.get(ctx, one(ctx).detections(), "detectionId", "Detection not found"));
        routes.tenant("GET", b + "/{caseId}/impacted-entities", ctx -> SeededLists.page(ctx, one(ctx).entities(),
                PAGE_CAP, List.of(), p -> n -> true));
        routes.tenant("GET", b + "/{caseId}/mitre-attack-summary", ctx -> {
            ctx.params().only();
            return Reply.ok(one(ctx).mitre());
        });
    }

    private CaseFactory.SeededCase one(RequestContext ctx) {
        String id = ctx.pathParam("caseId");
        return cases.of(ctx).stream().filter(c -> c.json().get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> SandboxException.notFound("Case not found"));
    }

    private static Predicate<ObjectNode> filter(QueryParams p) {
        Predicate<ObjectNode> f = SeededLists.oneOf(p, "status", CaseFactory.STATUSES, "/status")
                .and(SeededLists.oneOf(p, "severity", CaseFactory.SEVERITIES, "/severity"))
                .and(SeededLists.oneOf(p, "type", CaseFactory.TYPES, "/type"))
                .and(SeededLists.oneOf(p, "managedBy", List.of("self", "sophos"), "/managedBy"))
                .and(SeededLists.oneOf(p, "verdict", List.of("truePositive", "falsePositive"), "/verdict"));
        Instant after = p.instant("createdAfter");
        Instant before = p.instant("createdBefore");
        Boolean escalated = p.bool("escalated");
        return f.and(c -> {
            Instant at = Instant.parse(c.get("createdAt").asText());
            return (after == null || !at.isBefore(after)) && (before == null || at.isBefore(before))
                    && (escalated == null || escalated == c.get("escalated").asBoolean());
        });
    }
}
