package io.centralbridge.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 50,000 SIEM records of 12 tenants, streamed into Kafka and read back: every sandbox id exactly once. */
class VolumeStreamTest extends StreamAppTest {

    @Test
    void fiftyThousandRecordsOfTwelveTenantsReachKafkaExactlyOnce() throws Exception {
        Map<TopicPartition, Long> from = freshStream(50_000);
        Set<String> ids = SANDBOX.siem().ids();
        assertThat(ids).hasSize(50_000);
        camel.getRouteController().startRoute("siem-stream");

        List<ConsumerRecord<String, String>> got = awaitAll(ids, from, Duration.ofSeconds(90));

        Map<String, Long> perId = got.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(perId.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(perId.values()).allMatch(n -> n == 1);
        ConsumerRecord<String, String> one = got.get(0);
        JsonNode body = new ObjectMapper().readTree(one.value());
        Map<String, String> headers = java.util.Arrays.stream(one.headers().toArray())
                .collect(Collectors.toMap(Header::key, h -> new String(h.value()), (a, b) -> a));
        assertThat(body.path("id").asText()).isEqualTo(one.key());
        assertThat(headers).containsEntry("sophosTenantId", body.at("/tenant/id").asText())
                .containsEntry("sophosStream", one.topic().endsWith("events") ? "events" : "alerts")
                .containsEntry("sophosFormat", "json");
        assertThat(body.at("/tenant/name").asText()).isNotEmpty();
        assertThat(body.path("stream").asText()).isEqualTo(headers.get("sophosStream"));
        assertThat(got.stream().map(ConsumerRecord::topic).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TestKafka.EVENTS, TestKafka.ALERTS);
        assertThat(got.stream().map(r -> r.value()).map(Function.identity()).count()).isEqualTo(50_000);
    }
}
