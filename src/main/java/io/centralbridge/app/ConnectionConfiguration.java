package io.centralbridge.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.sandbox.SandboxCredential;
import io.centralbridge.session.HostAllowList;
import io.centralbridge.session.Secret;
import io.centralbridge.session.SophosConnection;
import io.centralbridge.session.SophosProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Real credentials when SOPHOS_CLIENT_ID is set; otherwise the built-in sandbox, started in this process, is
 * the Sophos we talk to, over the same sockets and code paths.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${sophos.client-id:}'.isBlank()")
    Sandbox embeddedSandbox(SophosProperties p) {
        SophosProperties.SandboxSettings s = p.sandbox();
        return Sandbox.start(SandboxConfig.builder()
                .seed(s.seed())
                .tenantCount(s.tenants())
                .rateLimit(s.rateLimitPerSecond(), s.rateLimitBurst())
                .build());
    }

    @Bean
    SophosConnection sophosConnection(SophosProperties p, ObjectProvider<Sandbox> sandbox) {
        List<String> allowed = new ArrayList<>();
        allowed.add(HostAllowList.SOPHOS_DEFAULT);
        allowed.addAll(p.allowedHosts());
        Sandbox sbx = sandbox.getIfAvailable();
        if (sbx == null) {
            allowed.add(HostAllowList.originOf(p.identityUrl()));
            allowed.add(HostAllowList.originOf(p.globalUrl()));
            return new SophosConnection(p.identityUrl(), p.globalUrl(), p.clientId(), new Secret(p.clientSecret()),
                    new HostAllowList(allowed), false);
        }
        allowed.add(HostAllowList.originOf(sbx.identityUrl()));
        allowed.add(HostAllowList.originOf(sbx.globalUrl()));
        sbx.regionUrls().values().forEach(u -> allowed.add(HostAllowList.originOf(u)));
        SandboxCredential c = sbx.credential(CredentialKind.valueOf(p.sandbox().credential().toUpperCase(Locale.ROOT)));
        return new SophosConnection(sbx.identityUrl(), sbx.globalUrl(), c.clientId(), new Secret(c.clientSecret()),
                new HostAllowList(allowed), true);
    }
}
