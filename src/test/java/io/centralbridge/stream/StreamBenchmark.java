package io.centralbridge.stream;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.centralbridge.Application;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * Not part of the suite (the name does not end in Test): run it with {@code bench/run.sh}. Streams a sandbox's
 * SIEM records into Kafka (acks=all, through the test broker's relay) and into files, with 1 and 12 tenants,
 * and reports records/s and the JVM's peak heap (sandbox and broker included, so an upper bound for the app).
 */
class StreamBenchmark {

    private static final int RECORDS = Integer.getInteger("bench.records", 100_000);

    @Test
    void bench() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-7s %-8s %9s %9s %11s %12s", "sink", "tenants", "records", "seconds", "records/s", "peak heap MB"));
        for (String sink : List.of("files", "kafka")) {
            for (int tenants : List.of(1, 12)) {
                lines.add(run(sink, tenants));
            }
        }
        String report = String.join("\n", lines);
        System.out.println("\n" + report + "\n");
        Files.createDirectories(Path.of("bench/results"));
        Files.writeString(Path.of("bench/results/stream.txt"), report + "\n");
    }

    private String run(String sink, int tenants) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(99).tenantCount(tenants).noRateLimit().build())) {
            sandbox.siem().volume(RECORDS, Duration.ofHours(12));
            Path state = StreamAppTest.tempDir("bench");
            String kafka = sink.equals("kafka") ? TestKafka.get().bootstrap() : "";
            Map<String, String> props = new HashMap<>(StreamAppTest.properties(sandbox, state, kafka));
            props.put("sophos.api-keys", TestSandboxes.API_KEY);
            props.put("server.port", "0");
            props.put("sophos.stream.cluster.enabled", "false");
            // each run's sandbox reuses tenant ids, so cursors must not outlive a run
            props.put("sophos.stream.cursor-store", "file");
            props.put("sophos.stream.flows.siem-stream.initial-delay-ms", "2000");
            props.put("logging.level.root", "WARN");
            System.gc();
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                    .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
            try {
                StreamMetrics metrics = app.getBean(StreamMetrics.class);
                sampler.start();
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> out(metrics) > 0);
                long start = System.nanoTime() - 0;
                long firstOut = out(metrics);
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> out(metrics) >= RECORDS);
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = (RECORDS - firstOut) / seconds;
                return String.format("%-7s %-8d %9d %9.2f %11.0f %12d", sink, tenants, RECORDS, seconds, rate,
                        peak.get() / (1024 * 1024));
            } finally {
                sampler.interrupt();
                app.close();
            }
        }
    }

    private static long out(StreamMetrics m) {
        return m.states().values().stream().mapToLong(StreamMetrics.State::out).sum();
    }
}
