package io.centralbridge.hunting;

/** The three asynchronous query APIs and where their runs live (sophos-api.md §9-§11). */
enum RunKind {
    DATA_LAKE("Data Lake query", "/xdr-query/v1/queries/runs", true),
    LIVE_DISCOVER("Live Discover query", "/live-discover/v1/queries/runs", false),
    DETECTIONS("Detections query", "/detections/v1/queries/detections", false);

    private final String label;
    private final String runs;
    private final boolean cancellable;

    RunKind(String label, String runs, boolean cancellable) {
        this.label = label;
        this.runs = runs;
        this.cancellable = cancellable;
    }

    String label() {
        return label;
    }

    String submitPath() {
        return runs;
    }

    String runPath(String runId) {
        return runs + "/" + runId;
    }

    /** Only the XDR Data Lake documents a cancel (POST …/runs/{id}/cancel with {}). */
    boolean cancellable() {
        return cancellable;
    }

    String cancelPath(String runId) {
        return runPath(runId) + "/cancel";
    }
}
