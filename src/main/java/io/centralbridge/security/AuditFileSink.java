package io.centralbridge.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Appends one JSON line per write call to SOPHOS_AUDIT_FILE; one writer at a time so lines never interleave. */
@Component
@ConditionalOnExpression("'${sophos.audit.file:data/audit/write-calls.jsonl}' != ''")
class AuditFileSink implements AuditSink {

    private final Path file;
    private final ObjectMapper json;

    AuditFileSink(AuditProperties properties, ObjectMapper json) {
        this.file = properties.file();
        this.json = json;
    }

    @Override
    public synchronized void append(ObjectNode line) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, json.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit line not serializable", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit file " + file, e);
        }
    }

    @Override
    public String name() {
        return "file " + file;
    }

    Path file() {
        return file;
    }
}
