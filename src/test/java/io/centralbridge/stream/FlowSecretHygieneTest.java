package io.centralbridge.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.RecordedRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Secret hygiene of the streaming flow (issue #8): after a stream to files and Kafka, neither the client secret
 * nor any bearer token the sandbox issued appears in the log, the NDJSON files, the flow state (cursors,
 * delivered ids, leader lock) or the Kafka records and their headers.
 */
class FlowSecretHygieneTest extends StreamAppTest {

    @Test
    void nothingTheFlowWritesHoldsTheClientSecretOrABearerToken() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try {
            Map<TopicPartition, Long> from = freshStream(600);
            camel.getRouteController().startRoute("siem-stream");
            Set<String> ids = SANDBOX.siem().ids();
            List<ConsumerRecord<String, String>> got = awaitAll(ids, from, Duration.ofSeconds(90));
            assertThat(got).hasSizeGreaterThanOrEqualTo(600);

            Set<String> secrets = new LinkedHashSet<>();
            secrets.add(SANDBOX.credential(CredentialKind.PARTNER).clientSecret());
            for (RecordedRequest r : SANDBOX.requests().all()) {
                String auth = r.header("Authorization");
                if (auth != null && auth.startsWith("Bearer ")) {
                    secrets.add(auth.substring(7));
                }
            }
            assertThat(secrets).as("the scan has tokens to look for").hasSizeGreaterThan(1);

            StringBuilder written = new StringBuilder();
            logs.list.forEach(e -> written.append(e.getFormattedMessage()).append(e.getMDCPropertyMap()).append('\n'));
            assertThat(logs.list).as("log events were captured").isNotEmpty();
            for (ConsumerRecord<String, String> r : got) {
                written.append(r.key()).append(r.value());
                r.headers().forEach(h -> written.append(h.key()).append(new String(h.value())));
            }
            // stopped, so no cursor file is being replaced while it is read
            camel.getRouteController().stopRoute("siem-stream");
            try (Stream<Path> files = Files.walk(STATE)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    try {
                        written.append(p).append(new String(Files.readAllBytes(p)));
                    } catch (java.nio.file.NoSuchFileException replaced) {
                        // a temporary file renamed into place between the listing and the read
                    }
                }
            }
            assertThat(written.toString()).as("what the flow wrote").contains(ids.iterator().next());
            for (String s : secrets) {
                assertThat(written.toString()).doesNotContain(s);
            }
        } finally {
            root.detachAppender(logs);
        }
    }
}
