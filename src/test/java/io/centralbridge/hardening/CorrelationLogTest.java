package io.centralbridge.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.support.Api;
import io.centralbridge.tool.ToolInvoker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every Sophos request a tool call makes is logged once, with that call's correlation id (MDC toolCall), even
 * when the request runs on another thread: async redelivery after a 429, the hunting poll scheduler, the pages
 * of a multi-page read.
 */
class CorrelationLogTest extends FaultAppTest {

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger upstream;
    private Logger invoker;
    private Logger pages;
    private Level invokerLevel;

    @BeforeEach
    void capture() {
        captured.start();
        upstream = (Logger) LoggerFactory.getLogger("io.centralbridge.upstream");
        invoker = (Logger) LoggerFactory.getLogger(ToolInvoker.class);
        invokerLevel = invoker.getLevel();
        // the invoker's DEBUG line "tool ... took" carries the id the call was given
        invoker.setLevel(Level.DEBUG);
        pages = (Logger) LoggerFactory.getLogger("io.centralbridge.http.PageCollector");
        upstream.addAppender(captured);
        invoker.addAppender(captured);
        pages.addAppender(captured);
    }

    @AfterEach
    void release() {
        upstream.detachAppender(captured);
        invoker.detachAppender(captured);
        pages.detachAppender(captured);
        invoker.setLevel(invokerLevel);
    }

    @Test
    void everyUpstreamLineOfACallCarriesThatCallsId() {
        // the tenant with the most endpoints: at 20 a page, more than 10 pages, so a progress line too
        String t = sandbox.world().tenants().stream()
                .max(java.util.Comparator.comparingInt(x -> sandbox.world().endpoints(x.id()).size())).orElseThrow().id();
        assertThat(sandbox.world().endpoints(t)).hasSizeGreaterThan(200);
        Set<String> ids = new HashSet<>();
        // pages of 20 endpoints, two 429s on the way (redelivered on Camel's scheduler)
        ids.add(callAndCheck("list_endpoints", Map.of("tenant_id", t), true));
        // submit, polls on the hunting scheduler, result pages
        ids.add(callAndCheck("run_data_lake_query", Map.of("tenant_id", t, "sql", ReadTools.SQL, "wait_seconds", 20), true));
        ids.add(callAndCheck("get_qbr_summary", Map.of("tenant_id", t), false));
        assertThat(ids).as("each call has an id of its own").hasSize(3);
    }

    private String callAndCheck(String tool, Map<String, Object> params, boolean rateLimited) {
        sandbox.requests().clear();
        sandbox.faults().reset();
        if (rateLimited) {
            sandbox.faults().failNext("GET", "/", 2, 429, 1);
        }
        captured.list.clear();
        Api.Response r = api.tool(tool, params);
        assertThat(r.status()).as(r.text()).isEqualTo(200);

        List<ILoggingEvent> lines = List.copyOf(captured.list);
        String id = lines.stream().filter(e -> e.getLoggerName().equals(ToolInvoker.class.getName()))
                .map(e -> e.getMDCPropertyMap().get("toolCall")).findFirst().orElseThrow();
        List<ILoggingEvent> upstreamLines = lines.stream()
                .filter(e -> e.getLoggerName().equals("io.centralbridge.upstream")).toList();
        List<RecordedRequest> sent = sandbox.requests().all().stream()
                .filter(q -> !q.path().startsWith("/api/v2/oauth2")).toList();
        assertThat(upstreamLines).as(tool + ": one line per request Sophos received").hasSize(sent.size());
        assertThat(upstreamLines).as(tool).allSatisfy(e -> {
            assertThat(e.getMDCPropertyMap().get("toolCall")).as(e.getFormattedMessage() + " on " + e.getThreadName())
                    .isEqualTo(id);
            assertThat(e.getFormattedMessage()).matches("Sophos (GET|POST) /\\S+ -> (\\d{3}|no answer .*) in \\d+ ms")
                    .doesNotContain("Bearer", "X-Tenant-ID");
        });
        if (tool.equals("list_endpoints")) {
            assertThat(lines).filteredOn(e -> e.getLoggerName().endsWith("PageCollector"))
                    .as("a progress line every 10 pages, with the call's id").isNotEmpty()
                    .allSatisfy(e -> {
                        assertThat(e.getFormattedMessage()).matches("GET /endpoint/v1/endpoints: \\d+0 pages read, \\d+ records so far");
                        assertThat(e.getMDCPropertyMap().get("toolCall")).isEqualTo(id);
                    });
        }
        if (rateLimited) {
            assertThat(upstreamLines).extracting(ILoggingEvent::getFormattedMessage).filteredOn(m -> m.contains("-> 429"))
                    .hasSize(2);
            Set<String> threads = upstreamLines.stream().map(ILoggingEvent::getThreadName).collect(Collectors.toSet());
            assertThat(threads).as("the lines came from more than one thread").hasSizeGreaterThan(1);
        }
        return id;
    }
}
