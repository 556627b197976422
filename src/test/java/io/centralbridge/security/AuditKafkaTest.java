package io.centralbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.AuditKafkaBroker;
import io.centralbridge.support.WriteAppTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** With SOPHOS_AUDIT_KAFKA_TOPIC set, each audit line also reaches the Kafka topic, keyed by tool. */
class AuditKafkaTest extends WriteAppTest {

    @Test
    void auditLinesReachTheKafkaTopicWithSecretsRedacted() throws Exception {
        SandboxTenant t = tenant(7);
        String endpoint = sandbox.world().endpoints(t.id()).get(1).get("id").asText();
        String marker = "kafka-" + UUID.randomUUID();
        Api.Response r = api.tool("update_endpoints_isolation", Map.of("tenant_id", t.id(), "enabled", true,
                "endpoint_ids", List.of(endpoint), "comment", marker, "dry_run", true));
        assertThat(r.status()).isEqualTo(200);
        Api.Response tamper = api.tool("update_tamper_protection", Map.of("tenant_id", t.id(), "endpoint_id", endpoint,
                "reveal_password", true));
        String password = tamper.body().path("password").asText();
        assertThat(password).isNotBlank();

        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, AuditKafkaBroker.brokers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "audit-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(AuditKafkaBroker.TOPIC));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen).anyMatch(x -> x.value().contains(marker))
                        .anyMatch(x -> "update_tamper_protection".equals(x.key()));
            });
        }
        ConsumerRecord<String, String> iso = seen.stream().filter(x -> x.value().contains(marker)).findFirst().orElseThrow();
        assertThat(iso.key()).isEqualTo("update_endpoints_isolation");
        JsonNode line = JSON.readTree(iso.value());
        assertThat(line.path("outcome").asText()).isEqualTo("dry_run");
        assertThat(line.at("/tenant/id").asText()).isEqualTo(t.id());
        assertThat(seen).anyMatch(x -> "update_tamper_protection".equals(x.key()));
        assertThat(seen).noneMatch(x -> x.value().contains(password));
    }
}
