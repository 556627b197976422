package io.centralbridge.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.session.SophosConnection;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/** The OAuth2 client-credentials form (sophos-api.md §1) and its answer. */
@Component
class TokenRequest implements Processor {

    private final SophosConnection connection;
    private final ObjectMapper json;
    private final UpstreamResponse errors;

    TokenRequest(SophosConnection connection, ObjectMapper json, UpstreamResponse errors) {
        this.connection = connection;
        this.json = json;
        this.errors = errors;
    }

    @Override
    public void process(Exchange exchange) {
        String url = connection.identityUrl().replaceAll("/+$", "") + "/api/v2/oauth2/token";
        if (!connection.allowList().allows(url.substring(0, url.indexOf("/api/v2/")))) {
            throw new UpstreamHostRefusedException("identity host of " + url + " is not on the upstream allow-list");
        }
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
        exchange.getMessage().setHeader(Exchange.HTTP_URI, url);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded");
        exchange.getMessage().setHeader("Accept", "application/json");
        exchange.getMessage().setBody("grant_type=client_credentials"
                + "&client_id=" + enc(connection.clientId())
                + "&client_secret=" + enc(connection.clientSecret().reveal())
                + "&scope=token");
    }

    void answer(Exchange exchange) throws Exception {
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String text = exchange.getMessage().getBody(String.class);
        if (status != 200) {
            SophosApiException e = errors.parse(status, text == null ? "" : text, "POST /api/v2/oauth2/token");
            throw status >= 500 ? new SophosApiException.ServerError(e) : e;
        }
        exchange.getMessage().setBody(json.readTree(text));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
