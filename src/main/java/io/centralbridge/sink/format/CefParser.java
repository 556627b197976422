package io.centralbridge.sink.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CEF line back into its seven header fields and its extension, undoing {@link CefFormat}'s escaping.
 * An extension key is the word before an unescaped {@code =}; its value runs to the space before the next key.
 */
public final class CefParser {

    /** A parsed CEF line. */
    public record Cef(List<String> header, Map<String, String> extension) {
        public String vendor() {
            return header.get(1);
        }

        public String product() {
            return header.get(2);
        }

        public String classId() {
            return header.get(4);
        }

        public String name() {
            return header.get(5);
        }

        public String severity() {
            return header.get(6);
        }
    }

    private CefParser() {
    }

    public static Cef parse(String line) {
        if (!line.startsWith("CEF:")) {
            throw new IllegalArgumentException("not a CEF line");
        }
        List<String> header = new ArrayList<>(7);
        StringBuilder cur = new StringBuilder();
        int i = 4;
        for (; i < line.length() && header.size() < 7; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == '|') {
                header.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (header.size() < 7) {
            throw new IllegalArgumentException("a CEF header has 7 fields, this one " + header.size());
        }
        return new Cef(header, extension(line.substring(i)));
    }

    static Map<String, String> extension(String ext) {
        List<int[]> keys = new ArrayList<>(); // {keyStart, equalsAt}
        for (int i = 0; i < ext.length(); i++) {
            char c = ext.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                int start = i;
                while (start > 0 && isKeyChar(ext.charAt(start - 1))) {
                    start--;
                }
                if (start < i && (start == 0 || ext.charAt(start - 1) == ' ')) {
                    keys.add(new int[] {start, i});
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            int[] key = keys.get(k);
            int end = k + 1 < keys.size() ? keys.get(k + 1)[0] - 1 : ext.length();
            out.put(ext.substring(key[0], key[1]), unescape(ext.substring(key[1] + 1, Math.max(key[1] + 1, end))));
        }
        return out;
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    static String unescape(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
