package io.centralbridge.modules;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import io.centralbridge.tool.ToolException;

/**
 * Confines a caller's {@code path} to its module base. Sophos paths are ids, years and dotted setting keys,
 * so every segment must be plain {@code [A-Za-z0-9._~-]}: percent-encoding (any depth), backslashes, {@code ?},
 * {@code #}, controls, whitespace, non-ASCII look-alikes, schemes, hosts and dot segments are refused before
 * anything is sent. The normalised result is checked once more against the base, so a rule missed above
 * still cannot leave the module.
 */
final class ModulePath {

    static final String FIELD = "path";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final int MAX_DECODES = 5;

    private ModulePath() {
    }

    /** The absolute upstream path {@code base/path}, or a 400 naming {@code path} and why. */
    static String confine(String base, String path) {
        if (path == null || path.isEmpty()) {
            throw refuse("must not be empty; give a path relative to " + base + ", e.g. endpoints");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw refuse("contains a control character (U+" + String.format("%04X", (int) c)
                        + "); CR, LF, NUL and other controls are never sent");
            }
        }
        if (path.indexOf('%') >= 0) {
            throw refuse("contains percent-encoding" + decodedHint(path)
                    + "; give the path unencoded (ids and names only), encoding is refused at any depth");
        }
        if (path.indexOf('\\') >= 0) {
            throw refuse("contains a backslash; use / between segments");
        }
        if (path.indexOf('?') >= 0) {
            throw refuse("contains '?'; put query parameters in query_params, not in the path");
        }
        if (path.indexOf('#') >= 0) {
            throw refuse("contains '#'; fragments are not part of an API path");
        }
        if (path.contains("://") || path.regionMatches(true, 0, "http:", 0, 5)
                || path.regionMatches(true, 0, "https:", 0, 6) || path.startsWith("//")) {
            throw refuse("looks like a URL or a host; the host is chosen by the module, give only a path relative to "
                    + base);
        }
        if (path.indexOf('@') >= 0 || path.indexOf(':') >= 0) {
            throw refuse("contains '@' or ':', which could name a host or user; give only a path relative to " + base);
        }
        String rel = path.startsWith("/") ? path.substring(1) : path;
        if (rel.endsWith("/")) {
            rel = rel.substring(0, rel.length() - 1);
        }
        String baseRel = base.substring(1) + "/";
        if (rel.startsWith(baseRel) || rel.equals(base.substring(1))) {
            throw refuse("starts with the module base " + base + "; give the path relative to it, e.g. '"
                    + rel.substring(Math.min(rel.length(), baseRel.length())) + "'");
        }
        if (rel.isEmpty()) {
            throw refuse("must name a resource below " + base + ", e.g. endpoints");
        }
        for (String segment : rel.split("/", -1)) {
            if (segment.isEmpty()) {
                throw refuse("has an empty segment ('//'); give segments separated by single slashes");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw refuse("contains a '" + segment + "' segment; a module tool reaches only its own module "
                        + base);
            }
            if (!SEGMENT.matcher(segment).matches()) {
                throw refuse("segment '" + printable(segment) + "' has characters other than letters, digits and "
                        + ". _ ~ -");
            }
        }
        String full = base + "/" + rel;
        String normal = URI.create(full).normalize().getPath();
        if (!normal.equals(full) || !normal.startsWith(base + "/")) {
            throw refuse("leaves the module base " + base + " after normalisation");
        }
        return full;
    }

    /** What the caller's percent-encoding decodes to, so the refusal says which trick it saw. */
    private static String decodedHint(String path) {
        String cur = path;
        for (int i = 0; i < MAX_DECODES && cur.indexOf('%') >= 0; i++) {
            try {
                cur = URLDecoder.decode(cur.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return " (malformed)";
            }
        }
        if (!cur.equals(path)) {
            return " (it decodes to '" + printable(cur) + "')";
        }
        return "";
    }

    private static ToolException refuse(String why) {
        return ToolException.badParameter(FIELD, why);
    }

    static String printable(String s) {
        String cut = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        StringBuilder sb = new StringBuilder();
        for (char c : cut.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
