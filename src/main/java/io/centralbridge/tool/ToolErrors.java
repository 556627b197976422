package io.centralbridge.tool;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.centralbridge.http.SophosApiException;
import io.centralbridge.http.UpstreamHostRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Maps what went wrong in a tool route to what the caller is told: 502/504 for Sophos failures with the
 * Sophos correlationId, the role and licence on a Sophos 403, and never an exception class or stack trace.
 */
@Component
class ToolErrors {

    private static final Logger log = LoggerFactory.getLogger(ToolErrors.class);

    ToolException toToolException(ToolDef def, Throwable failure) {
        Throwable t = root(failure);
        if (t instanceof ToolException te) {
            return te;
        }
        if (t instanceof SophosApiException se) {
            return fromSophos(def, se);
        }
        if (t instanceof UpstreamHostRefusedException hr) {
            return new ToolException(502, "Upstream host refused", hr.getMessage(), Map.of("tool", def.name()));
        }
        if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
            return new ToolException(504, "Sophos did not answer in time",
                    "Sophos did not answer " + def.name() + " within the timeout; try again later", Map.of("tool", def.name()));
        }
        if (t instanceof ConnectException || t instanceof IOException) {
            return new ToolException(502, "Sophos unreachable",
                    "could not reach Sophos for " + def.name() + ": the connection failed; try again later",
                    Map.of("tool", def.name()));
        }
        log.warn("tool {} failed unexpectedly: {}", def.name(), t.toString());
        return new ToolException(500, "Internal error", "the tool " + def.name() + " failed unexpectedly", Map.of());
    }

    private ToolException fromSophos(ToolDef def, SophosApiException e) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("tool", def.name());
        extra.put("upstreamStatus", e.status());
        if (e.correlationId() != null) {
            extra.put("correlationId", e.correlationId());
        }
        if (e.requestId() != null) {
            extra.put("requestId", e.requestId());
        }
        String said = e.detail() == null || e.detail().isBlank() ? "" : " (Sophos said: " + e.detail() + ")";
        return switch (e.status()) {
            case 400 -> new ToolException(400, "Sophos rejected the request",
                    "Sophos answered 400 to " + e.path() + said, extra);
            case 404 -> new ToolException(404, "Not found in Sophos", "Sophos answered 404 to " + e.path() + said, extra);
            // a conflict (a duplicate name, a group Sophos manages) is the caller's to resolve, not a gateway failure
            case 409 -> new ToolException(409, "Conflict in Sophos", "Sophos answered 409 to " + e.path() + said, extra);
            case 403 -> {
                extra.put("requiredRole", def.requiredRole());
                if (def.licence() != null) {
                    extra.put("requiredLicence", def.licence());
                }
                yield new ToolException(502, "Sophos refused the call (403 Forbidden)",
                        "Sophos answered 403 to " + e.path() + ": " + def.name() + " needs a credential with the role '"
                                + def.requiredRole() + "' or higher"
                                + (def.licence() == null ? "" : " and the " + def.licence() + " licence")
                                + "; partners also get 403 for tenants that are unmanaged, trials, or have partner "
                                + "assistance off" + said, extra);
            }
            case 401 -> new ToolException(502, "Sophos rejected the credential",
                    "Sophos answered 401 to " + e.path() + " even after a fresh token; check the credential and "
                            + "that the tenant lives in the region of its apiHost" + said, extra);
            case 429 -> new ToolException(502, "Sophos rate limit",
                    "Sophos kept answering 429 to " + e.path() + " after the allowed retries; try again later", extra);
            default -> new ToolException(e.status() == 504 ? 504 : 502, "Sophos error",
                    "Sophos answered " + e.status() + " to " + e.path() + said, extra);
        };
    }

    private static Throwable root(Throwable t) {
        Throwable cur = t;
        for (int i = 0; i < 10 && cur.getCause() != null && cur.getCause() != cur
                && !(cur instanceof ToolException) && !(cur instanceof SophosApiException)
                && !(cur instanceof IOException) && !(cur instanceof UpstreamHostRefusedException); i++) {
            cur = cur.getCause();
        }
        return cur;
    }
}
