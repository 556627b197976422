package io.centralbridge.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * {@code direct:sink.file}: appends a page of records, one line each, to {@code <dir>/<stream>/}
 * {@code <stream>-<yyyy-MM-dd>-<n>.ndjson} (other formats: {@code .<format>.log}). A new file starts each UTC
 * day and whenever the current one passes the size limit. The page is forced to disk before the step
 * returns, because returning is the acknowledgement the cursor waits for.
 */
@Component("fileSink")
class FileSink implements Processor {

    private final Path root;
    private final long maxBytes;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Writer> writers = new ConcurrentHashMap<>();

    FileSink(SinkProperties properties) {
        this.root = properties.file().dir();
        this.maxBytes = properties.file().maxFileSize().toBytes();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void process(Exchange exchange) {
        List<SinkRecord> records = exchange.getMessage().getBody(List.class);
        if (records == null || records.isEmpty()) {
            return;
        }
        SinkRecord first = records.get(0);
        Writer w = writers.computeIfAbsent(first.stream() + "/" + first.format(), k -> new Writer(first.stream(), first.format()));
        w.append(records);
    }

    /** One stream's current file; appends are serialized because several tenants share it. */
    private final class Writer {
        private final String stream;
        private final String suffix;
        private LocalDate day;
        private int seq;
        private Path path;

        Writer(String stream, String format) {
            this.stream = stream;
            this.suffix = "json".equals(format) ? ".ndjson" : "." + format + ".log";
        }

        synchronized void append(List<SinkRecord> records) {
            StringBuilder sb = new StringBuilder(records.size() * 600);
            for (SinkRecord r : records) {
                sb.append(r.text()).append('\n');
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            try {
                Path target = current(bytes.length);
                try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    ByteBuffer buf = ByteBuffer.wrap(bytes);
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    ch.force(false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + stream + " records under " + root, e);
            }
        }

        private Path current(int adding) throws IOException {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            if (!today.equals(day)) {
                day = today;
                seq = lastSeq(today);
                path = file(today, seq);
            }
            if (Files.exists(path) && Files.size(path) > 0 && Files.size(path) + adding > maxBytes) {
                seq++;
                path = file(today, seq);
            }
            return path;
        }

        private Path file(LocalDate d, int n) throws IOException {
            Path dir = root.resolve(stream);
            Files.createDirectories(dir);
            return dir.resolve(stream + "-" + d + "-" + n + suffix);
        }

        /** After a restart, go on in the newest file of the day. */
        private int lastSeq(LocalDate d) throws IOException {
            Path dir = root.resolve(stream);
            if (!Files.isDirectory(dir)) {
                return 0;
            }
            String prefix = stream + "-" + d + "-";
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith(prefix) && n.endsWith(suffix))
                        .mapToInt(n -> parse(n.substring(prefix.length(), n.length() - suffix.length())))
                        .max().orElse(0);
            }
        }

        private int parse(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
