package io.centralbridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.Application;
import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.sandbox.SandboxCredential;
import io.centralbridge.sandbox.SandboxTenant;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fan-out: one inventory sync (direct:sync.inventory: list_endpoints, list_users, get_account_health_check per
 * tenant) over every tenant of a partner sandbox with upstream latency and the sandbox's rate limit on, at each
 * sophos.sync.parallelism asked for. Reports wall time, the ratio to the first concurrency, the 429s the sandbox
 * answered (all absorbed by the retry policy unless "errors" says otherwise) and the tenants whose sync failed.
 */
public final class FanOutBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int tenants = Integer.getInteger("bench.tenants", 200);
        int endpoints = Integer.getInteger("bench.endpoints", 300);
        long latency = Long.getLong("bench.latency", 50);
        double rate = Double.parseDouble(System.getProperty("bench.sandboxRate", "20"));
        int burst = Integer.getInteger("bench.sandboxBurst", 40);
        List<Integer> levels = List.of(System.getProperty("bench.concurrency", "1,8,32").split(",")).stream()
                .map(String::trim).map(Integer::parseInt).toList();

        SandboxConfig config = SandboxConfig.builder().tenantCount(tenants).endpoints(endpoints, endpoints)
                .latencyMillis(latency).rateLimit(rate, burst).build();
        Sandbox sandbox = Sandbox.start(config);
        SandboxCredential cred = sandbox.credential(CredentialKind.PARTNER);
        System.out.printf(Locale.ROOT, "%nsandbox: %d tenants x %d endpoints, %d ms latency, rate limit %s/s burst %d "
                        + "per credential and tenant%n", tenants, endpoints, latency, rate, burst);

        List<String> rows = new ArrayList<>();
        double base = 0;
        for (int c : levels) {
            Path out = Files.createTempDirectory("fanout-" + c + "-");
            ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                    "--sophos.client-id=" + cred.clientId(), "--sophos.client-secret=" + cred.clientSecret(),
                    "--sophos.identity-url=" + sandbox.identityUrl(), "--sophos.global-url=" + sandbox.globalUrl(),
                    "--sophos.allowed-hosts=127.0.0.1:*", "--sophos.api-keys=bench-key", "--server.port=0",
                    "--logging.level.root=WARN", "--sophos.sync.enabled=false",
                    "--sophos.sync.parallelism=" + c, "--sophos.sync.output-dir=" + out);
            ProducerTemplate producer = app.getBean(ProducerTemplate.class);
            List<String> ids = sandbox.world().tenants().stream().map(SandboxTenant::id).toList();
            // warm-up (JIT, connections, token, tenant directory) on a few tenants, then let the buckets refill
            producer.requestBody("direct:sync.inventory", String.join(",", ids.subList(0, Math.min(8, ids.size()))));
            Thread.sleep(Math.max(2000, (long) (burst / Math.max(rate, 0.1) * 1000)));
            sandbox.requests().clear();
            sandbox.inFlight().reset();

            long t0 = System.nanoTime();
            String failure = null;
            Set<String> synced = new HashSet<>();
            try {
                List<?> summaries = producer.requestBody("direct:sync.inventory", "", List.class);
                for (Object s : summaries) {
                    JsonNode n = JSON.valueToTree(s);
                    if (n.path("tenant").hasNonNull("id") && n.hasNonNull("runId")) {
                        synced.add(n.path("tenant").path("id").asText());
                    }
                }
            } catch (Exception e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            if (base == 0) {
                base = secs;
            }
            List<RecordedRequest> log = sandbox.requests().all();
            long r429 = log.stream().filter(r -> r.status() == 429).count();
            long other = log.stream().filter(r -> r.status() >= 400 && r.status() != 429).count();
            int peak = ids.stream().mapToInt(id -> sandbox.inFlight().peak(id)).max().orElse(0);
            int errors = ids.size() - synced.size();
            rows.add(String.format(Locale.ROOT, "%11d %9.1fs %8.2fx %9d %10d %12d %9d %10d", c, secs, base / secs,
                    log.size(), r429, other, errors, peak));
            if (failure != null) {
                rows.add("            surfaced: " + failure);
            }
            System.out.println(rows.get(rows.size() - 1));
            app.close();
        }
        System.out.println();
        System.out.println("parallelism      wall  speed-up  requests  429s(sbx)  other 4xx/5xx  errors  peak/tenant");
        rows.forEach(System.out::println);
        sandbox.close();
        System.exit(0);
    }
}
