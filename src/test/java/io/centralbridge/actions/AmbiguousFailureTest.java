package io.centralbridge.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.centralbridge.http.SophosApiException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

/** Which failures may hide an applied write (read back) and which cannot (answer the error as it is). */
class AmbiguousFailureTest {

    private static SophosApiException sophos(int status) {
        return new SophosApiException(status, "e", "m", "c", "r", "POST /x");
    }

    @Test
    void fiveHundredsAndTimeoutsAreAmbiguousRefusalsAndUnreachedHostsAreNot() {
        assertThat(WriteSupport.ambiguous(new SophosApiException.ServerError(sophos(500)))).isTrue();
        assertThat(WriteSupport.ambiguous(sophos(503))).isTrue();
        assertThat(WriteSupport.ambiguous(new CamelExecutionException("x", null, new SocketTimeoutException("read timed out"))))
                .as("a timeout after sending").isTrue();
        assertThat(WriteSupport.ambiguous(sophos(409))).isFalse();
        assertThat(WriteSupport.ambiguous(sophos(404))).isFalse();
        assertThat(WriteSupport.ambiguous(new SophosApiException.RateLimited(sophos(429), 1000))).as("429: not applied").isFalse();
        assertThat(WriteSupport.ambiguous(new CamelExecutionException("x", null, new ConnectException("refused"))))
                .as("never reached Sophos").isFalse();
    }
}
