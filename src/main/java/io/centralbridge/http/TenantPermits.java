package io.centralbridge.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bound on the calls in flight to Sophos per tenant (sophos.upstream.max-concurrent-per-tenant), so that one
 * tenant's flood queues behind its own permits and every other tenant keeps its own. Partner, organization and
 * whoami calls share one more bucket of the same size. A permit is held only around the HTTP exchange itself:
 * it is released before the answer is classified, so a 429 or 5xx waiting for redelivery holds none.
 */
@Component
class TenantPermits {

    /** The semaphore this exchange holds a permit of, if any. */
    static final String HELD = "sophos.permit";
    private static final String NOT_A_TENANT = "-";

    private final int perTenant;
    private final Duration maxWait;
    private final Map<String, Semaphore> byTenant = new ConcurrentHashMap<>();

    TenantPermits(@Value("${sophos.upstream.max-concurrent-per-tenant:8}") int perTenant,
                  @Value("${sophos.upstream.permit-wait:60s}") Duration maxWait) {
        this.perTenant = Math.max(1, perTenant);
        this.maxWait = maxWait;
    }

    void acquire(Exchange exchange) throws Exception {
        SophosRequest req = exchange.getProperty(SophosCallRoutes.REQUEST, SophosRequest.class);
        Semaphore s = byTenant.computeIfAbsent(key(req.scope()), k -> new Semaphore(perTenant, true));
        if (!s.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new UpstreamBusyException("no free upstream slot for this tenant within " + maxWait.toSeconds()
                    + " s (sophos.upstream.max-concurrent-per-tenant=" + perTenant + ")");
        }
        exchange.setProperty(HELD, s);
    }

    /** Safe on every path: releases only a permit this exchange holds, and only once. */
    void release(Exchange exchange) {
        Semaphore s = exchange.getProperty(HELD, Semaphore.class);
        if (s != null) {
            exchange.removeProperty(HELD);
            s.release();
        }
    }

    /** Calls in flight for that tenant id right now (for tests and diagnostics). */
    int inFlight(String tenantId) {
        Semaphore s = byTenant.get(tenantId);
        return s == null ? 0 : perTenant - s.availablePermits();
    }

    private static String key(Scope scope) {
        if (scope instanceof Scope.TenantScope ts) {
            return ts.tenant().id();
        }
        if (scope instanceof Scope.GlobalTenantScope gs) {
            return gs.tenant().id();
        }
        return NOT_A_TENANT;
    }
}
