package io.centralbridge.hardening;

import java.util.List;

import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.session.SophosSession;
import io.centralbridge.session.TenantDirectory;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.support.TestSandboxes;
import io.centralbridge.support.WriteAppTest;
import io.centralbridge.tool.Access;
import io.centralbridge.tool.ToolAccessPolicy;
import io.centralbridge.tool.ToolCatalog;
import io.centralbridge.tool.ToolDef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestContextManager;

/**
 * The PartnerAppTest and WriteAppTest contexts for tests that do not run on Jupiter (jqwik properties). Spring's
 * TestContextManager works for any engine and uses the same context cache, so these are the very contexts the
 * Jupiter tests share, not two more.
 */
final class SharedContexts {

    /** What a property needs from one context. */
    interface App {
        Sandbox sandbox();

        Api api();

        ApplicationContext context();

        /** The tools this context lists, read or write. */
        List<ToolDef> tools(Access access);

        /** Waits for the start-up warm-up, resets faults and clears the request log, as the base classes do. */
        void reset();
    }

    private static App partner;
    private static App write;

    private SharedContexts() {
    }

    static synchronized App partner() {
        if (partner == null) {
            partner = boot(new PartnerCtx());
        }
        return partner;
    }

    static synchronized App write() {
        if (write == null) {
            write = boot(new WriteCtx());
        }
        return write;
    }

    private static App boot(Object instance) {
        try {
            new TestContextManager(instance.getClass()).prepareTestInstance(instance);
        } catch (Exception e) {
            throw new IllegalStateException("the app context did not start", e);
        }
        return (App) instance;
    }

    /** Same configuration as every PartnerAppTest subclass, hence the same cached context. */
    static class PartnerCtx extends PartnerAppTest implements App {
        @Autowired
        ApplicationContext ctx;

        @Override
        public Sandbox sandbox() {
            return sandbox;
        }

        @Override
        public Api api() {
            return new Api(Integer.parseInt(env.getProperty("local.server.port")), TestSandboxes.API_KEY);
        }

        @Override
        public ApplicationContext context() {
            return ctx;
        }

        @Override
        public List<ToolDef> tools(Access a) {
            return SharedContexts.tools(ctx, a);
        }

        @Override
        public void reset() {
            SharedContexts.reset(session, directory, sandbox);
        }
    }

    static class WriteCtx extends WriteAppTest implements App {
        @Autowired
        ApplicationContext ctx;

        @Override
        public Sandbox sandbox() {
            return sandbox;
        }

        @Override
        public Api api() {
            return new Api(Integer.parseInt(env.getProperty("local.server.port")), TestSandboxes.API_KEY);
        }

        @Override
        public ApplicationContext context() {
            return ctx;
        }

        @Override
        public List<ToolDef> tools(Access a) {
            return SharedContexts.tools(ctx, a);
        }

        @Override
        public void reset() {
            SharedContexts.reset(session, directory, sandbox);
        }
    }

    static List<ToolDef> tools(ApplicationContext ctx, Access a) {
        ToolCatalog catalog = ctx.getBean(ToolCatalog.class);
        return catalog.listed(ctx.getBean(ToolAccessPolicy.class)).stream().filter(d -> d.access() == a).toList();
    }

    static void reset(SophosSession session, TenantDirectory directory, Sandbox sandbox) {
        session.identity();
        directory.all();
        sandbox.faults().reset();
        sandbox.requests().clear();
    }

    static Environment env(App app) {
        return app.context().getEnvironment();
    }
}
