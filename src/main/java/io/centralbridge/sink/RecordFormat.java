package io.centralbridge.sink;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a flow turns one enriched record into the text its sinks write. A flow picks its format by name
 * ({@code sophos.flows.<flow>.format}, JSON by default); any Spring bean implementing this interface is
 * available by its {@link #name()}. CEF and LEEF implement it in {@code io.centralbridge.sink.format}.
 */
public interface RecordFormat {

    /** The name a flow's {@code format} setting uses: json, cef, leef. Also sent as the Kafka header. */
    String name();

    /**
     * One record as one line (no trailing newline).
     *
     * @param record the Sophos item, enriched with tenant id, tenant name and stream name
     * @param stream the stream it came from: events, alerts, common-alerts
     */
    String format(ObjectNode record, String stream);
}
