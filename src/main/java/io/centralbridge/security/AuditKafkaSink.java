package io.centralbridge.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Sends each audit line to SOPHOS_AUDIT_KAFKA_TOPIC, keyed by tool name, waiting for the broker's
 * acknowledgement (acks=all) so that a write call is not answered before its audit line is durable.
 */
@Component
@ConditionalOnExpression("'${sophos.audit.kafka-topic:}' != ''")
class AuditKafkaSink implements AuditSink {

    private final ProducerTemplate producer;
    private final ObjectMapper json;
    private final String uri;
    private final String topic;

    AuditKafkaSink(ProducerTemplate producer, ObjectMapper json, AuditProperties properties) {
        this.producer = producer;
        this.json = json;
        this.topic = properties.kafkaTopic();
        this.uri = "kafka:" + topic + "?brokers=" + properties.kafkaBrokers()
                + "&requestRequiredAcks=all&enableIdempotence=true&lingerMs=0";
    }

    @Override
    public void append(ObjectNode line) {
        try {
            producer.sendBodyAndHeader(uri, json.writeValueAsString(line), "CamelKafkaKey", line.path("tool").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit line not serializable", e);
        }
    }

    @Override
    public String name() {
        return "kafka topic " + topic;
    }
}
