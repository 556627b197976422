package io.centralbridge.sink.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.support.PartnerAppTest;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The webhook and Splunk HEC sinks against a local receiver that fails 30 % of requests, and one that says 400. */
@ExtendWith(OutputCaptureExtension.class)
class HttpSinkTest extends PartnerAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProducerTemplate producer;

    private static List<ObjectNode> records(String prefix, int n) {
        List<ObjectNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(JSON.createObjectNode().put("id", prefix + "-" + i).put("type", "Event::Endpoint::Threat")
                    .put("when", "2026-12-04T10:15:30.123Z").put("name", "hostile | = \\ \n ü " + i));
        }
        return out;
    }

    private Object send(String route, String url, Object body) {
        return producer.requestBodyAndHeaders(route, body,
                Map.of(HttpSinkRoutes.URL_HEADER, url, HttpSinkRoutes.STREAM_HEADER, "events"));
    }

    private static Map<String, Long> countById(List<String> ids) {
        return ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void webhookLosesAndDuplicatesNothingWhenThirtyPercentOfRequestsFail() throws Exception {
        try (FlakyReceiver hook = new FlakyReceiver(0.30, 503)) {
            List<ObjectNode> list = records("w", 1500);

            send("direct:sink.webhook", hook.url("/hook"), list);

            List<String> ids = new ArrayList<>();
            for (FlakyReceiver.Received r : hook.accepted) {
                assertThat(r.contentEncoding()).isEqualTo("gzip");
                JsonNode batch = JSON.readTree(r.body());
                assertThat(batch.isArray()).isTrue();
                assertThat(batch.size()).isBetween(1, 50);
                batch.forEach(x -> ids.add(x.path("id").asText()));
            }
            assertThat(hook.failed.get()).as("the receiver failed some requests").isGreaterThan(5);
            assertThat(ids).hasSize(1500);
            assertThat(countById(ids)).hasSize(1500).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
            assertThat(ids).containsExactlyElementsOf(list.stream().map(r -> r.path("id").asText()).toList());
            assertThat(JSON.readTree(hook.accepted.get(0).body()).get(0)).isEqualTo(list.get(0));
        }
    }

    @Test
    void oneRecordExchangesShareBatchesAndEachReturnsOnlyOnceItsBatchWasTaken() throws Exception {
        try (FlakyReceiver hook = new FlakyReceiver(0.30, 503)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> calls = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    List<ObjectNode> mine = records("s" + t, 20);
                    calls.add(pool.submit(() -> mine.forEach(r -> send("direct:sink.webhook", hook.url("/hook"), r))));
                }
                for (Future<?> f : calls) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            List<String> ids = new ArrayList<>();
            for (FlakyReceiver.Received r : hook.accepted) {
                JSON.readTree(r.body()).forEach(x -> ids.add(x.path("id").asText()));
            }
            assertThat(countById(ids)).hasSize(160).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
            assertThat(hook.accepted.size()).as("records were batched").isLessThan(160);
        }
    }

    @Test
    void splunkHecGetsGzippedEventsWithItsTokenAndLosesNothing(CapturedOutput output) throws Exception {
        try (FlakyReceiver hec = new FlakyReceiver(0.30, 503)) {
            send("direct:sink.splunk-hec", hec.url(""), records("h", 600));

            List<String> ids = new ArrayList<>();
            for (FlakyReceiver.Received r : hec.accepted) {
                assertThat(r.path()).isEqualTo("/services/collector/event");
                assertThat(r.authorization()).isEqualTo("Splunk test-hec-token-4f2a");
                assertThat(r.contentEncoding()).isEqualTo("gzip");
                try (MappingIterator<JsonNode> events = JSON.readerFor(JsonNode.class).readValues(r.body())) {
                    while (events.hasNext()) {
                        JsonNode ev = events.next();
                        assertThat(ev.path("time").decimalValue()).isEqualByComparingTo("1796379330.123");
                        assertThat(ev.path("source").asText()).isEqualTo("sophos-central");
                        assertThat(ev.path("sourcetype").asText()).isEqualTo("sophos:central:events");
                        assertThat(ev.has("host")).isFalse();
                        ids.add(ev.path("event").path("id").asText());
                    }
                }
            }
            assertThat(hec.failed.get()).isGreaterThan(0);
            assertThat(countById(ids)).hasSize(600).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
            assertThat(output.getAll()).doesNotContain("test-hec-token-4f2a");
        }
    }

    @Test
    void aFourHundredStopsTheFlowAtOnceWithAClearErrorAndSendsNothingMore() throws Exception {
        try (FlakyReceiver hook = new FlakyReceiver(1.0, 400)) {
            assertThatThrownBy(() -> send("direct:sink.webhook", hook.url("/hook"), records("r", 200)))
                    .isInstanceOf(CamelExecutionException.class)
                    .cause().isInstanceOf(HttpSinkException.Rejected.class)
                    .hasMessageContaining("webhook at " + hook.url("/hook"))
                    .hasMessageContaining("rejected a batch of 50 records with HTTP 400")
                    .hasMessageContaining("nothing of this exchange is acknowledged");
            assertThat(hook.requests.get()).as("no retry, no later batch").isEqualTo(1);
        }
    }

    @Test
    void aFailureAfterSomeBatchesNamesTheRecordsThatWereAlreadyTaken() throws Exception {
        try (FlakyReceiver hook = new FlakyReceiver(0, 200)) {
            hook.rejectBodiesContaining("\"id\":\"bad\"", 413);
            List<ObjectNode> list = records("p", 120);
            list.get(110).put("id", "bad"); // in the third batch of 50

            CamelExecutionException thrown = catchThrowableOfType(CamelExecutionException.class,
                    () -> send("direct:sink.webhook", hook.url("/hook"), list));

            assertThat(thrown.getCause()).isInstanceOf(HttpSinkException.Rejected.class);
            HttpSinkException e = (HttpSinkException) thrown.getCause();
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.acknowledgedIds()).hasSize(100).startsWith("p-0").endsWith("p-99");
            List<String> taken = new ArrayList<>();
            for (FlakyReceiver.Received r : hook.accepted) {
                JSON.readTree(r.body()).forEach(x -> taken.add(x.path("id").asText()));
            }
            assertThat(taken).isEqualTo(e.acknowledgedIds());
        }
    }

    @Test
    void aSinkThatDoesNotAnswerIsRetriedThenFailsAsUnavailable() throws Exception {
        String url;
        try (FlakyReceiver gone = new FlakyReceiver(0, 200)) {
            url = gone.url("/hook"); // closed at once: connections are refused from here on
        }
        assertThatThrownBy(() -> send("direct:sink.webhook", url, records("d", 3)))
                .cause().isInstanceOf(HttpSinkException.Unavailable.class)
                .hasMessageContaining("did not answer after 11 attempts");
    }

    @Test
    void aSinkWithoutAUrlSaysWhichSettingToSet() {
        assertThatThrownBy(() -> producer.requestBody("direct:sink.webhook", records("x", 1)))
                .cause().isInstanceOf(HttpSinkException.class).hasMessageContaining("SOPHOS_WEBHOOK_URL");
    }
}
