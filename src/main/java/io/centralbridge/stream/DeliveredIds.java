package io.centralbridge.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The ids already delivered, surviving restarts: an append-only file of ids, replayed into a bounded
 * insertion-ordered set at start. Camel's {@code FileIdempotentRepository} writes and looks up one id at a
 * time against its file; a page of 1000 records needs one write for all of them. The window (the newest N
 * ids) only has to cover what can be re-read: the pages delivered but not yet committed by their cursor.
 */
final class DeliveredIds extends ServiceSupport implements IdempotentRepository {

    private final Path file;
    private final int window;
    private final Map<String, Boolean> ids;
    private FileChannel out;
    private long written;

    DeliveredIds(Path stateDir, int window) {
        this.file = stateDir.resolve("delivered-ids.log");
        this.window = window;
        this.ids = new LinkedHashMap<>(window * 2, 0.75f) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > DeliveredIds.this.window;
            }
        };
        load();
    }

    private void load() {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (!line.isEmpty()) {
                            ids.put(line, Boolean.TRUE);
                            written++;
                        }
                    }
                }
            }
            compactIfLarge();
            out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read delivered ids from " + file, e);
        }
    }

    /** Keeps the file near the window: rewrite it with the ids still in memory. */
    private void compactIfLarge() throws IOException {
        if (written <= window * 2L) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, (String.join("\n", ids.keySet()) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        written = ids.size();
    }

    @Override
    public synchronized boolean contains(String key) {
        return ids.containsKey(key);
    }

    /** Records a whole page as delivered with one forced write. */
    synchronized void addAll(Collection<String> keys) {
        StringBuilder sb = new StringBuilder(keys.size() * 37);
        for (String k : keys) {
            if (ids.put(k, Boolean.TRUE) == null) {
                sb.append(k).append('\n');
                written++;
            }
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                out.write(b);
            }
            out.force(false);
            if (written > window * 2L) {
                out.close();
                compactIfLarge();
                out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record delivered ids in " + file, e);
        }
    }

    @Override
    public synchronized boolean add(String key) {
        if (ids.containsKey(key)) {
            return false;
        }
        addAll(java.util.List.of(key));
        return true;
    }

    @Override
    public synchronized boolean remove(String key) {
        return ids.remove(key) != null;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public synchronized void clear() {
        ids.clear();
    }

    @Override
    protected synchronized void doStop() throws Exception {
        out.close();
    }
}
