/**
 * The sandbox: an in-process Sophos Central that follows {@code /work/shared/sophos-api.md} and, where
 * that is in doubt, is stricter than Sophos, so that client mistakes fail here first.
 *
 * <h2>Shape</h2>
 * {@link io.centralbridge.sandbox.Sandbox#start} binds an identity server, a global server and one server
 * per data region on 127.0.0.1. Tenants' {@code apiHost} is their region server's URL. Every request goes
 * through {@code ExchangeHandler}: latency, dropped connections, {@code failNext}, random 5xx/429, routing
 * (404 unknown path, 405 known path with another method), token and ID-header admission
 * ({@code Admission}), the per-(credential, tenant) rate limit, then the route's handler. Everything is
 * logged in {@link io.centralbridge.sandbox.RequestLog}, refused requests included.
 *
 * <h2>Adding an API</h2>
 * Write a class implementing {@code SandboxApi} that registers its routes with
 * {@code routes.tenant("GET", "/xdr-query/v1/queries/runs/{runId}", this::get)} (or {@code global},
 * {@code globalTenant}, {@code identity}), read parameters strictly through {@code ctx.params().only(...)},
 * page with {@code Paging}, refuse with {@code SandboxException}, and add it to {@code Sandbox.apis()}.
 * Seeded data for a tenant belongs in {@code TenantData}, built by a factory with its own
 * {@code Seeds.random(seed, "<purpose>", tenantIndex)} stream so existing data does not shift.
 *
 * <h2>Interpretations (where sophos-api.md leaves room)</h2>
 * <ul>
 * <li>The health check tree sits under {@code endpoint}, beside {@code tenant}, as in §7. "server" counts
 *     servers and security VMs. Scores are {@code round(100 * (total - failing) / total)} (100 when total is
 *     0); policy {@code total} counts policies; exclusion scores lose 25 points per risky exclusion.</li>
 * <li>Alerts sort {@code raisedAt:desc} (newest first) by default; {@code raisedAt:asc} is the only other
 *     sort. Alert and endpoint keys are opaque positions in the sort order, tied to the listing and sort.</li>
 * <li>Endpoint views: {@code basic} = id, type, tenant, hostname; {@code summary} (default) = full without
 *     {@code encryption} and {@code health.services.serviceDetails}; {@code full} = all. Endpoints are listed
 *     by id; {@code sort} on endpoints is refused.</li>
 * <li>Page sizes above the cap are a 400, never clamped. Default page size is 50 everywhere.</li>
 * <li>Stricter than Sophos: unknown query parameters, repeated single-valued parameters, empty values, ID
 *     headers of another kind (e.g. X-Partner-ID on a tenant API, any ID header on whoami) are 400s; the
 *     refresh grant is refused; search bodies must be JSON with arrays where the spec has arrays.</li>
 * <li>Wrong region, unknown tenant and unreachable tenant are all 401 (Sophos documents 401/403 for a bad
 *     ID header); a tenant the partner or organization lists do not include is 404.</li>
 * <li>Dropped connections are logged with status 0.</li>
 * </ul>
 */
package io.centralbridge.sandbox;
