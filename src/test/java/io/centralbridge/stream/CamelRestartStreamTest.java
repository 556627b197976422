package io.centralbridge.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every route of the Camel context is stopped (forced after 1 s) and started again at random points, five times, while the stream runs. Pages
 * cut off mid-way are read again from their cursor; de-duplication keeps them from showing twice.
 */
class CamelRestartStreamTest extends StreamAppTest {

    @AfterEach
    void noLatency() {
        SANDBOX.faults().reset();
    }

    private static long out(StreamMetrics m) {
        return m.states().values().stream().mapToLong(StreamMetrics.State::out).sum();
    }

    @Test
    void killingTheCamelContextFiveTimesLosesNothingAndDuplicatesNothing() throws Exception {
        Map<TopicPartition, Long> from = freshStream(20_000);
        Set<String> ids = SANDBOX.siem().ids();
        // slow Sophos down so that the stream is still running at each kill
        SANDBOX.faults().latency(1500);
        camel.getRouteController().startRoute("siem-stream");
        Random random = new Random();
        StreamMetrics metrics = camel.getRegistry().findSingleByType(StreamMetrics.class);
        long before = out(metrics);
        long atLastKill = 0;
        for (int i = 0; i < 5; i++) {
            long wait = 400 + random.nextInt(1200);
            await().pollDelay(Duration.ofMillis(wait)).atMost(Duration.ofSeconds(10)).until(() -> true);
            // every route of the context, the upstream and sink routes included, forced down mid-page
            camel.getShutdownStrategy().setTimeout(1);
            atLastKill = out(metrics) - before;
            camel.getRouteController().stopAllRoutes();
            camel.getRouteController().startAllRoutes();
        }

        assertThat(atLastKill).as("the kills fell inside the stream").isLessThan(ids.size());
        SANDBOX.faults().reset();
        List<ConsumerRecord<String, String>> got = awaitAll(ids, from, Duration.ofSeconds(90));

        Map<String, Long> perId = got.stream().map(ConsumerRecord::key).filter(ids::contains)
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        assertThat(perId.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(perId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("ids delivered twice").isEmpty();
    }
}
