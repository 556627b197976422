package io.centralbridge.actions;

import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import java.util.List;

/**
 * What a write tool will send, worked out (validated, tenant and host resolved) before anything is sent, so a
 * dry run can show exactly this and stop.
 *
 * @param tenant the tenant the write is about (the receiving tenant of a migration)
 */
public record WritePlan(Tenant tenant, List<SophosRequest> requests) {

    public static WritePlan of(Tenant tenant, SophosRequest... requests) {
        return new WritePlan(tenant, List.of(requests));
    }
}
