package io.centralbridge.migration;

import io.centralbridge.tool.Schema;

/** The migration paths of sophos-api.md §5 "Migrations". */
final class Migrations {

    static final String BASE = "/endpoint/v1/migrations";
    /** ACAD's scripts keep a job to 1000 devices; whether Sophos enforces it is UNCONFIRMED. */
    static final int MAX_ENDPOINTS = 1000;

    private Migrations() {
    }

    static String job(String jobId) {
        return BASE + "/" + jobId.toLowerCase();
    }

    static Schema jobId() {
        return Schema.uuid().describe("The migration job's id (create_migration_job answers it)");
    }
}
