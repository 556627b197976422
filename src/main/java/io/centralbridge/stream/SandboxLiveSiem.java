package io.centralbridge.stream;

import io.centralbridge.sandbox.Sandbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In sandbox mode, new SIEM records keep arriving, so a new user watching data/ sees the stream move. */
@Component
class SandboxLiveSiem {

    private final ObjectProvider<Sandbox> sandbox;
    private final int perMinute;

    SandboxLiveSiem(ObjectProvider<Sandbox> sandbox, @Value("${sophos.sandbox.siem-live-per-minute:6}") int perMinute) {
        this.sandbox = sandbox;
        this.perMinute = perMinute;
    }

    @EventListener(ContextRefreshedEvent.class)
    void start() {
        Sandbox s = sandbox.getIfAvailable();
        if (s != null) {
            s.siem().live(perMinute);
        }
    }
}
