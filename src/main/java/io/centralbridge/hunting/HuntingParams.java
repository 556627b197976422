package io.centralbridge.hunting;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolException;

/** The parameters the three hunting tools share, and their checks (all made before any upstream call). */
final class HuntingParams {

    /** Clocks differ; a to_date this far ahead of ours is still "now". */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private HuntingParams() {
    }

    static Schema runId(String tool) {
        return Schema.uuid().describe("Resume a run an earlier " + tool + " call answered as {status:\"running\", "
                + "run_id}: polls that run again without submitting a new one. Pass the same tenant_id.");
    }

    static Schema waitSeconds(HuntingProperties p) {
        return Schema.integer(0, p.waitSecondsMax()).defaultValue(p.waitSecondsDefault())
                .describe("Time budget in seconds (default " + p.waitSecondsDefault() + ", at most " + p.waitSecondsMax()
                        + "). A run still going after it is answered {status:\"running\", run_id, poll_after_seconds}.");
    }

    static int waitSeconds(ToolCall c) {
        Integer w = c.integer("wait_seconds");
        return w == null ? 0 : w;
    }

    /** A from/to window: ISO-8601, from before to, to not in the future, from not older than {@code back} (if set). */
    static Instant[] window(ToolCall c, Duration back, String what) {
        Instant from = instant(c, "from_date");
        Instant to = instant(c, "to_date");
        Instant now = Instant.now();
        if (from != null && to != null && !from.isBefore(to)) {
            throw ToolException.badParameter("from_date", "must be before to_date (" + c.text("to_date") + ")");
        }
        if (to != null && to.isAfter(now.plus(SKEW))) {
            throw ToolException.badParameter("to_date", "is in the future; " + what + " ends now");
        }
        if (from != null && from.isAfter(now.plus(SKEW))) {
            throw ToolException.badParameter("from_date", "is in the future; " + what + " ends now");
        }
        if (back != null) {
            Instant oldest = now.minus(back);
            String range = what + " holds about " + back.toDays() + " days: from_date must be on or after "
                    + oldest.truncatedTo(ChronoUnit.SECONDS);
            if (from != null && from.isBefore(oldest.minus(1, ChronoUnit.MINUTES))) {
                throw ToolException.badParameter("from_date", "is older than the data kept; " + range);
            }
            if (to != null && to.isBefore(oldest)) {
                throw ToolException.badParameter("to_date", "is older than the data kept; " + range);
            }
        }
        return new Instant[] {from, to};
    }

    private static Instant instant(ToolCall c, String field) {
        String v = c.text(field);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw ToolException.badParameter(field, "must be an ISO-8601 date-time with a zone, such as "
                    + "2026-11-01T00:00:00Z");
        }
    }
}
