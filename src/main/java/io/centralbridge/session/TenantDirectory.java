package io.centralbridge.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.http.Paging;
import io.centralbridge.http.PageResult;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import org.springframework.stereotype.Component;

/**
 * The tenants a credential reaches, with the apiHost of each. Partner and organization credentials read
 * their whole tenant list (all pages) and keep it for a TTL; a lookup that misses refreshes it, at most once
 * per miss interval so that a caller guessing ids cannot turn every call into a directory read.
 */
@Component
public class TenantDirectory {

    private record Snapshot(Instant fetchedAt, Map<String, Tenant> byId) {
    }

    private final SophosSession session;
    private final SophosClient client;
    private final Duration ttl;
    private final Duration missInterval;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile Instant lastMissRefresh = Instant.EPOCH;

    TenantDirectory(SophosSession session, SophosClient client, SophosProperties properties) {
        this.session = session;
        this.client = client;
        this.ttl = properties.directoryTtl();
        this.missInterval = properties.directoryMissRefreshInterval();
    }

    /** Every tenant the credential reaches; the credential's own tenant in tenant mode. */
    public List<Tenant> all() {
        return List.copyOf(current().byId().values());
    }

    public Optional<Tenant> find(String tenantId) {
        Snapshot s = current();
        Tenant t = s.byId().get(tenantId);
        if (t != null || session.identity().mode() == CredentialMode.TENANT) {
            return Optional.ofNullable(t);
        }
        Instant now = clock.instant();
        if (Duration.between(lastMissRefresh, now).compareTo(missInterval) >= 0) {
            lastMissRefresh = now;
            return Optional.ofNullable(refresh(s).byId().get(tenantId));
        }
        return Optional.empty();
    }

    /** Drops the cache so the next lookup reads the directory again. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && clock.instant().isBefore(s.fetchedAt().plus(ttl))) {
            return s;
        }
        return refresh(s);
    }

    private Snapshot refresh(Snapshot seen) {
        lock.lock();
        try {
            // Another caller may have refreshed while we waited for the lock.
            if (snapshot != null && snapshot != seen && clock.instant().isBefore(snapshot.fetchedAt().plus(ttl))) {
                return snapshot;
            }
            Snapshot fresh = new Snapshot(clock.instant(), load());
            snapshot = fresh;
            return fresh;
        } finally {
            lock.unlock();
        }
    }

    private Map<String, Tenant> load() {
        Identity id = session.identity();
        Map<String, Tenant> byId = new LinkedHashMap<>();
        if (id.mode() == CredentialMode.TENANT) {
            byId.put(id.id(), new Tenant(id.id(), null, null, null, regionOf(id.dataRegionUrl()), null, null,
                    id.dataRegionUrl()));
            return byId;
        }
        SophosRequest list = id.mode() == CredentialMode.PARTNER
                ? SophosRequest.get("/partner/v1/tenants", Scope.partner())
                : SophosRequest.get("/organization/v1/tenants", Scope.organization());
        PageResult pages = client.pages(list.paged(Paging.PAGE, "tenants"), Integer.MAX_VALUE);
        for (JsonNode t : pages.items()) {
            Tenant tenant = new Tenant(t.path("id").asText(), text(t, "name"), text(t, "showAs"),
                    text(t, "dataGeography"), text(t, "dataRegion"), text(t, "billingType"), text(t, "status"),
                    text(t, "apiHost"));
            byId.put(tenant.id(), tenant);
        }
        return byId;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** "https://api-eu01.central.sophos.com" is region eu01; other hosts (the sandbox's) have no code. */
    static String regionOf(String url) {
        if (url == null) {
            return null;
        }
        int start = url.indexOf("://api-");
        int end = url.indexOf(".central.sophos.com");
        return start >= 0 && end > start ? url.substring(start + 7, end) : null;
    }
}
