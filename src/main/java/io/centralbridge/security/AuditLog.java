package io.centralbridge.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.tool.Caller;
import io.centralbridge.tool.ToolAudit;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One audit line per write call: time, caller id, tool, tenant, parameters with secrets redacted, outcome and
 * the Sophos correlationId. The answer itself is never written (a tamper-protection password may be in it).
 */
@Component
class AuditLog implements ToolAudit {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final List<String> TENANT_PARAMS = List.of("tenant_id", "from_tenant_id", "to_tenant_id");

    private final List<AuditSink> sinks;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    AuditLog(ObjectProvider<AuditSink> sinks, ObjectMapper json) {
        // none at all is allowed: SOPHOS_AUDIT_FILE empty and no Kafka topic
        this.sinks = sinks.orderedStream().toList();
        this.json = json;
    }

    @Override
    public void written(ToolDef def, JsonNode params, Caller caller, JsonNode result, ToolException failure) {
        ObjectNode line = entry(def, params, caller, result, failure);
        for (AuditSink sink : sinks) {
            try {
                sink.append(line);
            } catch (RuntimeException e) {
                // An audit sink that fails must be visible to the operator, but must not change the answer.
                log.error("audit sink {} failed for tool {}: {}", sink.name(), def.name(), e.toString());
            }
        }
    }

    ObjectNode entry(ToolDef def, JsonNode params, Caller caller, JsonNode result, ToolException failure) {
        ObjectNode line = json.createObjectNode();
        line.put("time", clock.instant().toString());
        line.put("caller", caller == null ? null : caller.id());
        line.put("via", caller == null ? null : caller.via());
        line.put("tool", def.name());
        JsonNode p = params != null && params.isObject() ? params : json.createObjectNode();
        ObjectNode tenant = line.putObject("tenant");
        for (String name : TENANT_PARAMS) {
            if (p.hasNonNull(name)) {
                tenant.put(name.equals("tenant_id") ? "id" : name.replace("_tenant_id", ""), p.get(name).asText());
            }
        }
        if (tenant.isEmpty() && result != null && result.at("/tenant/id").isTextual()) {
            tenant.put("id", result.at("/tenant/id").asText());
        }
        line.set("params", SecretRedactor.redact(p));
        line.put("dryRun", p.path("dry_run").asBoolean(false));
        line.put("outcome", outcome(result, failure));
        line.put("status", failure == null ? 200 : failure.status());
        if (failure != null) {
            line.put("error", failure.title());
        }
        String correlation = correlationId(result, failure);
        if (correlation != null) {
            line.put("correlationId", correlation);
        }
        return line;
    }

    private static String outcome(JsonNode result, ToolException failure) {
        if (failure == null) {
            if (result != null && result.path("dryRun").asBoolean(false)) {
                return "dry_run";
            }
            if (result != null && result.path("confirmedByReadBack").asBoolean(false)) {
                return "applied_confirmed_by_read_back";
            }
            return "applied";
        }
        if (Boolean.TRUE.equals(failure.extra().get("confirmedByReadBack"))) {
            return "not_applied_confirmed_by_read_back";
        }
        return switch (failure.status()) {
            case 403 -> "refused";
            case 400 -> "invalid";
            case 404 -> "not_found";
            default -> "failed";
        };
    }

    private static String correlationId(JsonNode result, ToolException failure) {
        if (failure != null && failure.extra().get("correlationId") != null) {
            return String.valueOf(failure.extra().get("correlationId"));
        }
        if (result != null && result.at("/upstreamError/correlationId").isTextual()) {
            return result.at("/upstreamError/correlationId").asText();
        }
        return null;
    }
}
