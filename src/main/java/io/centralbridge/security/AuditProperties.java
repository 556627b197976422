package io.centralbridge.security;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where write calls are audited: a JSON-lines file (SOPHOS_AUDIT_FILE; empty turns it off) and, optionally,
 * a Kafka topic (SOPHOS_AUDIT_KAFKA_TOPIC with SOPHOS_AUDIT_KAFKA_BROKERS).
 */
@ConfigurationProperties("sophos.audit")
public record AuditProperties(@DefaultValue("data/audit/write-calls.jsonl") Path file,
                              @DefaultValue("") String kafkaTopic,
                              @DefaultValue("localhost:9092") String kafkaBrokers) {
}
