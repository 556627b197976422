package io.centralbridge.http;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * One line per upstream request (logger {@code io.centralbridge.upstream}): method, path, status and duration,
 * with the tool call's correlation id in the MDC. Never headers, query values or bodies: those can carry the
 * token, tenant data or what a caller searched for.
 */
@Component
class UpstreamLog {

    static final Logger LOG = LoggerFactory.getLogger("io.centralbridge.upstream");
    private static final String STARTED = "sophos.startedNanos";

    void start(Exchange exchange) {
        exchange.setProperty(STARTED, System.nanoTime());
    }

    void answered(Exchange exchange) {
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        line(exchange, Integer.toString(status));
    }

    /** The request got no answer (timeout, reset): logged, then rethrown for the retry policy. */
    void failed(Exchange exchange) throws Exception {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        line(exchange, "no answer (" + (e == null ? "unknown" : e.getClass().getSimpleName()) + ")");
        if (e != null) {
            throw e;
        }
    }

    private static void line(Exchange exchange, String outcome) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        SophosRequest req = exchange.getProperty(SophosCallRoutes.REQUEST, SophosRequest.class);
        Long started = exchange.getProperty(STARTED, Long.class);
        long millis = started == null ? -1 : (System.nanoTime() - started) / 1_000_000;
        String id = exchange.getProperty(CallCorrelation.PROPERTY, String.class);
        String before = MDC.get(CallCorrelation.MDC_KEY);
        if (id != null) {
            MDC.put(CallCorrelation.MDC_KEY, id);
        }
        try {
            LOG.info("Sophos {} {} -> {} in {} ms", req == null ? "?" : req.method(), req == null ? "?" : req.path(),
                    outcome, millis);
        } finally {
            if (before == null) {
                MDC.remove(CallCorrelation.MDC_KEY);
            } else {
                MDC.put(CallCorrelation.MDC_KEY, before);
            }
        }
    }
}
