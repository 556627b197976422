package io.centralbridge.expose;

import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolCancellation;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolProgress;
import io.centralbridge.tool.ToolRouteBuilder;
import org.apache.camel.Exchange;
import org.apache.camel.support.ExpressionAdapter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Test only: a long tool shaped like the hunting tools (another branch) to prove the MCP progress and
 * cancellation plumbing. It polls the sandbox's health check {@code polls} times with an asynchronous delay
 * between polls (no thread parked), reports progress after each, and stops when cancelled.
 */
@TestConfiguration(proxyBeanMethods = false)
class SlowPollTool {

    static final String NAME = "test_slow_poll";

    @Bean
    Route slowPollRoute(TenantResolver tenants, ObjectMapper json) {
        return new Route(tenants, json);
    }

    static final class Route extends ToolRouteBuilder {

        private static final ToolDef DEF = ToolDef.read(NAME,
                "Test only. Polls the tenant's health check the given number of times, reporting progress after "
                        + "each poll, and answers {polls}.",
                Schema.object().prop("tenant_id", Schema.tenantId())
                        .prop("polls", Schema.integer(1, 1000).describe("How many polls."))
                        .prop("interval_ms", Schema.integer(10, 2000).defaultValue(50).describe("Delay between polls."))
                        .required("polls").json());

        /** Polls sent by the last call, read by the tests once the call has returned. */
        final AtomicInteger polls = new AtomicInteger();
        private final TenantResolver tenants;
        private final ObjectMapper json;

        Route(TenantResolver tenants, ObjectMapper json) {
            this.tenants = tenants;
            this.json = json;
        }

        @Override
        public ToolDef definition() {
            return DEF;
        }

        @Override
        public void configure() {
            tool()
                    .process(e -> {
                        e.setProperty(TENANT, tenants.resolve(call(e)));
                        polls.set(0);
                    })
                    .loopDoWhile(e -> polls.get() < call(e).integer("polls") && !ToolCancellation.of(e).isCancelled())
                        .delay(new ExpressionAdapter() {
                            @Override
                            public Object evaluate(Exchange e) {
                                return call(e).integer("interval_ms").longValue();
                            }
                        }).asyncDelayed()
                        .process(e -> {
                            polls.incrementAndGet(); // counted as sent, so a stop right after the call still counts it
                            e.getMessage().setBody(
                                    SophosRequest.get("/account-health-check/v1/health-check", Scope.tenant(tenant(e))));
                        })
                        .to("direct:sophos.call")
                        .process(e -> {
                            int done = polls.get();
                            int total = call(e).integer("polls");
                            ToolProgress.of(e).report(done, (double) total, "poll " + done + " of " + total);
                        })
                    .end()
                    .process(e -> e.getMessage().setBody(json.createObjectNode().put("polls", polls.get())));
        }
    }
}
