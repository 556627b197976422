package io.centralbridge.http;

import java.io.IOException;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * What is safe to send twice. Reads: a 429 waits the Retry-After Sophos gave (capped), 5xx and I/O errors back
 * off exponentially with jitter. Writes are never redelivered on those, since Sophos may have applied them; a
 * 401 is retried once for every method with a fresh token, because a rejected token means nothing was done.
 */
@Component
class UpstreamRetryPolicy extends RouteConfigurationBuilder {

    static final String ID = "sophos-upstream";

    private final UpstreamProperties p;

    UpstreamRetryPolicy(UpstreamProperties p) {
        this.p = p;
    }

    static boolean isRead(Exchange exchange) {
        SophosRequest r = exchange.getProperty(SophosCallRoutes.REQUEST, SophosRequest.class);
        return r != null && r.isRead();
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .errorHandler(defaultErrorHandler().logExhausted(false).logStackTrace(false))
                .onException(SophosApiException.Unauthorized.class)
                    .maximumRedeliveries(1).redeliveryDelay(0)
                    .logExhausted(false).logRetryAttempted(false)
                .end()
                .onException(SophosApiException.RateLimited.class).onWhen(UpstreamRetryPolicy::isRead)
                    .maximumRedeliveries(p.rateLimitRetries())
                    .redeliveryDelay(p.retryAfterDefault().toMillis())
                    .asyncDelayedRedelivery()
                    .logExhausted(false).logRetryAttempted(false)
                .end()
                // no free tenant slot within permit-wait: already waited long enough, not sent, fail now (504)
                .onException(UpstreamBusyException.class)
                    .maximumRedeliveries(0)
                    .logExhausted(false).logRetryAttempted(false)
                .end()
                .onException(SophosApiException.ServerError.class, IOException.class).onWhen(UpstreamRetryPolicy::isRead)
                    .maximumRedeliveries(p.serverErrorRetries())
                    .redeliveryDelay(p.backoffInitial().toMillis())
                    .useExponentialBackOff().backOffMultiplier(2).useCollisionAvoidance()
                    .maximumRedeliveryDelay(p.backoffMax().toMillis())
                    .asyncDelayedRedelivery()
                    .logExhausted(false).logRetryAttempted(false)
                .end();
    }
}
