package io.centralbridge.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.Application;
import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.sandbox.SandboxCredential;
import io.centralbridge.sandbox.SandboxTenant;
import org.HdrHistogram.Histogram;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tool-call overhead: p50/p99 of POST /api/tools/list_endpoints against the sandbox, compared with the same
 * upstream request made directly (same host, token, headers, query), at 1 and 32 concurrent callers; and the
 * number of token requests the app made during the whole run.
 */
public final class ToolOverheadBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "bench-key";

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(System.getProperty("bench.requests", "4000"));
        int warmup = Integer.parseInt(System.getProperty("bench.warmup", "3000"));
        Sandbox sandbox = Sandbox.start(SandboxConfig.builder().noRateLimit().build());
        SandboxCredential cred = sandbox.credential(CredentialKind.PARTNER);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--sophos.client-id=" + cred.clientId(), "--sophos.client-secret=" + cred.clientSecret(),
                "--sophos.identity-url=" + sandbox.identityUrl(), "--sophos.global-url=" + sandbox.globalUrl(),
                "--sophos.allowed-hosts=127.0.0.1:*", "--sophos.api-keys=" + KEY, "--server.port=0",
                "--logging.level.root=WARN", "--logging.level.io.centralbridge.upstream=WARN",
                // only the tool calls under test: no streaming flow, no schedule, no caller rate limit
                "--sophos.stream.flows.siem-stream.enabled=false", "--sophos.sync.enabled=false",
                "--sophos.limits.caller-rate-per-second=0", "--camel.springboot.routes-include-pattern=",
                // 32 callers on ONE tenant: the per-tenant fairness bound (default 8) would measure queueing, not overhead
                "--sophos.upstream.max-concurrent-per-tenant=" + System.getProperty("bench.perTenant", "64"));
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String directToken = token(http, sandbox, cred);
        int appTokensBefore = sandbox.tokensIssued() - 1; // the bench's own direct token

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%-8s %-22s %5s %9s %9s %9s %9s %11s %11s%n", "latency", "tenant (endpoints)",
                "conc", "direct50", "direct99", "tool50", "tool99", "overhead50", "overhead99"));
        for (long latency : new long[] {0, 50}) {
        sandbox.faults().latency(latency);
        for (SandboxTenant t : pick(sandbox)) {
            int n = sandbox.world().endpoints(t.id()).size();
            HttpRequest direct = HttpRequest.newBuilder(URI.create(t.apiHost() + "/endpoint/v1/endpoints?view=full&pageSize="
                            + Math.min(500, 10000) + ""))
                    .header("Authorization", "Bearer " + directToken).header("X-Tenant-ID", t.id())
                    .header("Accept", "application/json").GET().build();
            HttpRequest tool = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tools/list_endpoints"))
                    .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"tenant_id\":\"" + t.id() + "\"}")).build();
            for (int conc : new int[] {1, 32}) {
                // with upstream latency each request takes 50 ms: fewer of them still give stable percentiles
                int measured = latency == 0 ? requests : Math.max(400, Math.min(requests, conc * 100));
                int warm = latency == 0 ? warmup : Math.max(64, conc * 4);
                run(http, direct, warm, conc);
                run(http, tool, warm, conc);
                Histogram d = run(http, direct, measured, conc);
                Histogram a = run(http, tool, measured, conc);
                report.append(String.format(Locale.ROOT, "%-8s %-22s %5d %8.2fms %8.2fms %8.2fms %8.2fms %10.2fms %10.2fms%n",
                        latency + "ms", t.name().substring(0, Math.min(14, t.name().length())) + " (" + n + ")", conc,
                        ms(d, 50), ms(d, 99), ms(a, 50), ms(a, 99), ms(a, 50) - ms(d, 50), ms(a, 99) - ms(d, 99)));
            }
        }
        }
        report.append(String.format(Locale.ROOT, "token requests made by the app during the run: %d%n",
                sandbox.tokensIssued() - 1));
        System.out.println();
        System.out.println(report);
        app.close();
        sandbox.close();
    }

    /** The smallest and the largest tenant: overhead with a small and a big answer. */
    private static List<SandboxTenant> pick(Sandbox s) {
        List<SandboxTenant> all = new ArrayList<>(s.world().tenants());
        all.sort((x, y) -> Integer.compare(s.world().endpoints(x.id()).size(), s.world().endpoints(y.id()).size()));
        return List.of(all.get(0), all.get(all.size() - 1));
    }

    private static Histogram run(HttpClient http, HttpRequest req, int total, int conc) throws Exception {
        Histogram h = new Histogram(60_000_000_000L, 3);
        ExecutorService pool = Executors.newFixedThreadPool(conc);
        try {
            List<Callable<Void>> workers = new ArrayList<>();
            int each = total / conc;
            for (int w = 0; w < conc; w++) {
                workers.add(() -> {
                    for (int i = 0; i < each; i++) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long dt = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("status " + r.statusCode() + ": " + new String(r.body()));
                        }
                        synchronized (h) {
                            h.recordValue(dt);
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(workers)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return h;
    }

    private static double ms(Histogram h, double pct) {
        return h.getValueAtPercentile(pct) / 1_000_000.0;
    }

    private static String token(HttpClient http, Sandbox s, SandboxCredential c) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(c.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(c.clientSecret(), StandardCharsets.UTF_8) + "&scope=token";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.identityUrl() + "/api/v2/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode n = JSON.readTree(r.body());
        return n.path("access_token").asText();
    }
}
