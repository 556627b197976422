package io.centralbridge.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.sandbox.SandboxCredential;
import io.centralbridge.support.TestSandboxes;
import org.apache.camel.CamelContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * The app with the shipped SIEM flow on, against its own partner sandbox (12 tenants, no rate limit) and a
 * real Kafka broker behind a {@link TcpProxy}. One Spring context for every streaming test. A test starts a
 * fresh stream: flow stopped, cursors dropped, new sandbox data (new ids), Kafka offsets noted, flow started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StreamAppTest {

    static final Sandbox SANDBOX = Sandbox.start(SandboxConfig.builder().seed(7).noRateLimit().build());
    static final Path STATE = tempDir("stream-test");
    static final TestKafka KAFKA = TestKafka.get();

    @Autowired
    CamelContext camel;
    @Autowired
    StreamMetrics metrics;

    @DynamicPropertySource
    static void streaming(DynamicPropertyRegistry r) {
        register(r, SANDBOX, STATE, KAFKA.bootstrap());
        r.add("sophos.api-keys", () -> TestSandboxes.API_KEY);
        r.add("server.port", () -> "0");
    }

    /** Everything an app streaming from {@code sandbox} into Kafka needs, its state under {@code state}. */
    static void register(DynamicPropertyRegistry r, Sandbox sandbox, Path state, String kafka) {
        properties(sandbox, state, kafka).forEach((k, v) -> r.add(k, () -> v));
    }

    static Map<String, String> properties(Sandbox sandbox, Path state, String kafka) {
        SandboxCredential c = sandbox.credential(CredentialKind.PARTNER);
        Map<String, String> p = new HashMap<>();
        p.put("sophos.client-id", c.clientId());
        p.put("sophos.client-secret", c.clientSecret());
        p.put("sophos.identity-url", sandbox.identityUrl());
        p.put("sophos.global-url", sandbox.globalUrl());
        p.put("sophos.allowed-hosts", "127.0.0.1:*");
        p.put("sophos.upstream.backoff-initial", "20ms");
        p.put("sophos.upstream.backoff-max", "200ms");
        p.put("sophos.stream.state-dir", state.resolve("state").toString());
        // the tests start fresh streams by dropping cursor files; AppRestartStreamTest uses the Kafka store
        p.put("sophos.stream.cursor-store", "file");
        p.put("sophos.stream.cluster.enabled", "true");
        p.put("sophos.stream.cluster.root", state.resolve("cluster").toString());
        p.put("sophos.stream.cluster.acquire-lock-interval", "500ms");
        p.put("sophos.sinks.file.dir", state.resolve("data").toString());
        p.put("sophos.sinks.kafka.bootstrap-servers", kafka);
        p.put("sophos.stream.flows.siem-stream.enabled", "true");
        p.put("sophos.stream.flows.siem-stream.period-ms", "300");
        p.put("sophos.stream.flows.siem-stream.initial-delay-ms", "100");
        p.put("sophos.stream.flows.siem-stream.parallelism", "6");
        return p;
    }

    /**
     * Stops the flow, forgets its cursors, gives the sandbox {@code total} new records and answers the Kafka
     * offsets from which this run's records will be read. The caller starts the flow again.
     */
    Map<TopicPartition, Long> freshStream(int total) throws Exception {
        // the leader policy starts the flow once this instance holds the lock; wait for that (and the first
        // run it makes), or it would start the flow again behind the test's back
        await().atMost(Duration.ofSeconds(60)).until(() -> !metrics.states().isEmpty());
        camel.getRouteController().stopRoute("siem-stream");
        deleteTree(STATE.resolve("state").resolve("cursors"));
        SANDBOX.siem().volume(total, Duration.ofHours(12));
        return KAFKA.ends(TestKafka.EVENTS, TestKafka.ALERTS);
    }

    /** Waits until every id is in Kafka after {@code from}; answers the records read. */
    static List<ConsumerRecord<String, String>> awaitAll(Set<String> ids, Map<TopicPartition, Long> from, Duration atMost) {
        List<ConsumerRecord<String, String>>[] last = new List[1];
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() -> {
            last[0] = KAFKA.readFrom(from);
            return last[0].stream().map(ConsumerRecord::key).collect(java.util.stream.Collectors.toSet()).containsAll(ids);
        });
        return last[0];
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
    }
}
