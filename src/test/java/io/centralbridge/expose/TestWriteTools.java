package io.centralbridge.expose;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.tool.Access;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolAccessPolicy;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import io.centralbridge.tool.ToolRouteBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test only, until the write tools and grants (other branches) are merged: two write tools, one granted by a
 * test policy shaped like the real one (reads always, writes only when granted; 403 naming the grant), so the
 * MCP side of both cases can be shown. The route answers who called it, without calling Sophos.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestWriteTools {

    static final String GRANTED = "test_write_granted";
    static final String UNGRANTED = "test_write_ungranted";

    @Bean
    WriteRoute grantedWrite(ObjectMapper json) {
        return new WriteRoute(GRANTED, json);
    }

    @Bean
    WriteRoute ungrantedWrite(ObjectMapper json) {
        return new WriteRoute(UNGRANTED, json);
    }

    @Bean
    @Primary
    ToolAccessPolicy grantingOneWriteTool() {
        return new ToolAccessPolicy() {
            @Override
            public boolean listed(ToolDef def) {
                return def.access() == Access.READ || GRANTED.equals(def.name());
            }

            @Override
            public void check(ToolDef def, ToolCall call) {
                if (!listed(def)) {
                    throw new ToolException(403, "Tool not granted", "the write tool " + def.name()
                            + " is not granted on this instance; add '" + def.name() + "' to SOPHOS_GRANTS",
                            Map.of("tool", def.name(), "grant", def.name()));
                }
            }
        };
    }

    static final class WriteRoute extends ToolRouteBuilder {

        private final ToolDef def;
        private final ObjectMapper json;

        WriteRoute(String name, ObjectMapper json) {
            this.def = new ToolDef(name, "Test only. A write tool that changes nothing and answers {written, caller, "
                    + "via}, to show how MCP lists and calls write tools.",
                    Access.WRITE, Schema.object().prop("note", Schema.string(40)).required("note").json(),
                    ToolDef.ROLE_MANAGEMENT, null);
            this.json = json;
        }

        @Override
        public ToolDef definition() {
            return def;
        }

        @Override
        public void configure() {
            tool().process(e -> e.getMessage().setBody(json.createObjectNode()
                    .put("written", call(e).text("note"))
                    .put("caller", call(e).caller().id())
                    .put("via", call(e).caller().via())));
        }
    }
}
