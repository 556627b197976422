package io.centralbridge.actions;

import io.centralbridge.tool.ToolException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.util.regex.Pattern;

/**
 * Syntax checks the JSON Schema cannot express, done before anything is sent: SHA-256, IPv4, IPv6, CIDR and
 * address ranges. Addresses are parsed as literals only: no name is ever looked up.
 */
public final class WriteChecks {

    private static final Pattern SHA256 = Pattern.compile("^[0-9a-fA-F]{64}$");
    private static final Pattern IPV4 = Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    private static final Pattern IPV6_CHARS = Pattern.compile("^[0-9a-fA-F:.]+$");

    private WriteChecks() {
    }

    public static String sha256(String field, String value) {
        if (value == null || !SHA256.matcher(value).matches()) {
            throw ToolException.badParameter(field, "must be a SHA-256: 64 hexadecimal characters, got "
                    + (value == null ? "nothing" : value.length() + " characters"));
        }
        return value.toLowerCase();
    }

    /** An IPv4 or IPv6 address, a CIDR block (a.b.c.d/n, x::/n) or a range (a-b, same family, a <= b). */
    public static String address(String field, String value) {
        String v = value.trim();
        int dash = v.indexOf('-');
        if (dash > 0) {
            BigInteger a = ip(field, v.substring(0, dash).trim(), value);
            BigInteger b = ip(field, v.substring(dash + 1).trim(), value);
            if (family(v.substring(0, dash)) != family(v.substring(dash + 1)) || a.compareTo(b) > 0) {
                throw bad(field, value, "a range must go from the lower to the higher address of one family");
            }
            return v;
        }
        int slash = v.indexOf('/');
        if (slash > 0) {
            String addr = v.substring(0, slash);
            ip(field, addr, value);
            int max = family(addr) == 4 ? 32 : 128;
            String bits = v.substring(slash + 1);
            if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > max) {
                throw bad(field, value, "the prefix length must be 0 to " + max);
            }
            return v;
        }
        ip(field, v, value);
        return v;
    }

    private static int family(String s) {
        return s.contains(":") ? 6 : 4;
    }

    private static BigInteger ip(String field, String s, String whole) {
        if (IPV4.matcher(s).matches()) {
            return literal(s);
        }
        if (s.contains(":") && IPV6_CHARS.matcher(s).matches() && s.length() <= 45) {
            try {
                return literal(s); // a literal with ':' is never resolved by InetAddress
            } catch (IllegalArgumentException e) {
                throw bad(field, whole, "not a valid IPv6 address");
            }
        }
        throw bad(field, whole, "not an IPv4 or IPv6 address");
    }

    private static BigInteger literal(String s) {
        try {
            return new BigInteger(1, InetAddress.getByName(s).getAddress());
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ToolException bad(String field, String value, String why) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return ToolException.badParameter(field, why + ", got \"" + shown.replaceAll("\\p{Cntrl}", "?")
                + "\"; allowed: an IPv4 or IPv6 address, a CIDR block (10.0.0.0/8) or a range (10.0.0.1-10.0.0.9)");
    }
}
