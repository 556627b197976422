package io.centralbridge.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Cursors in a compacted Kafka topic (key: flow/tenant/stream), used when Kafka is a sink, so the cursors live
 * where the records do and any instance taking over the flow reads them. Each load first catches up with the
 * topic, so a cursor saved by another instance is seen; each save waits for the broker's ack (acks=all).
 */
final class KafkaCursorStore implements CursorStore, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Cursor> cursors = new ConcurrentHashMap<>();
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private List<TopicPartition> partitions;

    KafkaCursorStore(String bootstrap, String topic) {
        this.topic = topic;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(TIMEOUT.toMillis()));
        this.producer = new KafkaProducer<>(p);
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(c);
        Properties a = new Properties();
        a.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(a)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) -1)
                    .configs(Map.of("cleanup.policy", "compact"))))
                    .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the cursor topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating the cursor topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer creating the cursor topic " + topic, e);
        }
    }

    @Override
    public synchronized Optional<Cursor> load(StreamKey key) {
        catchUp();
        return Optional.ofNullable(cursors.get(key.asText()));
    }

    @Override
    public void save(StreamKey key, Cursor c) {
        ObjectNode n = json.createObjectNode().put("position", c.position()).put("savedAt", c.savedAt().toString());
        if (c.newestRecordAt() != null) {
            n.put("newestRecordAt", c.newestRecordAt().toString());
        }
        try {
            producer.send(new ProducerRecord<>(topic, key.asText(), n.toString())).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted saving cursor " + key.asText(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot save cursor " + key.asText() + " to " + topic, e);
        }
        cursors.put(key.asText(), c);
    }

    /** Reads the topic up to its current end; a compacted topic holds one (the newest) cursor per key. */
    private void catchUp() {
        if (partitions == null) {
            List<TopicPartition> ps = new ArrayList<>();
            consumer.partitionsFor(topic, TIMEOUT).forEach(i -> ps.add(new TopicPartition(topic, i.partition())));
            consumer.assign(ps);
            consumer.seekToBeginning(ps);
            partitions = ps;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp, TIMEOUT) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cannot read the cursor topic " + topic + " to its end");
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.value() == null) {
                    cursors.remove(r.key());
                    continue;
                }
                try {
                    JsonNode n = json.readTree(r.value());
                    cursors.put(r.key(), new Cursor(n.path("position").asText(), Instant.parse(n.path("savedAt").asText()),
                            n.hasNonNull("newestRecordAt") ? Instant.parse(n.path("newestRecordAt").asText()) : null));
                } catch (java.io.IOException | RuntimeException e) {
                    throw new IllegalStateException("unreadable cursor " + r.key() + " in " + topic, e);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
    }
}
