package io.centralbridge.stream;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import io.centralbridge.Application;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.support.TestSandboxes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole app is closed at a random point of the stream and started again, five times, on the same state
 * folder, its cursors in the compacted Kafka topic: afterwards every sandbox id is in Kafka and none twice.
 */
class AppRestartStreamTest {

    private static final Sandbox SANDBOX = Sandbox.start(SandboxConfig.builder().seed(11).noRateLimit().build());

    @AfterAll
    static void close() {
        SANDBOX.close();
    }

    @Test
    void restartingTheAppFiveTimesLosesNothingAndDuplicatesNothing() throws Exception {
        TestKafka kafka = TestKafka.get();
        Path state = StreamAppTest.tempDir("app-restart");
        SANDBOX.siem().volume(20_000, Duration.ofHours(12));
        Set<String> ids = SANDBOX.siem().ids();
        // small pages and a slow Sophos, so the stream is still running at every kill
        SANDBOX.faults().latency(200);
        Map<TopicPartition, Long> from = kafka.ends(TestKafka.EVENTS, TestKafka.ALERTS);
        Map<String, Object> props = new HashMap<>(StreamAppTest.properties(SANDBOX, state, kafka.bootstrap()));
        props.put("sophos.api-keys", TestSandboxes.API_KEY);
        props.put("server.port", "0");
        props.put("sophos.stream.flows.siem-stream.page-limit", "100");
        // A Java file lock belongs to the whole JVM, so apps that follow each other inside this one test JVM
        // cannot hand the cluster lock on as separate processes do; leader election is not what this tests.
        props.put("sophos.stream.cluster.enabled", "false");
        // cursors in the compacted Kafka topic, as when Kafka is a sink by default
        props.put("sophos.stream.cursor-store", "auto");
        Random random = new Random();
        long deliveredAtKills = 0;
        for (int i = 0; i < 5; i++) {
            ConfigurableApplicationContext app = start(props);
            long wait = 500 + random.nextInt(2000);
            await().pollDelay(Duration.ofMillis(wait)).atMost(Duration.ofSeconds(10)).until(() -> true);
            deliveredAtKills += app.getBean(StreamMetrics.class).states().values().stream()
                    .mapToLong(StreamMetrics.State::out).sum();
            app.close();
        }
        assertThat(deliveredAtKills).as("the kills fell inside the stream").isLessThan(ids.size());
        SANDBOX.faults().reset();
        ConfigurableApplicationContext last = start(props);
        try {
            List<ConsumerRecord<String, String>> got = StreamAppTest.awaitAll(ids, from, Duration.ofSeconds(90));
            Map<String, Long> perId = got.stream().map(ConsumerRecord::key).filter(ids::contains)
                    .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
            assertThat(perId.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(perId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                    .as("ids delivered twice").isEmpty();
        } finally {
            last.close();
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> props) {
        // as arguments: they must win over the surefire system properties that keep flows off elsewhere
        return new SpringApplicationBuilder(Application.class)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
