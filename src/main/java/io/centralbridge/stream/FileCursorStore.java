package io.centralbridge.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One small JSON file per tenant stream under the state directory, replaced atomically (write, force,
 * rename), so a crash leaves either the old or the new cursor, never half of one.
 */
final class FileCursorStore implements CursorStore {

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();

    FileCursorStore(Path stateDir) {
        this.dir = stateDir.resolve("cursors");
    }

    @Override
    public Optional<Cursor> load(StreamKey key) {
        Path p = file(key);
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        try {
            JsonNode n = json.readTree(p.toFile());
            return Optional.of(new Cursor(n.path("position").asText(), Instant.parse(n.path("savedAt").asText()),
                    n.hasNonNull("newestRecordAt") ? Instant.parse(n.path("newestRecordAt").asText()) : null));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cursor file " + p + " is unreadable; delete it to restart the stream", e);
        }
    }

    @Override
    public synchronized void save(StreamKey key, Cursor c) {
        Path p = file(key);
        ObjectNode n = json.createObjectNode().put("position", c.position()).put("savedAt", c.savedAt().toString());
        if (c.newestRecordAt() != null) {
            n.put("newestRecordAt", c.newestRecordAt().toString());
        }
        try {
            Files.createDirectories(p.getParent());
            Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(json.writeValueAsBytes(n)));
                ch.force(true);
            }
            Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save cursor " + key.asText(), e);
        }
    }

    private Path file(StreamKey key) {
        return dir.resolve(key.flow()).resolve(key.tenantId() + "." + key.stream() + ".json");
    }
}
