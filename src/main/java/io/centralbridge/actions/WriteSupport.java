package io.centralbridge.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosApiException;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.SophosSession;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What every write tool shares: sending through {@code direct:sophos.call} (which never retries a write on a
 * 5xx or 429), describing a dry run, and telling an ambiguous failure (the write may have been applied) from
 * a plain refusal.
 */
@Component
public class WriteSupport {

    private final SophosClient client;
    private final SophosSession session;
    private final TenantResolver tenants;
    private final ObjectMapper json;

    WriteSupport(SophosClient client, SophosSession session, TenantResolver tenants, ObjectMapper json) {
        this.client = client;
        this.session = session;
        this.tenants = tenants;
        this.json = json;
    }

    public TenantResolver tenants() {
        return tenants;
    }

    public ObjectMapper json() {
        return json;
    }

    public JsonNode send(SophosRequest request) {
        return client.call(request);
    }

    /** Reads for read-backs and pre-reads; reads are retried by the upstream policy as usual. */
    public List<JsonNode> readAll(SophosRequest pagedRequest, int max) {
        return client.pages(pagedRequest, max).items();
    }

    /** The exact requests a plan would send, with the bearer token left out, and nothing sent. */
    public ObjectNode dryRun(ToolDef def, WritePlan plan) {
        ObjectNode out = json.createObjectNode();
        out.put("dryRun", true).put("sent", false).put("tool", def.name());
        putTenant(out, plan.tenant());
        ArrayNode list = out.putArray("requests");
        for (SophosRequest r : plan.requests()) {
            ObjectNode n = list.addObject();
            String host = host(r.scope());
            n.put("method", r.method());
            n.put("host", host);
            n.put("path", r.path());
            String query = query(r.query());
            n.put("url", host + r.path() + (query.isEmpty() ? "" : "?" + query));
            ObjectNode q = n.putObject("query");
            r.query().forEach((k, v) -> q.put(k, String.join(",", v)));
            ObjectNode h = n.putObject("headers");
            h.put("Authorization", "Bearer [redacted]");
            h.put("Accept", "application/json");
            idHeader(r.scope(), h);
            boolean hasBody = !r.isRead() && !"DELETE".equals(r.method());
            if (hasBody) {
                h.put("Content-Type", "application/json");
                n.set("body", r.body() == null ? json.createObjectNode() : r.body());
            }
        }
        return out;
    }

    /** Whether Sophos may have applied a write that failed: a 5xx or a broken exchange after sending. */
    public static boolean ambiguous(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SophosApiException se) {
                return se.status() >= 500;
            }
            if (t instanceof ConnectException) {
                return false; // never reached Sophos
            }
            if (t instanceof InterruptedIOException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The answer after a read-back: the change is there (answered), or it is not (a 502 that says so). */
    public ObjectNode confirmed(ToolDef def, ReadBack rb, Throwable failure) {
        Map<String, Object> upstream = upstream(failure);
        if (rb.applied()) {
            ObjectNode out = rb.answer();
            out.put("confirmedByReadBack", true);
            out.put("outcome", "applied");
            out.set("upstreamError", json.valueToTree(upstream));
            out.put("note", "Sophos answered " + upstream.get("status") + " to the write, which was not retried; "
                    + "reading back showed it had been applied");
            return out;
        }
        Map<String, Object> extra = new LinkedHashMap<>(upstream);
        extra.put("tool", def.name());
        extra.put("confirmedByReadBack", true);
        extra.put("outcome", "not_applied");
        extra.put("readBack", rb.answer());
        throw new ToolException(502, "Sophos failed; the change was not applied", "Sophos answered "
                + upstream.get("status") + " to " + def.name() + "; the write was not retried, and reading back "
                + "showed it was not applied, so calling again is safe", extra);
    }

    /** No read-back exists for this write: say plainly that the outcome is unknown. */
    public ToolException unconfirmed(ToolDef def, Throwable failure) {
        Map<String, Object> extra = new LinkedHashMap<>(upstream(failure));
        extra.put("tool", def.name());
        extra.put("outcome", "unknown");
        return new ToolException(502, "Outcome unknown", "Sophos answered " + extra.get("status") + " to "
                + def.name() + "; the write was not retried and Sophos offers no way to read it back, so it may or "
                + "may not have been applied", extra);
    }

    private static Map<String, Object> upstream(Throwable failure) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SophosApiException se) {
                m.put("status", se.status());
                if (se.correlationId() != null) {
                    m.put("correlationId", se.correlationId());
                }
                if (se.requestId() != null) {
                    m.put("requestId", se.requestId());
                }
                return m;
            }
            if (t instanceof IOException) {
                m.put("status", "no answer (" + (t instanceof InterruptedIOException ? "timeout" : "connection lost") + ")");
                return m;
            }
        }
        m.put("status", "an error");
        return m;
    }

    public static void putTenant(ObjectNode out, Tenant t) {
        if (t == null) {
            return;
        }
        ObjectNode tn = out.putObject("tenant");
        tn.put("id", t.id());
        if (t.name() != null) {
            tn.put("name", t.name());
        }
    }

    private String host(Scope scope) {
        String base = scope instanceof Scope.TenantScope ts ? ts.tenant().apiHost() : session.connection().globalUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private void idHeader(Scope scope, ObjectNode h) {
        if (scope instanceof Scope.TenantScope ts) {
            h.put("X-Tenant-ID", ts.tenant().id());
        } else if (scope instanceof Scope.GlobalTenantScope gs) {
            h.put("X-Tenant-ID", gs.tenant().id());
        } else if (scope instanceof Scope.PartnerScope) {
            h.put("X-Partner-ID", session.identity().id());
        } else if (scope instanceof Scope.OrganizationScope) {
            h.put("X-Organization-ID", session.identity().id());
        }
    }

    private static String query(Map<String, List<String>> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((k, vs) -> vs.forEach(v -> sb.append(sb.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))));
        return sb.toString();
    }
}
