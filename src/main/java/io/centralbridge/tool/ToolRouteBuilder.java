package io.centralbridge.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.session.Tenant;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * A tool's route: {@code direct:tool.<name>}, id {@code tool.<name>}, no error handler of its own (errors go
 * back to the {@link ToolInvoker}, which maps them), and the {@link ToolCall} kept in a property for every step.
 */
public abstract class ToolRouteBuilder extends RouteBuilder implements ToolRoute {

    public static final String CALL = "tool.call";
    public static final String TENANT = "tool.tenant";

    protected RouteDefinition tool() {
        ToolDef d = definition();
        return from(d.endpoint()).routeId("tool." + d.name()).errorHandler(noErrorHandler())
                .setProperty(CALL, body());
    }

    protected static ToolCall call(Exchange e) {
        return e.getProperty(CALL, ToolCall.class);
    }

    protected static Tenant tenant(Exchange e) {
        return e.getProperty(TENANT, Tenant.class);
    }

    /** The {tenant: {id, name}} block every tenant-scoped answer starts with. */
    public static void putTenant(ObjectNode out, Tenant t) {
        ObjectNode tn = out.putObject("tenant");
        tn.put("id", t.id());
        if (t.name() != null) {
            tn.put("name", t.name());
        }
    }
}
