package io.centralbridge.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.support.Api;
import io.centralbridge.tool.Access;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based hostile input (jqwik) for every tool of the catalogue: the read tools in the PartnerAppTest
 * context, the write tools in the WriteAppTest context that grants them. Generators come from each tool's JSON
 * Schema (see {@link HostileCalls}). The properties: nothing is ever a 5xx; every 400 names the field, in
 * {@code field} and in the detail; and no refused call (400, 413, 415) reaches Sophos. A call that happens to be
 * valid may succeed or get an honest 404; the one upstream request a refusal may cause is the tenant-directory
 * re-read an unknown tenant id triggers (rate-limited).
 */
class HostileInputPropertiesTest {

    static final AtomicInteger CALLS = new AtomicInteger();

    @Property(tries = 700, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void noReadToolCallIsA500AndNoRefusalReachesSophos(@ForAll("readCalls") HostileCalls.Call call) {
        check(SharedContexts.partner(), call);
    }

    @Property(tries = 350, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void noWriteToolCallIsA500AndNoRefusalReachesSophos(@ForAll("writeCalls") HostileCalls.Call call) {
        check(SharedContexts.write(), call);
    }

    @Provide
    Arbitrary<HostileCalls.Call> readCalls() {
        SharedContexts.App app = SharedContexts.partner();
        var tenants = app.sandbox().world().tenants();
        return HostileCalls.of(app.tools(Access.READ), List.of(tenants.get(0).id(), tenants.get(3).id(),
                "00000000-0000-4000-8000-00000000abcd"));
    }

    @Provide
    Arbitrary<HostileCalls.Call> writeCalls() {
        SharedContexts.App app = SharedContexts.write();
        // tenant 7 is used by no other write test, so a call that happens to be valid disturbs nobody
        return HostileCalls.of(app.tools(Access.WRITE), List.of(app.sandbox().world().tenants().get(7).id(),
                "00000000-0000-4000-8000-00000000dcba"));
    }

    static void check(SharedContexts.App app, HostileCalls.Call call) {
        app.reset();
        Api.Response r = app.api().tool(call.tool(), call.json());
        CALLS.incrementAndGet();
        Statistics.label("status").collect(r.status());
        Statistics.label("tool").collect(call.tool());
        List<RecordedRequest> upstream = app.sandbox().requests().all().stream()
                .filter(q -> !(q.method().equals("GET") && q.path().equals("/partner/v1/tenants")))
                .toList();
        assertThat(r.status()).as("%s -> %s", call, r.text()).isLessThan(500);
        AnswerScanner.assertNoInternals(r.text(), call.toString());
        if (r.status() == 400) {
            assertThat(r.contentType()).startsWith("application/problem+json");
            String field = r.body().path("field").asText();
            assertThat(field).as("the field named by %s -> %s", call, r.text()).isNotBlank();
            assertThat(r.body().path("detail").asText()).as("%s", call).contains(field);
        }
        if (r.status() == 400 || r.status() == 413 || r.status() == 415) {
            assertThat(upstream).as("a refused call reaches nothing: %s -> %s", call, r.text()).isEmpty();
        }
    }

    @AfterContainer
    static void atLeastAThousandCalls() {
        assertThat(CALLS.get()).as("hostile calls made").isGreaterThanOrEqualTo(1000);
    }
}
