package io.centralbridge.sandbox;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process Sophos Central: an identity server, a global server and one server per data region,
 * each on its own loopback port, so that a call sent to the wrong host fails as it would against Sophos.
 * Plain JDK HTTP server and Jackson only: no Spring, no Camel.
 */
public final class Sandbox implements AutoCloseable {
    private final SandboxConfig config;
    private final SandboxRoutes routes = new SandboxRoutes();
    private final RequestLog requests = new RequestLog();
    private final InFlight inFlight = new InFlight();
    private final Faults faults;
    private final RateLimiter rateLimiter;
    private final IssuedTokens tokens = new IssuedTokens();
    private final HuntingKnobs hunting;
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor;
    private final Map<String, String> regionUrls = new LinkedHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private String identityUrl;
    private String globalUrl;
    private SandboxWorld world;
    private Credentials credentials;
    private Admission admission;
    private SiemFeed siem;

    private Sandbox(SandboxConfig config) {
        this.config = config;
        this.faults = new Faults(config.seed(), tokens::revokeAll);
        this.hunting = new HuntingKnobs(config.seed());
        this.rateLimiter = new RateLimiter(config.rateLimitPerSecond(), config.rateLimitBurst());
        AtomicInteger n = new AtomicInteger();
        // Cached: 64+ concurrent slow (latency-injected) requests must not queue behind each other.
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Binds every server on 127.0.0.1 and seeds the world; prints nothing. */
    public static Sandbox start(SandboxConfig config) {
        Sandbox s = new Sandbox(config);
        try {
            s.bindAll();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void bindAll() {
        HttpServer identity = bind(config.identityPort(), ServerKind.IDENTITY, "identity", null);
        identityUrl = url(identity);
        HttpServer global = bind(config.globalPort(), ServerKind.GLOBAL, "global", null);
        globalUrl = url(global);
        for (String region : config.regions()) {
            regionUrls.put(region, url(bind(config.regionPort(region), ServerKind.REGION, region, region)));
        }
        world = WorldSeeder.seed(config, Collections.unmodifiableMap(regionUrls), Instant.now().truncatedTo(ChronoUnit.MINUTES));
        credentials = new Credentials(config, world);
        siem = SiemSeed.seed(config, world);
        admission = new Admission(tokens, world);
        for (SandboxApi api : apis()) {
            api.register(routes);
        }
        servers.forEach(HttpServer::start);
    }

    /** The simulated APIs; a new API is one more entry here. */
    private static List<SandboxApi> apis() {
        return List.of(new IdentityApi(), new WhoamiApi(), new TenantsApi(), new EndpointsApi(), new AlertsApi(),
                new DirectoryApi(), new HealthCheckApi(), new WriteApis(), new ModuleApis(),
                new HuntingApis(), new SiemApi());
    }

    private HttpServer bind(int port, ServerKind kind, String name, String region) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
            server.createContext("/", new ExchangeHandler(this, kind, name, region));
            server.setExecutor(executor);
            servers.add(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox cannot bind " + name + " on port " + port, e);
        }
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String identityUrl() {
        return identityUrl;
    }

    public String globalUrl() {
        return globalUrl;
    }

    public String regionUrl(String region) {
        String url = regionUrls.get(region);
        if (url == null) {
            throw new IllegalArgumentException("no region " + region + " in this sandbox; it has " + regionUrls.keySet());
        }
        return url;
    }

    public Map<String, String> regionUrls() {
        return Collections.unmodifiableMap(regionUrls);
    }

    public SandboxConfig config() {
        return config;
    }

    public SandboxCredential credential(CredentialKind kind) {
        return credentials.builtIn(kind);
    }

    /** Every credential the identity server accepts, built-in ones first. */
    public List<SandboxCredential> credentials() {
        return credentials.all();
    }

    public SandboxWorld world() {
        return world;
    }

    /** The SIEM events and alerts; its knobs set the volume and the arrival of new records. */
    public SiemFeed siem() {
        return siem;
    }

    public RequestLog requests() {
        return requests;
    }

    /** Requests open right now and the peak, per tenant. */
    public InFlight inFlight() {
        return inFlight;
    }

    public Faults faults() {
        return faults;
    }

    /** Threat-hunting run lifecycles: durations, scripted failures, run lookups. */
    public HuntingKnobs hunting() {
        return hunting;
    }

    public int tokensIssued() {
        return tokens.count();
    }

    public String describe() {
        return SandboxDescription.of(this);
    }

    SandboxRoutes routes() {
        return routes;
    }

    Admission admission() {
        return admission;
    }

    RateLimiter rateLimiter() {
        return rateLimiter;
    }

    IssuedTokens tokens() {
        return tokens;
    }

    Credentials credentialStore() {
        return credentials;
    }

    /** Stops every server; safe to call more than once (a bean's destroy method and a shutdown hook may both). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
