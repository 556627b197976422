package io.centralbridge.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything the app wrote, as named texts, and the places a secret was found in them. A new output (a
 * directory of flow files, another topic) is one more {@link #dir} or {@link #text} line in the test.
 */
final class LeakScanner {

    record Leak(String where, String secretName) {
    }

    private final Map<String, String> texts = new LinkedHashMap<>();

    LeakScanner text(String name, String content) {
        texts.merge(name, content == null ? "" : content, (a, b) -> a + "\n" + b);
        return this;
    }

    /** Every regular file under the folder, read as UTF-8 (a missing folder adds nothing). */
    LeakScanner dir(String name, Path root) {
        if (root == null || !Files.isDirectory(root)) {
            return this;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    text(name + ":" + root.relativize(f), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    int size() {
        return texts.size();
    }

    long chars() {
        return texts.values().stream().mapToLong(String::length).sum();
    }

    /** Where each secret (name to value) turns up. */
    List<Leak> find(Map<String, String> secrets) {
        List<Leak> out = new ArrayList<>();
        texts.forEach((where, text) -> secrets.forEach((name, value) -> {
            if (value != null && value.length() >= 6 && text.contains(value)) {
                out.add(new Leak(where, name));
            }
        }));
        return out;
    }
}
