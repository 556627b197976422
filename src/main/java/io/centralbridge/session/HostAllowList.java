package io.centralbridge.session;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts we may send a bearer token to. Hosts come from whoami and tenant objects, i.e. from the
 * network, so each one is checked before anything is sent: a poisoned apiHost must not receive our token.
 * <p>
 * A pattern is {@code [scheme://]host[:port]} where {@code *} in the host matches one label fragment
 * (letters, digits, dashes; never a dot) and {@code *} as the port matches any port.
 */
public final class HostAllowList {

    public static final String SOPHOS_DEFAULT = "https://api*.central.sophos.com";

    private record Rule(String pattern, String scheme, Pattern host, String port) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public HostAllowList(List<String> patterns) {
        for (String p : patterns) {
            if (p != null && !p.isBlank()) {
                rules.add(parse(p.trim()));
            }
        }
    }

    public List<String> patterns() {
        return rules.stream().map(Rule::pattern).toList();
    }

    /** True when the URL is a bare origin (no user info, path, query or fragment) that a rule allows. */
    public boolean allows(String url) {
        if (url == null) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (Exception e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : (scheme.equals("https") ? 443 : 80);
        for (Rule r : rules) {
            boolean schemeOk = r.scheme() == null ? true : r.scheme().equals(scheme);
            boolean portOk = r.port() == null
                    ? port == (scheme.equals("https") ? 443 : 80)
                    : r.port().equals("*") || r.port().equals(String.valueOf(port));
            if (schemeOk && portOk && r.host().matcher(host).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Rule parse(String pattern) {
        String rest = pattern.toLowerCase(Locale.ROOT);
        String scheme = null;
        int sep = rest.indexOf("://");
        if (sep >= 0) {
            scheme = rest.substring(0, sep);
            rest = rest.substring(sep + 3);
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        String port = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && !rest.startsWith("[")) {
            port = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        StringBuilder regex = new StringBuilder();
        for (char c : rest.toCharArray()) {
            if (c == '*') {
                regex.append("[a-z0-9-]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new Rule(pattern, scheme, Pattern.compile(regex.toString()), port);
    }

    /** The origin of a configured URL, as a pattern that allows exactly it. */
    public static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
