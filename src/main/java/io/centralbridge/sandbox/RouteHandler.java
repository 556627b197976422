package io.centralbridge.sandbox;

/** Answers one routed request; refuses by throwing {@link SandboxException}. */
@FunctionalInterface
interface RouteHandler {
    Reply handle(RequestContext ctx);
}
