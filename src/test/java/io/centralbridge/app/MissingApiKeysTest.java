package io.centralbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.centralbridge.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class MissingApiKeysTest {

    @Test
    void realCredentialsWithoutApiKeysRefuseToStartAndSayWhy() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .run("--sophos.client-id=someone", "--sophos.client-secret=s", "--sophos.api-keys=",
                        "--server.port=0").close())
                .satisfies(e -> {
                    Throwable t = e;
                    while (t.getCause() != null) {
                        t = t.getCause();
                    }
                    assertThat(t.getMessage()).contains("SOPHOS_API_KEYS");
                });
    }
}
