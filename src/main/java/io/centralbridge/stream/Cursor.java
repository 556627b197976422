package io.centralbridge.stream;

import java.time.Instant;

/**
 * Where a tenant stream goes on: the SIEM next_cursor (or, for common alerts, the raisedAt watermark), when
 * it was saved (a cursor saved more than 24 h ago is stale), and the time of the newest delivered record.
 */
record Cursor(String position, Instant savedAt, Instant newestRecordAt) {
}
