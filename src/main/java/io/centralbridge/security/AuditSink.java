package io.centralbridge.security;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where audit lines go: the JSON-lines file, and Kafka when configured. */
interface AuditSink {
    void append(ObjectNode line);

    String name();
}
