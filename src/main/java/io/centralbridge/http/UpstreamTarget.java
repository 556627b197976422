package io.centralbridge.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.session.CredentialMode;
import io.centralbridge.session.Identity;
import io.centralbridge.session.SophosSession;
import io.centralbridge.session.Tenant;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/** Sets host, path, query, token and the one ID header the scope calls for; refuses hosts off the allow-list. */
@Component
class UpstreamTarget implements Processor {

    private final SophosSession session;
    private final ObjectMapper json;

    UpstreamTarget(SophosSession session, ObjectMapper json) {
        this.session = session;
        this.json = json;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        SophosRequest req = exchange.getProperty(SophosCallRoutes.REQUEST, SophosRequest.class);
        Message m = exchange.getMessage();
        String base;
        String idHeader = null;
        String idValue = null;
        Scope scope = req.scope();
        if (scope instanceof Scope.TenantScope ts) {
            base = requireHost(ts.tenant());
            idHeader = "X-Tenant-ID";
            idValue = ts.tenant().id();
        } else if (scope instanceof Scope.GlobalTenantScope gs) {
            base = session.connection().globalUrl();
            idHeader = "X-Tenant-ID";
            idValue = gs.tenant().id();
        } else if (scope instanceof Scope.PartnerScope) {
            base = session.connection().globalUrl();
            idHeader = "X-Partner-ID";
            idValue = principal(CredentialMode.PARTNER);
        } else if (scope instanceof Scope.OrganizationScope) {
            base = session.connection().globalUrl();
            idHeader = "X-Organization-ID";
            idValue = principal(CredentialMode.ORGANIZATION);
        } else {
            base = session.connection().globalUrl();
        }
        base = trimSlash(base);
        if (!session.connection().allowList().allows(base)) {
            throw new UpstreamHostRefusedException("host " + base + " is not on the upstream allow-list ("
                    + String.join(", ", session.connection().allowList().patterns())
                    + "); add it to SOPHOS_ALLOWED_HOSTS if it is a Sophos-compatible endpoint you trust");
        }
        if (!req.path().startsWith("/")) {
            throw new IllegalArgumentException("upstream path must be absolute: " + req.path());
        }
        SophosSession.Token token = session.token();
        exchange.setProperty(SophosCallRoutes.TOKEN, token);
        m.setHeader(Exchange.HTTP_METHOD, req.method());
        m.setHeader(Exchange.HTTP_URI, base + req.path());
        String query = encode(req.query());
        if (!query.isEmpty()) {
            m.setHeader(Exchange.HTTP_QUERY, query);
        }
        m.setHeader("Authorization", "Bearer " + token.value().reveal());
        m.setHeader("Accept", "application/json");
        if (idHeader != null) {
            m.setHeader(idHeader, idValue);
        }
        if (req.isRead() || "DELETE".equals(req.method())) {
            m.setBody(null);
        } else {
            // Sophos rejects an empty body on POST/PUT/PATCH: parameterless actions send {}.
            m.setHeader(Exchange.CONTENT_TYPE, "application/json");
            m.setBody(req.body() == null ? "{}" : json.writeValueAsString(req.body()));
        }
    }

    private String requireHost(Tenant t) {
        if (t.apiHost() == null || t.apiHost().isBlank()) {
            throw new UpstreamHostRefusedException("tenant " + t.id() + " has no apiHost in the directory");
        }
        return t.apiHost();
    }

    private String principal(CredentialMode needed) {
        Identity id = session.identity();
        if (id.mode() != needed) {
            throw new IllegalStateException("a " + needed.wire() + " call needs a " + needed.wire()
                    + " credential; this one is " + id.mode().wire());
        }
        return id.id();
    }

    static String encode(Map<String, List<String>> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((name, values) -> {
            for (String v : values) {
                if (!sb.isEmpty()) {
                    sb.append('&');
                }
                sb.append(component(name)).append('=').append(component(v));
            }
        });
        return sb.toString();
    }

    private static String component(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
