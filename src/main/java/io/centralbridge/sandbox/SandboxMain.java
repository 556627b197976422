package io.centralbridge.sandbox;

/**
 * Runs the sandbox on its own: defaults, with fixed ports from {@code sandbox.port.identity},
 * {@code sandbox.port.global} and {@code sandbox.port.region.<code>} when set. Runs until killed.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxConfig.Builder b = SandboxConfig.defaults().toBuilder()
                .identityPort(Integer.getInteger("sandbox.port.identity", 0))
                .globalPort(Integer.getInteger("sandbox.port.global", 0));
        for (String region : SandboxConfig.defaults().regions()) {
            b.regionPort(region, Integer.getInteger("sandbox.port.region." + region, 0));
        }
        Sandbox sandbox = Sandbox.start(b.build());
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
        System.out.println(sandbox.describe());
        Thread.currentThread().join();
    }
}
