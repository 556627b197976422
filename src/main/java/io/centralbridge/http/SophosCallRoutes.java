package io.centralbridge.http;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The single exit to Sophos. {@code direct:sophos.call} takes a {@link SophosRequest} body and answers the
 * JSON body; everything about auth, hosts, headers and retries happens here and nowhere else.
 */
@Component
class SophosCallRoutes extends RouteBuilder {

    static final String REQUEST = "sophos.request";
    static final String TOKEN = "sophos.token";
    static final String STATUS = "sophos.status";
    /** One pooled endpoint; the target URL travels in the CamelHttpUri header. */
    static final String UPSTREAM = "http://sophos-upstream?throwExceptionOnFailure=false";

    private final UpstreamTarget target;
    private final UpstreamResponse response;
    private final PageCollector pages;
    private final TokenRequest tokenRequest;
    private final TenantPermits permits;
    private final UpstreamLog upstreamLog;

    SophosCallRoutes(UpstreamTarget target, UpstreamResponse response, PageCollector pages, TokenRequest tokenRequest,
                     TenantPermits permits, UpstreamLog upstreamLog) {
        this.permits = permits;
        this.upstreamLog = upstreamLog;
        this.target = target;
        this.response = response;
        this.pages = pages;
        this.tokenRequest = tokenRequest;
    }

    @Override
    public void configure() {
        from("direct:sophos.call").routeId("sophos.call").routeConfigurationId(UpstreamRetryPolicy.ID)
                // nothing a caller brought (REST headers, Kafka headers) may travel upstream
                .removeHeaders("*")
                .setProperty(REQUEST, body())
                .to("direct:sophos.http")
                // and nothing of ours (Authorization, X-*-ID, response headers) travels back
                .removeHeaders("*");

        // Retries redeliver this whole sub-route, so each attempt rebuilds the request from the property
        // and takes the current token (the one after a re-auth).
        from("direct:sophos.http").routeId("sophos.http").errorHandler(noErrorHandler())
                .removeHeaders("*")
                .process(target)
                // a permit per tenant around the exchange only: released before the answer is classified, so a
                // 429 or 5xx waiting out its redelivery delay holds none, and released on an I/O error too
                .process(permits::acquire)
                .process(upstreamLog::start)
                .doTry()
                    .to(UPSTREAM)
                .doCatch(Exception.class)
                    // no answer at all: free the slot, one log line, then the same exception goes on to the retry policy
                    .process(permits::release)
                    .process(upstreamLog::failed)
                .end()
                .process(permits::release)
                .process(upstreamLog::answered)
                .process(response);

        from("direct:sophos.pages").routeId("sophos.pages").errorHandler(noErrorHandler())
                .process(pages);

        from("direct:sophos.whoami").routeId("sophos.whoami").errorHandler(noErrorHandler())
                .setBody(constant(SophosRequest.get("/whoami/v1", Scope.global())))
                .to("direct:sophos.call");

        from("direct:sophos.token").routeId("sophos.token").errorHandler(noErrorHandler())
                .removeHeaders("*")
                .process(tokenRequest)
                .to(UPSTREAM)
                .process(tokenRequest::answer)
                .removeHeaders("*");
    }
}
