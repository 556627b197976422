package io.centralbridge.sink.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code sophos.http-sinks.*}: batching, compression and retries shared by the webhook and Splunk HEC sinks. */
@ConfigurationProperties("sophos.http-sinks")
record HttpSinkProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("1s") Duration maxWait,
        @DefaultValue("true") boolean gzip,
        @DefaultValue("10") int retries,
        @DefaultValue("500ms") Duration backoffInitial,
        @DefaultValue("30s") Duration backoffMax,
        @DefaultValue Webhook webhook,
        @DefaultValue SplunkHec splunkHec) {

    record Webhook(String url, String token) {
    }

    record SplunkHec(String url, String token, @DefaultValue("sophos-central") String source,
                     @DefaultValue("sophos:central:") String sourcetypePrefix, String host, String index) {
    }
}
