package io.centralbridge.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real KRaft broker for the streaming tests, reached only through a {@link TcpProxy} so a test can take
 * it away. Topics are read back from the offsets a test noted at its start.
 */
final class TestKafka {

    static final String EVENTS = "sophos.siem.events";
    static final String ALERTS = "sophos.siem.alerts";
    private static TestKafka instance;

    final EmbeddedKafkaKraftBroker broker;
    final TcpProxy proxy;

    private TestKafka() throws IOException {
        proxy = new TcpProxy(0);
        broker = new EmbeddedKafkaKraftBroker(1, 4);
        broker.brokerProperty("advertised.listeners", "EXTERNAL://127.0.0.1:" + proxy.port());
        broker.adminTimeout(30);
        broker.afterPropertiesSet();
        String real = broker.getBrokersAsString();
        proxy.target(Integer.parseInt(real.substring(real.lastIndexOf(':') + 1)));
        broker.addTopics(EVENTS, ALERTS);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
    }

    static synchronized TestKafka get() {
        if (instance == null) {
            try {
                instance = new TestKafka();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    String bootstrap() {
        return "127.0.0.1:" + proxy.port();
    }

    /** The end offsets now, per partition of the topics. */
    Map<TopicPartition, Long> ends(String... topics) {
        try (KafkaConsumer<String, String> c = consumer()) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : topics) {
                c.partitionsFor(t).forEach(p -> parts.add(new TopicPartition(t, p.partition())));
            }
            return new HashMap<>(c.endOffsets(parts));
        }
    }

    /** Every record after the given offsets up to the current end. */
    List<ConsumerRecord<String, String>> readFrom(Map<TopicPartition, Long> from) {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = consumer()) {
            c.assign(from.keySet());
            from.forEach(c::seek);
            Map<TopicPartition, Long> end = c.endOffsets(from.keySet());
            while (from.keySet().stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p);
    }
}
