package io.centralbridge.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.session.SophosSession;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/** Turns the HTTP answer into a JSON body, or into the typed exception the retry policy acts on. */
@Component
class UpstreamResponse implements Processor {

    private final ObjectMapper json;
    private final SophosSession session;
    private final UpstreamProperties properties;

    UpstreamResponse(ObjectMapper json, SophosSession session, UpstreamProperties properties) {
        this.json = json;
        this.session = session;
        this.properties = properties;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        byte[] raw = exchange.getMessage().getBody(byte[].class);
        SophosRequest req = exchange.getProperty(SophosCallRoutes.REQUEST, SophosRequest.class);
        exchange.setProperty(SophosCallRoutes.STATUS, status);
        if (status >= 200 && status < 300) {
            // parsed from the bytes: no String copy of what can be a few hundred KB of endpoints
            exchange.getMessage().setBody(raw == null || raw.length == 0 ? json.createObjectNode() : json.readTree(raw));
            return;
        }
        String text = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        SophosApiException error = parse(status, text, req.describe());
        if (status == 429) {
            long wait = retryAfterMillis(exchange.getMessage().getHeader("Retry-After", String.class));
            // Camel's redelivery reads this header, so the next attempt waits what Sophos asked for.
            exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, wait);
            throw new SophosApiException.RateLimited(error, wait);
        }
        if (status == 401) {
            session.invalidate(exchange.getProperty(SophosCallRoutes.TOKEN, SophosSession.Token.class));
            throw new SophosApiException.Unauthorized(error);
        }
        if (status >= 500) {
            throw new SophosApiException.ServerError(error);
        }
        throw error;
    }

    SophosApiException parse(int status, String text, String what) {
        String err = null;
        String message = null;
        String correlationId = null;
        String requestId = null;
        try {
            JsonNode body = text.isBlank() ? null : json.readTree(text);
            if (body != null && body.isObject()) {
                err = textOf(body, "error", "errorCode");
                message = textOf(body, "message");
                correlationId = textOf(body, "correlationId", "trackingId");
                requestId = textOf(body, "requestId");
            }
        } catch (Exception notJson) {
            // A proxy's HTML error page: the status says enough.
        }
        return new SophosApiException(status, err, message, correlationId, requestId, what);
    }

    long retryAfterMillis(String header) {
        long capMillis = properties.retryAfterCap().toMillis();
        long millis = properties.retryAfterDefault().toMillis();
        if (header != null && !header.isBlank()) {
            String h = header.trim();
            try {
                millis = Long.parseLong(h) * 1000L;
            } catch (NumberFormatException e) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
                    millis = Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis();
                } catch (Exception ignored) {
                    // unparseable: keep the default
                }
            }
        }
        return Math.max(0, Math.min(millis, capMillis));
    }

    private static String textOf(JsonNode body, String... names) {
        for (String n : names) {
            JsonNode v = body.get(n);
            if (v != null && !v.isNull()) {
                return v.asText();
            }
        }
        return null;
    }
}
