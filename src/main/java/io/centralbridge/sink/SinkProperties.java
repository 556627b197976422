package io.centralbridge.sink;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Where the file and Kafka sinks write. */
@ConfigurationProperties("sophos.sinks")
public record SinkProperties(@DefaultValue FileSettings file, @DefaultValue KafkaSettings kafka) {

    public record FileSettings(@DefaultValue("data") Path dir, @DefaultValue("64MB") DataSize maxFileSize) {
    }

    public record KafkaSettings(String bootstrapServers, @DefaultValue Map<String, String> topics,
                                @DefaultValue("sophos.stream.cursors") String cursorTopic,
                                @DefaultValue("10") int lingerMs, @DefaultValue("524288") int batchSize,
                                @DefaultValue("lz4") String compression) {

        public boolean enabled() {
            return bootstrapServers != null && !bootstrapServers.isBlank();
        }

        /** The topic of a stream: configured, else sophos.siem.events / sophos.siem.alerts / sophos.<stream>. */
        public String topicFor(String stream) {
            String t = topics.get(stream);
            if (t != null && !t.isBlank()) {
                return t;
            }
            return switch (stream) {
                case "events", "alerts" -> "sophos.siem." + stream;
                default -> "sophos." + stream;
            };
        }
    }
}
