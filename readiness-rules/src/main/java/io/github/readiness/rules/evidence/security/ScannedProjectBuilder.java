package io.github.readiness.rules.evidence.security;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Set;

/**
 * Collects dependency-check's {@code projectInfo} while a reader streams over it. The JSON keys and the XML element
 * names are the same ({@code name}, {@code groupID}, {@code artifactID}, {@code version}, {@code reportDate}), so
 * both readers feed it field by field and give equal {@link ScannedProject} records.
 */
final class ScannedProjectBuilder {
    /**
     * ISO date-time with an offset written {@code Z}, {@code +00:00}, {@code +0000} (4.x engines) or {@code +07}.
     * A date without an offset is not an instant and stays unknown.
     */
    private static final DateTimeFormatter REPORT_DATE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter();

    /** The fields of {@code projectInfo} kept; others ({@code credits}...) are skipped by the readers. */
    static final Set<String> FIELDS = Set.of("name", "groupID", "artifactID", "version", "reportDate");

    private String name;
    private String groupId;
    private String artifactId;
    private String version;
    private Instant reportDate;

    /** Takes one field of {@code projectInfo}; a field not in {@link #FIELDS} is ignored. */
    void field(String key, String value) {
        switch (key) {
            case "name" -> name = present(value);
            case "groupID" -> groupId = present(value);
            case "artifactID" -> artifactId = present(value);
            case "version" -> version = present(value);
            case "reportDate" -> reportDate = reportDate(value);
            default -> {
                // credits, future fields
            }
        }
    }

    ScannedProject build() {
        return new ScannedProject(name, groupId, artifactId, version, reportDate);
    }

    /**
     * The scan's date ("2026-08-02T09:05:11.928869272Z", "2019-02-04T10:29:31.159+0000"), or null when absent or
     * unparseable: a date the report writes oddly is no reason to reject its findings.
     */
    static Instant reportDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return REPORT_DATE.parse(text.strip(), OffsetDateTime::from).toInstant();
        } catch (DateTimeException e) { // DateTimeParseException too
            return null;
        }
    }

    private static String present(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
