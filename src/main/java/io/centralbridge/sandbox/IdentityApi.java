package io.centralbridge.sandbox;

import java.util.Map;
import java.util.UUID;

/**
 * id.sophos.com's token endpoint (sophos-api.md §1): form-encoded client credentials only. The refresh
 * grant is refused: its encoding is unconfirmed and clients should fetch a new token instead.
 */
final class IdentityApi implements SandboxApi {
    @Override
    public void register(SandboxRoutes routes) {
        routes.identity("POST", "/api/v2/oauth2/token", this::token);
    }

    private Reply token(RequestContext ctx) {
        if (!"application/x-www-form-urlencoded".equals(ctx.mediaType())) {
            throw invalid("Content-Type must be application/x-www-form-urlencoded");
        }
        Map<String, String> form = ctx.formBody();
        String grant = required(form, "grant_type");
        if (!grant.equals("client_credentials")) {
            throw invalid("grant_type must be client_credentials");
        }
        String clientId = required(form, "client_id");
        String secret = required(form, "client_secret");
        if (!"token".equals(required(form, "scope"))) {
            throw invalid("scope must be token");
        }
        SandboxCredential c = ctx.sandbox().credentialStore().byClientId(clientId);
        if (c == null || !c.clientSecret().equals(secret)) {
            throw new SandboxException(401, "Unauthorized", "Unauthorized", "oauth.invalid_client_secret", null);
        }
        Integer override = ctx.sandbox().faults().tokenLifetimeSeconds();
        int lifetime = override != null ? override : ctx.config().tokenLifetimeSeconds();
        IssuedTokens.Issued t = ctx.sandbox().tokens().issue(c, lifetime);
        return Reply.ok(Json.object()
                .put("access_token", t.accessToken())
                .put("refresh_token", t.refreshToken())
                .put("token_type", "bearer")
                .put("expires_in", lifetime)
                .put("errorCode", "success")
                .put("message", "OK")
                .put("trackingId", UUID.randomUUID().toString()));
    }

    private static String required(Map<String, String> form, String name) {
        String v = form.get(name);
        if (v == null || v.isEmpty()) {
            throw invalid("Missing required form field " + name);
        }
        return v;
    }

    private static SandboxException invalid(String message) {
        return new SandboxException(400, "Bad Request", message, "oauth.invalid_request", null);
    }
}
