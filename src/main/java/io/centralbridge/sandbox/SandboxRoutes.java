package io.centralbridge.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/** The routing table of all three kinds of server. Unknown path: 404; known path, other method: 405. */
final class SandboxRoutes {
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** A route and the path parameters it matched. */
    record Match(Route route, Map<String, String> params) {
    }

    void add(Route route) {
        routes.add(route);
    }

    void identity(String method, String pattern, RouteHandler handler) {
        add(new Route(method, pattern, ServerKind.IDENTITY, Access.NONE, handler));
    }

    void global(String method, String pattern, Access access, RouteHandler handler) {
        add(new Route(method, pattern, ServerKind.GLOBAL, access, handler));
    }

    /** A tenant-scoped API, served by every region server for the tenants that live there. */
    void tenant(String method, String pattern, RouteHandler handler) {
        add(new Route(method, pattern, ServerKind.REGION, Access.TENANT, handler));
    }

    /**
     * A tenant-scoped API that Sophos serves from the global host (licenses, accounts: sophos-api.md §2):
     * X-Tenant-ID is checked against the credential, but any region's tenant is admitted.
     */
    void globalTenant(String method, String pattern, RouteHandler handler) {
        add(new Route(method, pattern, ServerKind.GLOBAL, Access.TENANT, handler));
    }

    Match match(ServerKind server, String method, String path) {
        Match best = null;
        TreeSet<String> allowed = new TreeSet<>();
        for (Route r : routes.stream().filter(r -> r.server() == server)
                .sorted(Comparator.comparingInt(Route::parameterCount)).toList()) {
            Map<String, String> params = r.match(path);
            if (params == null) {
                continue;
            }
            allowed.add(r.method());
            if (best == null && r.method().equals(method)) {
                best = new Match(r, params);
            }
        }
        if (best != null) {
            return best;
        }
        if (!allowed.isEmpty()) {
            throw new SandboxException(405, "Method Not Allowed",
                    method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed),
                    null, null, Map.of("Allow", String.join(", ", allowed)));
        }
        throw SandboxException.notFound("No resource at " + path + " on this host");
    }
}
