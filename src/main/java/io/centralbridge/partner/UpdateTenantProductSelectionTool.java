package io.centralbridge.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.actions.ReadBack;
import io.centralbridge.actions.WritePlan;
import io.centralbridge.actions.WriteToolRoute;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Replaces a tenant's product selection: GET the current one, then PUT the requested one. preview_only is
 * computed here (the diff of the two) and sends no PUT, so it is safe whatever the real API does with flags.
 * The path is UNCONFIRMED (sophos-api.md §17): see {@link UnconfirmedPaths}.
 */
@Component
class UpdateTenantProductSelectionTool extends WriteToolRoute {

    static final String[] PRODUCTS = {"coreAgent", "endpointProtection", "interceptX", "xdr", "mtr", "ztna",
            "deviceEncryption", "mtd", "email", "firewall"};
    private static final ToolDef DEF = writeTool("update_tenant_product_selection",
            "Sets which products a managed tenant has selected; answers the products added and removed. With "
                    + "preview_only=true it reads the current selection and answers the difference, changing "
                    + "nothing. Partner credentials only; the Sophos path is UNCONFIRMED (configurable). Write tool: "
                    + "needs the grant 'update_tenant_product_selection' or 'partner'.",
            Schema.object()
                    .prop("tenant_id", Schema.uuid().describe("The tenant (from list_tenants)"))
                    .prop("products", Schema.arrayOf(Schema.enumOf(PRODUCTS), 1, PRODUCTS.length)
                            .describe("The complete new selection, by product code"))
                    .prop("preview_only", Schema.bool().defaultValue(false)
                            .describe("Answer the difference with the current selection; change nothing"))
                    .required("tenant_id", "products"),
            ToolDef.ROLE_SUPER_ADMIN);

    private final UnconfirmedPaths paths;

    UpdateTenantProductSelectionTool(UnconfirmedPaths paths) {
        this.paths = paths;
    }

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        PartnerOnly.require(write.tenants(), DEF.name());
        Tenant t = write.tenants().resolve(call);
        String path = paths.tenantProducts(t.id());
        SophosRequest current = SophosRequest.get(path, Scope.partner());
        if (Boolean.TRUE.equals(call.bool("preview_only"))) {
            return WritePlan.of(t, current);
        }
        ObjectNode body = write.json().createObjectNode();
        ArrayNode list = body.putArray("products");
        requested(call).forEach(code -> list.addObject().put("code", code));
        return WritePlan.of(t, current, SophosRequest.send("PUT", path, body, Scope.partner()));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        boolean preview = Boolean.TRUE.equals(call.bool("preview_only"));
        ObjectNode out = diff(plan, codes(responses.get(0)), preview ? requested(call) : codes(responses.get(1)));
        out.put("previewOnly", preview);
        out.put("changed", !preview);
        return out;
    }

    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        Set<String> now = codes(write.send(plan.requests().get(0)));
        ObjectNode out = diff(plan, now, now);
        out.put("previewOnly", false);
        return new ReadBack(now.equals(requested(call)), out);
    }

    private ObjectNode diff(WritePlan plan, Set<String> before, Set<String> after) {
        ObjectNode out = newAnswer(plan);
        out.set("before", write.json().valueToTree(before));
        out.set("products", write.json().valueToTree(after));
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        out.set("added", write.json().valueToTree(added));
        out.set("removed", write.json().valueToTree(removed));
        return out;
    }

    private static Set<String> requested(ToolCall call) {
        return new LinkedHashSet<>(call.texts("products"));
    }

    private static Set<String> codes(JsonNode selection) {
        Set<String> out = new LinkedHashSet<>();
        selection.path("products").forEach(p -> out.add(p.path("code").asText()));
        return out;
    }
}
