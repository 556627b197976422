package io.centralbridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.Application;
import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.sandbox.SandboxCredential;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Poll latency of run_data_lake_query: for each call, the time from the instant the run finished in the
 * sandbox to the instant the tool's answer (rows included) reached the REST caller. The app runs with its
 * default polling settings (unless overridden with -Dsophos.hunting.*), against an in-process sandbox whose
 * runs take 1-3 s. Reports p50, p90, p99 and max at 1 and at 50 concurrent queries.
 */
public final class HuntingPollLatency {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "bench-api-key-0123456789";

    public static void main(String[] args) throws Exception {
        int sequential = Integer.getInteger("bench.sequential", 20);
        int waves = Integer.getInteger("bench.waves", 4);
        Sandbox sandbox = Sandbox.start(SandboxConfig.builder().noRateLimit().build());
        sandbox.hunting().runDuration(Duration.ofSeconds(1), Duration.ofSeconds(3));
        SandboxCredential c = sandbox.credential(CredentialKind.PARTNER);
        // command-line arguments, so that they win over config/application.yaml
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--sophos.client-id=" + c.clientId(), "--sophos.client-secret=" + c.clientSecret(),
                "--sophos.identity-url=" + sandbox.identityUrl(), "--sophos.global-url=" + sandbox.globalUrl(),
                "--sophos.allowed-hosts=127.0.0.1:*", "--sophos.api-keys=" + KEY, "--server.port=0",
                "--logging.level.root=WARN");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<String> tenants = sandbox.world().tenants().stream().map(t -> t.id()).toList();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            // warm-up: token, tenant directory, JIT
            for (int i = 0; i < 3; i++) {
                once(http, port, tenants.get(i), sandbox);
            }
            List<Long> one = new ArrayList<>();
            for (int i = 0; i < sequential; i++) {
                one.add(once(http, port, tenants.get(i % tenants.size()), sandbox));
            }
            List<Long> fifty = new ArrayList<>();
            ExecutorService callers = Executors.newFixedThreadPool(50);
            for (int w = 0; w < waves; w++) {
                List<CompletableFuture<Long>> calls = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    String t = tenants.get(i % tenants.size());
                    calls.add(CompletableFuture.supplyAsync(() -> once(http, port, t, sandbox), callers));
                }
                for (CompletableFuture<Long> f : calls) {
                    fifty.add(f.get());
                }
            }
            callers.shutdownNow();
            System.out.println();
            System.out.println("run_data_lake_query poll latency (run finished in the sandbox -> answer received), ms");
            System.out.println("concurrency  samples    p50    p90    p99    max");
            report(1, one);
            report(50, fifty);
        } finally {
            app.close();
            sandbox.close();
        }
    }

    private static long once(HttpClient http, int port, String tenant, Sandbox sandbox) {
        try {
            String body = JSON.writeValueAsString(java.util.Map.of("tenant_id", tenant,
                    "sql", "SELECT meta_hostname, query_name FROM xdr_data", "wait_seconds", 60));
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tools/run_data_lake_query"))
                    .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(90)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            Instant received = Instant.now();
            JsonNode out = JSON.readTree(r.body());
            if (r.statusCode() != 200 || !"finished".equals(out.path("status").asText())) {
                throw new IllegalStateException("unexpected answer " + r.statusCode() + " " + r.body());
            }
            Instant finished = sandbox.hunting().finishedAt(out.path("run_id").asText()).orElseThrow();
            return Duration.between(finished, received).toMillis();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(int concurrency, List<Long> samples) {
        List<Long> s = new ArrayList<>(samples);
        Collections.sort(s);
        System.out.printf("%11d  %7d  %5d  %5d  %5d  %5d%n", concurrency, s.size(), pct(s, 50), pct(s, 90), pct(s, 99),
                s.get(s.size() - 1));
    }

    private static long pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
