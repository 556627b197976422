package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /whoami/v1} on the global host: who the token is and which hosts to use (sophos-api.md §2). */
final class WhoamiApi implements SandboxApi {
    @Override
    public void register(SandboxRoutes routes) {
        routes.global("GET", "/whoami/v1", Access.TOKEN, this::whoami);
    }

    private Reply whoami(RequestContext ctx) {
        if (ctx.sandbox().faults().whoamiDown()) {
            throw SandboxException.ofStatus(503, "whoami is down (sandbox fault)", null);
        }
        ctx.params().only();
        SandboxCredential c = ctx.principal();
        ObjectNode hosts = Json.object().put("global", ctx.sandbox().globalUrl());
        if (c.kind() == CredentialKind.TENANT) {
            hosts.put("dataRegion", ctx.world().tenant(c.principalId()).apiHost());
        }
        ObjectNode body = Json.object().put("id", c.principalId()).put("idType", c.kind().idType());
        body.set("apiHosts", hosts);
        return Reply.ok(body);
    }
}
