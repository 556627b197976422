package io.centralbridge.http;

/** A host from whoami or a tenant object is not on the allow-list: nothing is sent to it. */
public class UpstreamHostRefusedException extends RuntimeException {
    public UpstreamHostRefusedException(String message) {
        super(message);
    }
}
