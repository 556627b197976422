package io.centralbridge.session;

/** The whoami answer: one per credential, fetched once and kept. dataRegionUrl is set in tenant mode only. */
public record Identity(CredentialMode mode, String id, String dataRegionUrl) {
}
