package io.centralbridge.sink.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code direct:sink.webhook} and {@code direct:sink.splunk-hec}. Body: a list of records or one record (see
 * {@link SinkRecords}); optional headers {@value #STREAM_HEADER} (the stream name, else each record's "stream"
 * field) and {@value #URL_HEADER} (a URL other than the configured one). The route returns normally, with the
 * body unchanged, only when the sink answered 2xx for every record; otherwise it throws an
 * {@link HttpSinkException}. 5xx, 408, 429 and I/O errors are retried with exponential backoff; other 4xx stop.
 */
@Component
class HttpSinkRoutes extends RouteBuilder {

    static final String STREAM_HEADER = "sophos.stream";
    static final String URL_HEADER = "sophos.sink.url";
    static final String DELIVERED_HEADER = "sophos.sink.delivered";
    static final String HEC_PATH = "/services/collector/event";
    private static final String BATCH = "sink.http.batch";
    private static final String ENDPOINT = "sink.http.endpoint";

    private final HttpSinkProperties p;
    private final HttpSinkSender sender;

    HttpSinkRoutes(HttpSinkProperties p, HttpSinkSender sender) {
        this.p = p;
        this.sender = sender;
    }

    @Override
    public void configure() {
        // No error handler of their own: the exception goes back to the calling flow, which must not acknowledge.
        from("direct:sink.webhook").routeId("sophos.sink.webhook").errorHandler(noErrorHandler())
                .process(e -> sender.deliver(e, HttpSinkSender.Kind.WEBHOOK));
        from("direct:sink.splunk-hec").routeId("sophos.sink.splunk-hec").errorHandler(noErrorHandler())
                .process(e -> sender.deliver(e, HttpSinkSender.Kind.SPLUNK_HEC));

        from(HttpSinkSender.DELIVER).routeId("sophos.sink.http-deliver")
                .onException(HttpSinkException.Unavailable.class, IOException.class)
                    .maximumRedeliveries(p.retries())
                    .redeliveryDelay(p.backoffInitial().toMillis())
                    .useExponentialBackOff().backOffMultiplier(2).useCollisionAvoidance()
                    .maximumRedeliveryDelay(p.backoffMax().toMillis())
                    .retryAttemptedLogLevel(LoggingLevel.WARN).logRetryStackTrace(false)
                    .logExhausted(false).logStackTrace(false)
                .end()
                .onException(HttpSinkException.class)
                    .maximumRedeliveries(0).logExhausted(false).logStackTrace(false)
                .end()
                .setProperty(BATCH, body())
                // Redelivery repeats this one step, so the whole request is rebuilt from the batch each time.
                .to("direct:sink.http.post");

        from("direct:sink.http.post").routeId("sophos.sink.http-post").errorHandler(noErrorHandler())
                .process(this::request)
                .toD("${exchangeProperty." + ENDPOINT + "}")
                .process(this::classify);
    }

    private void request(Exchange e) {
        HttpBatch b = e.getProperty(BATCH, HttpBatch.class);
        Message m = e.getMessage();
        m.removeHeaders("*");
        m.setBody(b.body());
        m.setHeader(Exchange.HTTP_METHOD, "POST");
        m.setHeader(Exchange.CONTENT_TYPE, b.contentType());
        if (p.gzip()) {
            m.setHeader("Content-Encoding", "gzip");
            e.setProperty("CamelSkipGzipEncoding", true); // the body is compressed already, once per batch
        }
        if (b.authorization() != null) {
            m.setHeader("Authorization", b.authorization());
        }
        e.setProperty(ENDPOINT, b.url() + (b.url().contains("?") ? "&" : "?") + "throwExceptionOnFailure=false");
    }

    private void classify(Exchange e) {
        HttpBatch b = e.getProperty(BATCH, HttpBatch.class);
        Message m = e.getMessage();
        m.removeHeader("Authorization");
        Integer code = m.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        int status = code == null ? -1 : code;
        if (status >= 200 && status < 300) {
            return;
        }
        String answer = excerpt(m.getBody(byte[].class));
        if (status == 408 || status == 429 || status >= 500 || status < 0) {
            throw new HttpSinkException.Unavailable(b.sink() + " at " + b.safeUrl() + " answered HTTP " + status
                    + " to a batch of " + b.records() + " records" + answer, status, null);
        }
        throw new HttpSinkException.Rejected(b.sink() + " at " + b.safeUrl() + " rejected a batch of " + b.records()
                + " records with HTTP " + status + answer + "; the flow stops and nothing of this exchange is "
                + "acknowledged (fix the sink's URL, token or payload settings)", status);
    }

    private static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String s = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8)
                .replaceAll("[\\p{Cntrl}]", " ").trim();
        return s.isEmpty() ? "" : " (" + s + ")";
    }
}
