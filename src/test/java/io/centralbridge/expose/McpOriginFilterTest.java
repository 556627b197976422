package io.centralbridge.expose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class McpOriginFilterTest {

    private final McpOriginFilter filter = new McpOriginFilter(List.of("http://localhost:*", "HTTPS://App.Example:8443"));

    @Test
    void aWildcardPortMatchesAnyPortOrNoneButNotALongerHost() {
        assertThat(filter.permits("http://localhost:6274")).isTrue();
        assertThat(filter.permits("http://localhost")).isTrue();
        assertThat(filter.permits("http://localhost.evil.example")).isFalse();
        assertThat(filter.permits("http://localhost:80.evil.example")).isFalse();
        assertThat(filter.permits("https://localhost:6274")).isFalse();
    }

    @Test
    void anExactOriginMatchesCaseInsensitivelyAndNothingElse() {
        assertThat(filter.permits("https://app.example:8443")).isTrue();
        assertThat(filter.permits("https://app.example")).isFalse();
        assertThat(filter.permits("null")).isFalse();
    }
}
