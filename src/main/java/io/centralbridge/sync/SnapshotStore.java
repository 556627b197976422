package io.centralbridge.sync;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * Snapshots and change records on disk, per tenant:
 * {@code <dir>/<tenant>/snapshots/<runId>.json}, {@code <dir>/<tenant>/changes/<runId>.ndjson} and
 * {@code <dir>/<tenant>/latest.json}, the pointer to the snapshot the next run diffs against. The pointer moves
 * only on {@link #commit}, after the flow's sinks took the change records, so a failed run is diffed again.
 * Every file is written to a temporary name and moved into place, so a crash leaves no half file.
 */
@Component
class SnapshotStore {

    private final Path dir;
    private final int keep;
    private final ObjectMapper json;

    SnapshotStore(SyncProperties p, ObjectMapper json) {
        this.dir = p.outputDir();
        this.keep = Math.max(1, p.keepSnapshots());
        this.json = json;
    }

    Path tenantDir(String tenantId) {
        if (!tenantId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("tenant id not usable as a folder name: " + tenantId);
        }
        return dir.resolve(tenantId);
    }

    /** The committed baseline, or null before the first committed run. */
    ObjectNode baseline(String tenantId) {
        Path latest = tenantDir(tenantId).resolve("latest.json");
        try {
            if (!Files.exists(latest)) {
                return null;
            }
            String runId = json.readTree(latest.toFile()).path("runId").asText();
            return (ObjectNode) json.readTree(snapshotFile(tenantId, runId).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inventory baseline of " + tenantId, e);
        }
    }

    Path writeSnapshot(String tenantId, String runId, ObjectNode snapshot) {
        Path f = snapshotFile(tenantId, runId);
        write(f, out -> json.writeValue(out, snapshot));
        return f;
    }

    Path writeChanges(String tenantId, String runId, List<ObjectNode> changes) {
        Path f = tenantDir(tenantId).resolve("changes").resolve(runId + ".ndjson");
        write(f, out -> {
            for (ObjectNode c : changes) {
                out.write(json.writeValueAsString(c));
                out.write('\n');
            }
        });
        return f;
    }

    void commit(String tenantId, String runId, String takenAt) {
        ObjectNode pointer = json.createObjectNode().put("runId", runId).put("takenAt", takenAt)
                .put("snapshot", "snapshots/" + runId + ".json").put("changes", "changes/" + runId + ".ndjson");
        write(tenantDir(tenantId).resolve("latest.json"), out -> json.writeValue(out, pointer));
        prune(tenantDir(tenantId).resolve("snapshots"), runId + ".json");
    }

    private Path snapshotFile(String tenantId, String runId) {
        return tenantDir(tenantId).resolve("snapshots").resolve(runId + ".json");
    }

    /** Keeps the newest snapshots (run ids sort by time), always including the committed one. */
    private void prune(Path snapshots, String committed) {
        try (Stream<Path> files = Files.list(snapshots)) {
            List<Path> all = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            for (int i = 0; i < all.size() - keep; i++) {
                if (!all.get(i).getFileName().toString().equals(committed)) {
                    Files.deleteIfExists(all.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune " + snapshots, e);
        }
    }

    private interface Body {
        void write(BufferedWriter out) throws IOException;
    }

    private static void write(Path target, Body body) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
