package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Per-endpoint tamper protection read and installer downloads (sophos-api.md §5). The tamper password is
 * derived from the endpoint id, so it stays the same across reads, as Sophos keeps it until regenerated.
 */
final class EndpointExtrasApi implements SandboxApi {
    private static final List<String> PLATFORMS = List.of("windows", "linux", "macOS");
    private static final List<String> PRODUCTS = List.of("coreAgent", "interceptX", "xdr", "mtr", "deviceEncryption",
            "ztna", "endpointProtection");

    @Override
    public void register(SandboxRoutes routes) {
        // GET …/tamper-protection is EndpointActionsApi's, which also changes it
        routes.tenant("GET", "/endpoint/v1/downloads", this::downloads);
    }

    private Reply tamper(RequestContext ctx) {
        ctx.params().only();
        ObjectNode e = ctx.tenantData().endpoint(ctx.pathParam("endpointId"));
        if (e == null) {
            throw SandboxException.notFound("Can't find endpoint");
        }
        Random r = new Random(e.get("id").asText().hashCode() * 31L + ctx.config().seed());
        ObjectNode out = Json.object().put("enabled", e.path("tamperProtectionEnabled").asBoolean())
                .put("password", Seeds.hex(r, 8).toUpperCase(java.util.Locale.ROOT));
        ArrayNode previous = out.putArray("previousPasswords");
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            previous.add(Json.object().put("password", Seeds.hex(r, 8).toUpperCase(java.util.Locale.ROOT))
                    .put("invalidatedAt", Json.time(ctx.world().anchor().minus(Duration.ofDays(30L * (i + 1))))));
        }
        return Reply.ok(out);
    }

    private Reply downloads(RequestContext ctx) {
        QueryParams p = ctx.params().only("requestedProducts", "platforms");
        List<String> requested = p.enumList("requestedProducts", PRODUCTS);
        List<String> platforms = p.enumList("platforms", PLATFORMS);
        Set<String> licensed = new LinkedHashSet<>();
        ctx.tenantData().endpoints().forEach(e -> e.path("assignedProducts")
                .forEach(a -> licensed.add(a.path("code").asText())));
        ObjectNode out = Json.object();
        out.set("tenant", Json.ref(ctx.tenant().id()));
        out.set("licensedProducts", Json.strings(licensed));
        ArrayNode installers = out.putArray("installers");
        List<String> supported = requested.isEmpty() ? List.copyOf(licensed)
                : requested.stream().filter(licensed::contains).toList();
        for (String platform : platforms.isEmpty() ? PLATFORMS : platforms) {
            for (String type : platform.equals("macOS") ? List.of("computer") : List.of("computer", "server")) {
                ObjectNode i = Json.object().put("productName", "Sophos " + (type.equals("server") ? "Server" : "Endpoint")
                        + " Protection for " + platform).put("platform", platform).put("type", type);
                i.set("supportedProducts", Json.strings(supported));
                i.put("downloadUrl", "https://downloads.sandbox.invalid/api/download/"
                        + Seeds.id(ctx.config().seed(), "installer", ctx.tenant().id(), platform, type) + "/"
                        + (platform.equals("windows") ? "SophosSetup.exe" : platform.equals("linux")
                        ? "SophosSetup.sh" : "SophosInstall.zip"));
                installers.add(i);
            }
        }
        return Reply.ok(out);
    }
}
