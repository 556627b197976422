package io.centralbridge.sandbox;

/** The three kinds of server: id.sophos.com, api.central.sophos.com and the api-&lt;region&gt; hosts. */
enum ServerKind {
    IDENTITY, GLOBAL, REGION
}
