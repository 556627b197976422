package io.centralbridge.session;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one owner of the credential's token and of the whoami answer (camel-salesforce's session, minus its
 * operation switch). Both are fetched by one caller at a time: a hundred concurrent tool calls on a cold start
 * cause one token request and one whoami.
 */
@Component
public class SophosSession {

    private static final Logger log = LoggerFactory.getLogger(SophosSession.class);

    /** The token, with a redacted toString so that nothing that prints an exchange property can leak it. */
    public record Token(Secret value, Instant refreshAt) {
        boolean fresh(Instant now) {
            return now.isBefore(refreshAt);
        }

        @Override
        public String toString() {
            return "Token[****, refreshAt=" + refreshAt + "]";
        }
    }

    private final SophosConnection connection;
    private final ObjectProvider<ProducerTemplate> producer;
    private final Clock clock;
    private final ReentrantLock tokenLock = new ReentrantLock();
    private final ReentrantLock identityLock = new ReentrantLock();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile Token token;
    private volatile Identity identity;
    private volatile String lastIdentityError;

    SophosSession(SophosConnection connection, ObjectProvider<ProducerTemplate> producer) {
        this.connection = connection;
        this.producer = producer;
        this.clock = Clock.systemUTC();
    }

    public SophosConnection connection() {
        return connection;
    }

    /** A valid token, fetched now if there is none or it is due for refresh. */
    public Token token() {
        Token t = token;
        Instant now = clock.instant();
        if (t != null && t.fresh(now)) {
            return t;
        }
        tokenLock.lock();
        try {
            t = token;
            if (t == null || !t.fresh(clock.instant())) {
                t = fetchToken();
                token = t;
            }
            return t;
        } finally {
            tokenLock.unlock();
        }
    }

    /** Drops the token after a 401, unless another caller already replaced it. */
    public void invalidate(Token rejected) {
        tokenLock.lock();
        try {
            if (token == rejected) {
                token = null;
            }
        } finally {
            tokenLock.unlock();
        }
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    private Token fetchToken() {
        tokenRequests.incrementAndGet();
        JsonNode answer = request("direct:sophos.token", null);
        String access = answer.path("access_token").asText("");
        if (access.isEmpty()) {
            throw new IllegalStateException("the identity service answered without an access_token");
        }
        long expiresIn = answer.path("expires_in").asLong(3600);
        // Sophos's own SIEM client refreshes 120 s before expiry; short test lifetimes keep half their life.
        long keep = expiresIn > 240 ? expiresIn - 120 : Math.max(1, expiresIn / 2);
        return new Token(new Secret(access), clock.instant().plusSeconds(keep));
    }

    /** whoami, fetched once; a failure is remembered for health and retried on the next call. */
    public Identity identity() {
        Identity id = identity;
        if (id != null) {
            return id;
        }
        identityLock.lock();
        try {
            if (identity == null) {
                try {
                    JsonNode who = request("direct:sophos.whoami", null);
                    Identity fetched = new Identity(CredentialMode.fromIdType(who.path("idType").asText()),
                            who.path("id").asText(), textOrNull(who.path("apiHosts").path("dataRegion")));
                    identity = fetched;
                    lastIdentityError = null;
                    log.info("Sophos credential is a {} credential ({})", fetched.mode().wire(), fetched.id());
                } catch (RuntimeException e) {
                    lastIdentityError = e.getMessage();
                    throw e;
                }
            }
            return identity;
        } finally {
            identityLock.unlock();
        }
    }

    /** The identity if whoami has answered, without calling it. */
    public Identity knownIdentity() {
        return identity;
    }

    public String lastIdentityError() {
        return lastIdentityError;
    }

    private JsonNode request(String uri, Object body) {
        try {
            return producer.getObject().requestBody(uri, body, JsonNode.class);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private static String textOrNull(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }
}
