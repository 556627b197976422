package io.centralbridge.support;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real Kafka broker (KRaft, in this JVM) for the write context's audit topic, started on first use. */
public final class AuditKafkaBroker {

    public static final String TOPIC = "sophos.audit.test";
    private static EmbeddedKafkaKraftBroker broker;

    private AuditKafkaBroker() {
    }

    public static synchronized String brokers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker b = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
            b.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(b::destroy));
            broker = b;
        }
        return broker.getBrokersAsString();
    }
}
