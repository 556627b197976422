package io.centralbridge.sink;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;
import org.springframework.stereotype.Component;

/**
 * The sink steps a flow's YAML lists: {@code direct:sink.file} and {@code direct:sink.kafka}. Both take a
 * page ({@code List<SinkRecord>}) and return only when the page is durable; a failure propagates so that
 * the cursor does not move. The Kafka step does nothing unless KAFKA_BOOTSTRAP_SERVERS is set, so the
 * shipped flow can list it and still run without a broker.
 */
@Component
class SinkRoutes extends RouteBuilder {

    static final String HEADER_TENANT = "sophosTenantId";
    static final String HEADER_STREAM = "sophosStream";
    static final String HEADER_FORMAT = "sophosFormat";

    private final SinkProperties properties;

    SinkRoutes(SinkProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("direct:sink.file").routeId("sophos.sink.file").errorHandler(noErrorHandler())
                .process("fileSink");

        SinkProperties.KafkaSettings k = properties.kafka();
        if (!k.enabled()) {
            from("direct:sink.kafka").routeId("sophos.sink.kafka").errorHandler(noErrorHandler())
                    .log(org.apache.camel.LoggingLevel.TRACE, "Kafka sink off: KAFKA_BOOTSTRAP_SERVERS is not set");
            return;
        }
        // One exchange per page: camel-kafka sends every Message of an Iterable body and waits for all acks,
        // so the producer batches them (a send per record would wait out lingerMs each time).
        from("direct:sink.kafka").routeId("sophos.sink.kafka").errorHandler(noErrorHandler())
                .filter(simple("${body.size} > 0"))
                .process(this::toMessages)
                .to("kafka:" + k.topicFor("events") + "?brokers=" + k.bootstrapServers()
                        + "&requestRequiredAcks=all&enableIdempotence=true&maxInFlightRequest=5"
                        + "&lingerMs=" + k.lingerMs() + "&producerBatchSize=" + k.batchSize()
                        + "&compressionCodec=" + k.compression()
                        + "&retries=2147483647&deliveryTimeoutMs=120000&requestTimeoutMs=15000&maxBlockMs=60000"
                        + "&recordMetadata=false");
    }

    @SuppressWarnings("unchecked")
    private void toMessages(Exchange exchange) {
        List<SinkRecord> records = exchange.getMessage().getBody(List.class);
        List<Message> out = new ArrayList<>(records.size());
        for (SinkRecord r : records) {
            Message m = new DefaultMessage(exchange);
            m.setHeader(KafkaConstants.KEY, r.id());
            m.setHeader(HEADER_TENANT, r.tenantId());
            m.setHeader(HEADER_STREAM, r.stream());
            m.setHeader(HEADER_FORMAT, r.format());
            m.setBody(r.text());
            out.add(m);
        }
        exchange.getMessage().setHeader(KafkaConstants.OVERRIDE_TOPIC, properties.kafka().topicFor(records.get(0).stream()));
        exchange.getMessage().setBody(out);
    }
}
