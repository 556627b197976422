package io.centralbridge.sink;

/**
 * One record on its way to the sinks: the Sophos id (Kafka key, de-duplication key), where it came from,
 * and its text in the flow's format.
 */
public record SinkRecord(String id, String tenantId, String stream, String format, String text) {
}
