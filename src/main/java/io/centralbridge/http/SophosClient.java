package io.centralbridge.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * The Java face of the two upstream routes, for code that is not itself a route step. Everything still
 * leaves through {@code direct:sophos.call}; this only unwraps Camel's exception wrapper.
 */
@Component
public class SophosClient {

    public static final String MAX_RECORDS = "sophos.maxRecords";
    public static final String START_CURSOR = "sophos.startCursor";

    private final ProducerTemplate producer;

    SophosClient(ProducerTemplate producer) {
        this.producer = producer;
    }

    public JsonNode call(SophosRequest request) {
        try {
            return producer.requestBody("direct:sophos.call", request, JsonNode.class);
        } catch (CamelExecutionException e) {
            throw unwrap(e);
        }
    }

    public PageResult pages(SophosRequest request, int maxRecords) {
        return pages(request, maxRecords, null);
    }

    public PageResult pages(SophosRequest request, int maxRecords, String startCursor) {
        Exchange done = producer.send("direct:sophos.pages", ex -> {
            ex.getMessage().setBody(request);
            ex.setProperty(MAX_RECORDS, maxRecords);
            ex.setProperty(START_CURSOR, startCursor);
        });
        Exception failure = done.getException();
        if (failure != null) {
            throw failure instanceof RuntimeException re ? re : new IllegalStateException(failure.getMessage(), failure);
        }
        return done.getMessage().getBody(PageResult.class);
    }

    static RuntimeException unwrap(CamelExecutionException e) {
        Throwable c = e.getCause();
        return c instanceof RuntimeException re ? re : e;
    }
}
