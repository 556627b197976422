package io.centralbridge.stream;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.session.Tenant;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.springframework.stereotype.Component;

/**
 * Hands one page of enriched records to the flow's page route ({@code direct:<flow>.page}, in YAML) and
 * answers what every sink acknowledged. An exception from any step comes back as an exception here, so the
 * caller does not move the cursor.
 */
@Component
class PageDelivery {

    static final String FLOW = "sophosFlow";
    static final String STREAM = "sophosStream";
    static final String TENANT_ID = "sophosTenantId";
    static final String TENANT_NAME = "sophosTenantName";
    static final String FORMAT = "sophosFormat";
    /** Set by direct:stream.format: the records as the sinks got them. */
    static final String PAGE = "stream.page";
    static final String DUPLICATES = "stream.duplicates";

    /** What the sinks took: the delivered records' ids and how many were dropped as duplicates. */
    record Delivered(List<String> ids, int duplicates) {
    }

    private final ProducerTemplate producer;

    PageDelivery(ProducerTemplate producer) {
        this.producer = producer;
    }

    @SuppressWarnings("unchecked")
    Delivered deliver(StreamKey key, Tenant tenant, String format, List<ObjectNode> records) {
        Exchange ex = new DefaultExchange(producer.getCamelContext());
        ex.getMessage().setBody(records);
        ex.getMessage().setHeader(FLOW, key.flow());
        ex.getMessage().setHeader(STREAM, key.stream());
        ex.getMessage().setHeader(TENANT_ID, tenant.id());
        ex.getMessage().setHeader(TENANT_NAME, tenant.name());
        ex.getMessage().setHeader(FORMAT, format);
        Exchange done = producer.send("direct:" + key.flow() + ".page", ex);
        if (done.getException() != null) {
            Exception e = done.getException();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e.getMessage(), e);
        }
        List<io.centralbridge.sink.SinkRecord> page = done.getProperty(PAGE, List.class);
        List<String> ids = page == null ? List.of() : page.stream().map(io.centralbridge.sink.SinkRecord::id).toList();
        return new Delivered(ids, done.getProperty(DUPLICATES, 0, Integer.class));
    }
}
