package io.centralbridge.tool;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until grants exist, every read tool runs and no write tool does. */
@Configuration(proxyBeanMethods = false)
class ReadOnlyAccessPolicy {

    @Bean
    @ConditionalOnMissingBean(ToolAccessPolicy.class)
    ToolAccessPolicy readOnly() {
        return new ToolAccessPolicy() {
            @Override
            public boolean listed(ToolDef def) {
                return def.access() == Access.READ;
            }

            @Override
            public void check(ToolDef def, ToolCall call) {
                if (def.access() != Access.READ) {
                    throw new ToolException(403, "Tool not granted", "the write tool " + def.name()
                            + " is not granted on this instance; add '" + def.name() + "' to SOPHOS_GRANTS",
                            Map.of("tool", def.name(), "grant", def.name()));
                }
            }
        };
    }
}
