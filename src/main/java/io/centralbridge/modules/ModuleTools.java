package io.centralbridge.modules;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.tool.TenantResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The seven module read tools, one route each, all from the one configured table. */
@Configuration(proxyBeanMethods = false)
class ModuleTools {

    @Bean
    ModuleGetTool sophosEndpointGet(ModuleProperties p, TenantResolver t, ObjectMapper json) {
        return new ModuleGetTool(ModuleTool.ENDPOINT, p, t, json);
    }

    @Bean
    ModuleGetTool sophosCommonGet(ModuleProperties p, TenantResolver t, ObjectMapper json) {
        return new ModuleGetTool(ModuleTool.COMMON, p, t, json);
    }

    @Bean
    ModuleGetTool sophosCasesGet(ModuleProperties p, TenantResolver t, ObjectMapper json) {
        return new ModuleGetTool(ModuleTool.CASES, p, t, json);
    }

    @Bean
    ModuleGetTool sophosPartnerGet(ModuleProperties p, TenantResolver t, ObjectMapper json) {
        return new ModuleGetTool(ModuleTool.PARTNER, p, t, json);
    }

    @Bean
    ModuleGetTool sophosOrganizationGet(ModuleProperties p, TenantResolver t, ObjectMapper json) {
        return new ModuleGetTool(ModuleTool.ORGANIZATION, p, t, json);
    }

    @Bean
    ModuleGetTool sophosLicensingGet(ModuleProperties p, TenantResolver t, ObjectMapper json) {
        return new ModuleGetTool(ModuleTool.LICENSING, p, t, json);
    }

    @Bean
    ModuleGetTool sophosAuditGet(ModuleProperties p, TenantResolver t, ObjectMapper json) {
        return new ModuleGetTool(ModuleTool.AUDIT, p, t, json);
    }
}
