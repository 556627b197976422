package io.centralbridge.stream;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sink.RecordFormat;
import io.centralbridge.sink.RecordFormats;
import io.centralbridge.sink.SinkRecord;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The Java steps a flow's YAML uses: {@code direct:stream.run} (poll every tenant stream of the flow named in
 * header sophosFlow), {@code direct:stream.dedupe} (drop records already delivered) and
 * {@code direct:stream.format} (records to lines in the flow's format, JSON by default).
 */
@Component
class StreamRoutes extends RouteBuilder {

    private final FlowRunner runner;
    private final DeliveredIds delivered;
    private final RecordFormats formats;

    StreamRoutes(FlowRunner runner, DeliveredIds delivered, RecordFormats formats) {
        this.runner = runner;
        this.delivered = delivered;
        this.formats = formats;
    }

    @Override
    public void configure() {
        from("direct:stream.run").routeId("sophos.stream.run")
                .process(e -> e.getMessage().setBody(runner.run(e.getMessage().getHeader(PageDelivery.FLOW, String.class))));
        from("direct:stream.dedupe").routeId("sophos.stream.dedupe").errorHandler(noErrorHandler())
                .process(this::dedupe);
        from("direct:stream.format").routeId("sophos.stream.format").errorHandler(noErrorHandler())
                .process(this::format);
    }

    @SuppressWarnings("unchecked")
    private void dedupe(Exchange e) {
        List<ObjectNode> records = e.getMessage().getBody(List.class);
        String flow = e.getMessage().getHeader(PageDelivery.FLOW, String.class);
        List<ObjectNode> fresh = new ArrayList<>(records.size());
        java.util.Set<String> inPage = new java.util.HashSet<>();
        for (ObjectNode r : records) {
            String id = r.path("id").asText();
            if (!delivered.contains(flow + ":" + id) && inPage.add(id)) {
                fresh.add(r);
            }
        }
        e.setProperty(PageDelivery.DUPLICATES, records.size() - fresh.size());
        e.getMessage().setBody(fresh);
    }

    @SuppressWarnings("unchecked")
    private void format(Exchange e) {
        List<ObjectNode> records = e.getMessage().getBody(List.class);
        String stream = e.getMessage().getHeader(PageDelivery.STREAM, String.class);
        String tenant = e.getMessage().getHeader(PageDelivery.TENANT_ID, String.class);
        RecordFormat f = formats.get(e.getMessage().getHeader(PageDelivery.FORMAT, String.class));
        List<SinkRecord> out = new ArrayList<>(records.size());
        for (ObjectNode r : records) {
            out.add(new SinkRecord(r.path("id").asText(), tenant, stream, f.name(), f.format(r, stream)));
        }
        e.setProperty(PageDelivery.PAGE, out);
        e.getMessage().setBody(out);
    }
}
