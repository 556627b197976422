package io.centralbridge.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka goes away for 20 s in the middle of a stream (every connection to it cut and refused, by the
 * {@link TcpProxy} the broker is reached through): the flow holds, the cursors stay where they are, and once
 * the broker is back the flow resumes by itself, with every record delivered exactly once.
 */
class BrokerOutageStreamTest extends StreamAppTest {

    @AfterEach
    void restore() {
        KAFKA.proxy.restore();
        SANDBOX.faults().reset();
    }

    @Test
    void aTwentySecondBrokerOutageHoldsTheFlowAndLosesNothing() throws Exception {
        Map<TopicPartition, Long> from = freshStream(20_000);
        Set<String> ids = SANDBOX.siem().ids();
        SANDBOX.faults().latency(150);
        camel.getRouteController().startRoute("siem-stream");
        Path cursors = STATE.resolve("state").resolve("cursors");
        await().atMost(Duration.ofSeconds(30)).until(() -> cursorFiles(cursors).size() >= 3);

        KAFKA.proxy.cut();
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        Map<String, String> during = cursorFiles(cursors);
        await().pollDelay(Duration.ofSeconds(17)).atMost(Duration.ofSeconds(20)).until(() -> true);
        assertThat(cursorFiles(cursors)).as("no cursor moves while the broker is down").isEqualTo(during);
        KAFKA.proxy.restore();

        List<ConsumerRecord<String, String>> got = awaitAll(ids, from, Duration.ofSeconds(120));

        Map<String, Long> perId = got.stream().map(ConsumerRecord::key).filter(ids::contains)
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        assertThat(perId.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(perId.values()).allMatch(n -> n == 1);
    }

    private static Map<String, String> cursorFiles(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
                String text = Files.readString(p);
                // savedAt changes on every save; the position is what must not move
                out.put(p.getFileName().toString(), text.replaceAll("\"savedAt\":\"[^\"]*\"", ""));
            }
        }
        return out;
    }
}
