package io.centralbridge.stream;

import io.centralbridge.session.Tenant;

/** Reads one tenant stream from its cursor to the end, page by page, committing after each delivered page. */
interface TenantStreamPoller {

    /** The flow kind this poller serves: siem, common-alerts. */
    String kind();

    /** Records delivered; throws when a page could not be read or delivered (the cursor stays where it was). */
    long poll(String flowId, StreamProperties.Flow flow, Tenant tenant, String stream);
}
