package io.centralbridge.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.session.SophosSession;
import io.centralbridge.support.Api;
import io.centralbridge.support.AuditKafkaBroker;
import io.centralbridge.support.TestSandboxes;
import io.centralbridge.support.WriteAppTest;
import io.centralbridge.tool.Access;
import io.centralbridge.tool.ToolDef;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every tool, read and write, runs with a known client secret and a token the sandbox issued; then all the app
 * wrote (log events, audit file, audit topic, inventory files, every answer) is scanned: no client secret, no
 * token, and no tamper-protection password outside the answer that asked for it.
 * The streaming flows (files, Kafka, cursors) are scanned by {@code stream/FlowSecretHygieneTest}.
 */
class SecretHygieneTest extends WriteAppTest {

    @Test
    void noSecretTokenOrUnaskedPasswordInAnythingTheAppWrote() throws Exception {
        SharedContexts.App reads = SharedContexts.partner();
        // both contexts are up before the appender goes on: a context start resets Logback's appenders
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        // our own code at DEBUG too: a secret must not hide in a line that only shows when someone debugs
        Logger ours = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("io.centralbridge");
        ch.qos.logback.classic.Level before = ours.getLevel();
        ours.setLevel(ch.qos.logback.classic.Level.DEBUG);
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> tokens = new LinkedHashSet<>();
        try {
            // a fresh token during the capture, so the token request and its handling are logged (or not) here
            forceNewToken(reads.context().getBean(SophosSession.class));
            forceNewToken(session);
            runEveryTool("read", reads.tools(Access.READ), reads.api(), reads.sandbox(), answers, tokens);
            runEveryTool("write", SharedContexts.write().tools(Access.WRITE), api, sandbox, answers, tokens);
            tamperProtection(answers, tokens);
        } finally {
            root.detachAppender(logs);
            ours.setLevel(before);
        }

        assertThat(tokens).as("tokens the sandbox saw").isNotEmpty();
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("client secret", sandbox.credential(CredentialKind.PARTNER).clientSecret());
        secrets.put("HEC token", "test-hec-token-4f2a");
        int i = 0;
        for (String t : tokens) {
            secrets.put("bearer token " + (i++), t);
        }
        passwords.forEach((k, v) -> secrets.put("tamper password " + k, v));

        assertThat(logs.list).as("log events captured").isNotEmpty();
        // the scanner finds what it looks for: the password is in the answer that asked for it
        assertThat(new LeakScanner().text("reveal", askedRaw).find(Map.of("p", passwords.get("before")))).hasSize(1);
        LeakScanner scanner = scanner(logs.list, answers);
        assertThat(scanner.size()).isGreaterThan(answers.size());
        assertThat(scanner.find(secrets)).as("secrets found in what the app wrote").isEmpty();
    }

    private final Map<String, String> passwords = new LinkedHashMap<>();
    private String askedRaw;

    /** Answers that asked for a password may show it; they are checked for the other secrets only. */
    private final Map<String, String> askedForPassword = new LinkedHashMap<>();

    private void tamperProtection(Map<String, String> answers, Set<String> tokens) {
        SandboxTenant t = tenant(7);
        String id = sandbox.world().endpoints(t.id()).get(5).get("id").asText();
        Api.Response reveal = call("reveal", params("tenant_id", t.id(), "endpoint_id", id, "reveal_password", true), tokens);
        passwords.put("before", reveal.body().path("password").asText());
        assertThat(passwords.get("before")).isNotBlank();
        askedForPassword.put("tamper reveal", reveal.text());
        askedRaw = reveal.text();
        answers.put("tamper off", call("off", params("tenant_id", t.id(), "endpoint_id", id, "enabled", false), tokens).text());
        Api.Response regen = call("regen", params("tenant_id", t.id(), "endpoint_id", id, "enabled", true,
                "regenerate_password", true), tokens);
        passwords.put("regenerated", regen.body().path("password").asText());
        askedForPassword.put("tamper regenerate", regen.text());
        answers.put("tamper on", call("on", params("tenant_id", t.id(), "endpoint_id", id, "enabled", true), tokens).text());
        answers.put("tamper dry run", call("dry", params("tenant_id", t.id(), "endpoint_id", id, "enabled", false,
                "regenerate_password", true, "dry_run", true), tokens).text());
    }

    private Api.Response call(String what, ObjectNode p, Set<String> tokens) {
        sandbox.requests().clear();
        Api.Response r = api.tool("update_tamper_protection", p);
        assertThat(r.status()).as(what + ": " + r.text()).isEqualTo(200);
        tokens(sandbox, tokens);
        return r;
    }

    private static void runEveryTool(String kind, List<ToolDef> tools, Api api, Sandbox sandbox,
                                     Map<String, String> answers, Set<String> tokens) {
        SandboxTenant t = sandbox.world().tenants().get(7);
        String endpoint = sandbox.world().endpoints(t.id()).get(6).get("id").asText();
        assertThat(tools).isNotEmpty();
        for (ToolDef def : tools) {
            ObjectNode p = HostileCalls.validBase(def, t.id());
            if (def.inputSchema().path("properties").has("endpoint_id")) {
                p.put("endpoint_id", endpoint);
            }
            if (def.inputSchema().path("properties").has("endpoint_ids")) {
                p.putArray("endpoint_ids").add(endpoint);
            }
            if (def.inputSchema().path("properties").has("path") && !p.has("path")) {
                p.put("path", "endpoints");
            }
            sandbox.requests().clear();
            Api.Response r = api.tool(def.name(), p);
            assertThat(r.status()).as(def.name() + " " + p + " -> " + r.text()).isLessThan(500);
            answers.put(kind + " " + def.name(), r.text());
            tokens(sandbox, tokens);
        }
    }

    private static void tokens(Sandbox sandbox, Set<String> into) {
        for (RecordedRequest q : sandbox.requests().all()) {
            String auth = q.header("Authorization");
            if (auth != null && auth.startsWith("Bearer ")) {
                into.add(auth.substring(7));
            }
        }
    }

    private static void forceNewToken(SophosSession s) {
        s.invalidate(s.token());
    }

    private LeakScanner scanner(List<ILoggingEvent> events, Map<String, String> answers) {
        LeakScanner s = new LeakScanner();
        StringBuilder log = new StringBuilder();
        for (ILoggingEvent e : events) {
            log.append(e.getFormattedMessage()).append(' ').append(e.getMDCPropertyMap()).append('\n');
            IThrowableProxy tp = e.getThrowableProxy();
            if (tp != null) {
                log.append(ThrowableProxyUtil.asString(tp)).append('\n');
            }
        }
        s.text("log events", log.toString());
        answers.forEach((k, v) -> s.text("answer " + k, v));
        s.text("audit topic", auditTopic());
        // the app's data and audit folders: one line each
        s.dir("audit dir", AUDIT.getParent());
        s.dir("inventory dir", Path.of(TestSandboxes.INVENTORY_DIR));
        s.dir("data dir", Path.of("data"));
        // the streaming flows are scanned by stream/FlowSecretHygieneTest, in the context that runs them
        // answers that asked for the password: scanned for the other secrets only
        Map<String, String> unasked = new LinkedHashMap<>(askedForPassword);
        unasked.replaceAll((k, v) -> v.replace(passwords.getOrDefault("before", "\u0000"), "")
                .replace(passwords.getOrDefault("regenerated", "\u0000"), ""));
        unasked.forEach((k, v) -> s.text("asked-for answer " + k, v));
        return s;
    }

    private static String auditTopic() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, AuditKafkaBroker.brokers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "secret-hygiene-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        StringBuilder out = new StringBuilder();
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(AuditKafkaBroker.TOPIC));
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            // read until the tamper-protection lines of this test are in, or the deadline passes
            while (System.nanoTime() < until && seen.stream().noneMatch(v -> v.contains("\"dryRun\"") || v.contains("dry_run"))) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> seen.add(r.key() + " " + r.value()));
            }
            consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.key() + " " + r.value()));
        }
        assertThat(seen).as("audit records on the topic").isNotEmpty();
        seen.forEach(v -> out.append(v).append('\n'));
        return out.toString();
    }
}
