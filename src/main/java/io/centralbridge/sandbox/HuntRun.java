package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One submitted run. Its state is a function of the clock: pending for the first tenth of its duration,
 * started until it ends, then finished with its outcome (or canceled, when canceled before that).
 */
final class HuntRun {
    private final String id;
    private final HuntingKnobs.Kind kind;
    private final String tenantId;
    private final Instant createdAt;
    private final Duration duration;
    private final String outcome;
    private final JsonNode request;
    private final String sql;
    private final List<ObjectNode> targets;
    private volatile Instant canceledAt;

    HuntRun(String id, HuntingKnobs.Kind kind, String tenantId, Instant createdAt, Duration duration, String outcome,
            JsonNode request, String sql, List<ObjectNode> targets) {
        this.id = id;
        this.kind = kind;
        this.tenantId = tenantId;
        this.createdAt = createdAt;
        this.duration = duration;
        this.outcome = outcome;
        this.request = request;
        this.sql = sql;
        this.targets = List.copyOf(targets);
    }

    String id() { return id; }
    HuntingKnobs.Kind kind() { return kind; }
    String tenantId() { return tenantId; }
    Instant createdAt() { return createdAt; }
    JsonNode request() { return request; }
    String sql() { return sql; }
    /** Live Discover: the endpoints the run was sent to. */
    List<ObjectNode> targets() { return targets; }
    Instant canceledAt() { return canceledAt; }

    Instant endsAt() {
        Instant c = canceledAt;
        Instant natural = createdAt.plus(duration);
        return c != null && c.isBefore(natural) ? c : natural;
    }

    boolean finished(Instant now) {
        return !now.isBefore(endsAt());
    }

    String status(Instant now) {
        if (finished(now)) {
            return "finished";
        }
        return now.isBefore(createdAt.plus(duration.dividedBy(10))) ? "pending" : "started";
    }

    String result(Instant now) {
        if (!finished(now)) {
            return "notAvailable";
        }
        Instant c = canceledAt;
        return c != null && c.isBefore(createdAt.plus(duration)) ? "canceled" : outcome;
    }

    boolean succeeded(Instant now) {
        return "succeeded".equals(result(now));
    }

    /** True when this call canceled it; false when it had already ended. */
    synchronized boolean cancel(Instant now) {
        if (finished(now)) {
            return false;
        }
        canceledAt = now;
        return true;
    }

    void putTimes(ObjectNode n, Instant now) {
        n.put("createdAt", Json.time(createdAt));
        if (finished(now)) {
            n.put("finishedAt", Json.time(endsAt()));
        }
        n.put("expiresAt", Json.time(createdAt.plus(Duration.ofDays(1))));
    }
}
