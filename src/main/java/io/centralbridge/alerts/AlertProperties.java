package io.centralbridge.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param window             how far back list_alerts may read (the Common API keeps 90 days)
 * @param closedSearchEnabled whether status=closed is sent to POST /common/v1/alerts/search (UNCONFIRMED upstream)
 */
@ConfigurationProperties("sophos.alerts")
public record AlertProperties(@DefaultValue("90d") Duration window,
                              @DefaultValue("false") boolean closedSearchEnabled) {
}
