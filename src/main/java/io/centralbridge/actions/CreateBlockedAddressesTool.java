package io.centralbridge.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Blocks IP addresses on the tenant's Windows endpoints. How Sophos takes the expiry is UNCONFIRMED
 * (sophos-api.md §5): we send it as {@code blockedUntil}, the field the list sorts by.
 */
@Component
class CreateBlockedAddressesTool extends WriteToolRoute {

    static final int MAX_ADDRESSES = 100;
    private static final ToolDef DEF = writeTool("create_blocked_addresses",
            "Blocks IPv4/IPv6 addresses, CIDR blocks or ranges (a-b) on the tenant's Windows endpoints, for "
                    + "expires_in_days (default 7). Answers the created entries. Write tool: needs the grant "
                    + "'create_blocked_addresses' or 'lists'.",
            Schema.object()
                    .prop("addresses", Schema.arrayOf(Schema.string(100), 1, MAX_ADDRESSES)
                            .describe("1 to " + MAX_ADDRESSES + " of: 203.0.113.7, 2001:db8::1, 198.51.100.0/24, "
                                    + "192.0.2.10-192.0.2.20"))
                    .prop("comment", Schema.string(300).describe("Why (at most 300 characters)"))
                    .prop("expires_in_days", Schema.integer(1, 365).defaultValue(7).describe("Days until the block ends"))
                    .prop("tenant_id", Schema.tenantId())
                    .required("addresses"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        List<String> given = call.texts("addresses");
        Set<String> addresses = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            addresses.add(WriteChecks.address("addresses[" + i + "]", given.get(i)));
        }
        Tenant t = write.tenants().resolve(call);
        String until = Instant.now().plus(Duration.ofDays(call.integer("expires_in_days")))
                .truncatedTo(ChronoUnit.SECONDS).toString();
        ObjectNode body = write.json().createObjectNode();
        ArrayNode items = body.putArray("items");
        for (String a : addresses) {
            ObjectNode item = items.addObject().put("item", a).put("blockedUntil", until);
            if (call.has("comment")) {
                item.put("comment", call.text("comment"));
            }
        }
        return WritePlan.of(t, SophosRequest.send("POST", SettingsItems.BASE + "/blocked-addresses/bulk", body,
                Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.set("items", responses.get(0).path("items"));
        out.put("count", responses.get(0).path("items").size());
        return out;
    }

    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        Set<String> wanted = new LinkedHashSet<>();
        plan.requests().get(0).body().path("items").forEach(i -> wanted.add(i.path("item").asText()));
        ObjectNode out = newAnswer(plan);
        ArrayNode items = out.putArray("items");
        for (JsonNode i : SettingsItems.all(write, plan.tenant(), "/blocked-addresses", null)) {
            if (wanted.contains(i.path("item").asText())) {
                items.add(i);
            }
        }
        out.put("count", items.size());
        return new ReadBack(items.size() == wanted.size(), out);
    }
}
