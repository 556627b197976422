package io.centralbridge.sink;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** Every {@link RecordFormat} bean by name; a flow with an unknown format fails at start, naming the known ones. */
@Component
public class RecordFormats {

    private final Map<String, RecordFormat> byName = new TreeMap<>();

    RecordFormats(List<RecordFormat> formats) {
        formats.forEach(f -> byName.put(f.name().toLowerCase(Locale.ROOT), f));
    }

    public RecordFormat get(String name) {
        RecordFormat f = byName.get(name == null ? "json" : name.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new IllegalArgumentException("unknown record format '" + name + "'; known: " + byName.keySet());
        }
        return f;
    }
}
