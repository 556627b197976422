package io.centralbridge.stream;

/** One tenant stream of one flow: what a cursor belongs to. */
record StreamKey(String flow, String tenantId, String stream) {
    String asText() {
        return flow + "/" + tenantId + "/" + stream;
    }
}
