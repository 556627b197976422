package io.centralbridge.sink.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a sink exchange into batches and sends each through {@value #DELIVER} (the route with the retry
 * policy). Tokens are read from the settings (environment) here and travel only inside {@link HttpBatch}.
 */
@Component
class HttpSinkSender {

    static final String DELIVER = "direct:sink.http.deliver";
    private static final Logger log = LoggerFactory.getLogger(HttpSinkSender.class);

    enum Kind {
        WEBHOOK("webhook", "SOPHOS_WEBHOOK_URL (sophos.http-sinks.webhook.url)"),
        SPLUNK_HEC("splunk-hec", "SPLUNK_HEC_URL (sophos.http-sinks.splunk-hec.url)");

        final String sink;
        final String setting;

        Kind(String sink, String setting) {
            this.sink = sink;
            this.setting = setting;
        }
    }

    private final HttpSinkProperties p;
    private final ObjectMapper json;
    private final ProducerTemplate producer;
    private final Map<Kind, RecordBatcher> batchers = new EnumMap<>(Kind.class);

    HttpSinkSender(HttpSinkProperties p, ObjectMapper json, ProducerTemplate producer) {
        this.p = p;
        this.json = json;
        this.producer = producer;
        for (Kind k : Kind.values()) {
            batchers.put(k, new RecordBatcher(k.sink, p.batchSize(), p.maxWait(), (t, items) -> send(k, t, items)));
        }
    }

    void deliver(Exchange e, Kind kind) {
        SinkRecords.Body body = SinkRecords.of(e.getMessage().getBody(), json);
        String stream = e.getMessage().getHeader(HttpSinkRoutes.STREAM_HEADER, String.class);
        List<Payloads.Item> items = new ArrayList<>(body.records().size());
        for (ObjectNode r : body.records()) {
            items.add(new Payloads.Item(r, stream != null ? stream : r.path("stream").asText("records")));
        }
        RecordBatcher.Target target = target(kind, e.getMessage().getHeader(HttpSinkRoutes.URL_HEADER, String.class));
        if (body.single()) {
            batchers.get(kind).sendOne(target, items.get(0));
        } else {
            batchers.get(kind).sendAll(target, items);
        }
        e.getMessage().setHeader(HttpSinkRoutes.DELIVERED_HEADER, items.size());
    }

    private RecordBatcher.Target target(Kind kind, String override) {
        String url = override != null && !override.isBlank() ? override
                : kind == Kind.WEBHOOK ? p.webhook().url() : p.splunkHec().url();
        if (url == null || url.isBlank()) {
            throw new HttpSinkException("direct:sink." + kind.sink + " has no URL: set " + kind.setting, -1, null);
        }
        if (kind == Kind.WEBHOOK) {
            String token = p.webhook().token();
            return new RecordBatcher.Target(url, token == null || token.isBlank() ? null : "Bearer " + token);
        }
        String token = p.splunkHec().token();
        if (token == null || token.isBlank()) {
            throw new HttpSinkException("direct:sink.splunk-hec has no token: set SPLUNK_HEC_TOKEN "
                    + "(sophos.http-sinks.splunk-hec.token)", -1, null);
        }
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return new RecordBatcher.Target(base.contains("/services/collector") ? base : base + HttpSinkRoutes.HEC_PATH,
                "Splunk " + token);
    }

    private void send(Kind kind, RecordBatcher.Target t, List<Payloads.Item> items) {
        byte[] raw = kind == Kind.WEBHOOK ? Payloads.webhook(items, json) : Payloads.splunkHec(items, p.splunkHec(), json);
        HttpBatch batch = new HttpBatch(kind.sink, t.url(), t.authorization(), "application/json",
                p.gzip() ? Payloads.gzip(raw) : raw, items.size());
        Exchange done = producer.send(DELIVER, x -> x.getMessage().setBody(batch));
        Exception failed = done.getException();
        if (failed == null) {
            return;
        }
        HttpSinkException out;
        if (failed instanceof HttpSinkException h) {
            out = h instanceof HttpSinkException.Rejected ? h : new HttpSinkException.Unavailable(
                    h.getMessage() + ", still failing after " + (p.retries() + 1) + " attempts", h.status(), h);
        } else if (failed instanceof IOException) {
            out = new HttpSinkException.Unavailable(kind.sink + " at " + batch.safeUrl() + " did not answer after "
                    + (p.retries() + 1) + " attempts: " + failed.getClass().getSimpleName() + " " + failed.getMessage(),
                    -1, failed);
        } else {
            out = new HttpSinkException(kind.sink + " at " + batch.safeUrl() + " failed: " + failed, -1, failed);
        }
        log.warn("{}", out.getMessage());
        throw out;
    }

    @PreDestroy
    void close() {
        batchers.values().forEach(RecordBatcher::close);
    }
}
