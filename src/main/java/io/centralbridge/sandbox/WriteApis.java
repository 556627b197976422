package io.centralbridge.sandbox;

/**
 * The write APIs of sophos-api.md §5 and §17 (actions, settings lists, groups, partner tenant writes,
 * migrations), registered together because they share one {@link WriteState}.
 */
final class WriteApis implements SandboxApi {

    @Override
    public void register(SandboxRoutes routes) {
        WriteState state = new WriteState();
        new EndpointActionsApi(state).register(routes);
        new SettingsApi(state).register(routes);
        new EndpointGroupsApi(state).register(routes);
        new PartnerTenantWritesApi(state).register(routes);
        new MigrationsApi(state).register(routes);
    }

    /** Who made a change, in the shape Sophos gives {@code createdBy} / {@code lastEnabledBy}. */
    static com.fasterxml.jackson.databind.node.ObjectNode actor(RequestContext ctx) {
        return Json.object().put("id", ctx.principal().clientId()).put("type", "service")
                .put("name", "API client " + ctx.principal().clientId()).put("accountType", ctx.principal().kind().idType())
                .put("accountId", ctx.principal().principalId());
    }

    static String now() {
        return Json.time(java.time.Instant.now());
    }

    static String text(com.fasterxml.jackson.databind.JsonNode body, String field, boolean required, int maxLength) {
        com.fasterxml.jackson.databind.JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw SandboxException.badRequest("'" + field + "' is required");
            }
            return null;
        }
        if (!v.isTextual() || (required && v.asText().isBlank()) || v.asText().length() > maxLength) {
            throw SandboxException.badRequest("'" + field + "' must be a string of at most " + maxLength + " characters");
        }
        return v.asText();
    }
}
