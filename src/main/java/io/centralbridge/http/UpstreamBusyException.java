package io.centralbridge.http;

import java.io.InterruptedIOException;

/**
 * No upstream slot for the tenant came free in time. An I/O timeout to the caller (504), as if Sophos had not
 * answered, since from the caller's side that is what happened.
 */
public class UpstreamBusyException extends InterruptedIOException {
    public UpstreamBusyException(String message) {
        super(message);
    }
}
