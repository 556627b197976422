package io.centralbridge.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Deterministic ids and random streams. Each kind of data of each tenant gets its own stream, so that
 * changing, say, the alert count leaves the endpoints of the same seed unchanged.
 */
final class Seeds {
    private Seeds() {
    }

    static String id(long seed, Object... parts) {
        StringBuilder b = new StringBuilder().append(seed);
        for (Object p : parts) {
            b.append(':').append(p);
        }
        return UUID.nameUUIDFromBytes(b.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Random random(long seed, String purpose, int index) {
        long mixed = seed * 0x9E3779B97F4A7C15L + purpose.hashCode() * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        return new Random(mixed);
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** An int in {@code [min, max]}. */
    static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    /** {@code n} zero-padded to {@code width} digits; String.format is too slow for thousands of items. */
    static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    static boolean chance(Random r, double p) {
        return r.nextDouble() < p;
    }

    static String hex(Random r, int bytes) {
        byte[] b = new byte[bytes];
        r.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
