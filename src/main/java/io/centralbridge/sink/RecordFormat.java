package io.centralbridge.sink;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns one enriched Sophos record into the text a sink writes: one line of JSON, CEF or LEEF. Implementations
 * are Spring beans, found by {@link #name()} ("json", "cef", "leef").
 */
public interface RecordFormat {

    String name();

    /** One record as one line (no trailing newline); {@code stream} is the stream it came from, e.g. "events". */
    String format(ObjectNode record, String stream);
}
