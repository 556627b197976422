package io.centralbridge.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostAllowListTest {

    private final HostAllowList list = new HostAllowList(List.of(HostAllowList.SOPHOS_DEFAULT, "127.0.0.1:*",
            "http://sophos-proxy.internal:8443"));

    @ParameterizedTest
    @ValueSource(strings = {"https://api-eu01.central.sophos.com", "https://api-us03.central.sophos.com/",
            "https://api.central.sophos.com", "http://127.0.0.1:9001", "https://127.0.0.1:1",
            "http://sophos-proxy.internal:8443"})
    void allowed(String url) {
        assertThat(list.allows(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api-eu01.central.sophos.com", "https://api-eu01.central.sophos.com.evil.com",
            "https://api.evil.com/.central.sophos.com", "https://evil.com#api-eu01.central.sophos.com",
            "https://user@api-eu01.central.sophos.com", "https://api-eu01.central.sophos.com:8443",
            "https://api-eu01.central.sophos.com/path", "https://api-eu01.central.sophos.com?x=1",
            "https://xapi-eu01.central.sophos.com", "ftp://127.0.0.1:21", "http://127.0.0.2:9001",
            "http://sophos-proxy.internal:8444", "https://sophos-proxy.internal:8443", "not a url", ""})
    void refused(String url) {
        assertThat(list.allows(url)).isFalse();
    }
}
