package io.github.readiness.rules.reactor;

import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.util.Objects;

/**
 * A JaCoCo {@code report-aggregate} XML as the front end found it. Only a READ report replaces the modules' summed
 * counters; an empty one (a real pattern: {@code <report name="x"/>} and nothing else) or a stale one is reported
 * and ignored, never read as 0 %.
 *
 * @param path as shown, relative to the reactor root
 * @param coverage present exactly when the status is READ
 * @param detail why it was not used, naming the path and the fix
 */
public record AggregateReport(String path, EvidenceStatus status, CoverageEvidence coverage, String detail) {
    static final String SOURCE = "jacoco-aggregate";

    public AggregateReport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        if ((status == EvidenceStatus.READ) != (coverage != null)) {
            throw new IllegalArgumentException("coverage is present exactly when the status is READ: " + status);
        }
        detail = detail == null ? "" : detail;
    }

    /** The report as read: READ when it has counters, INVALID when it is empty. */
    public static AggregateReport read(String path, CoverageEvidence coverage) {
        if (coverage.isEmpty()) {
            return new AggregateReport(
                    path,
                    EvidenceStatus.INVALID,
                    null,
                    path + " is an empty JaCoCo report (no"
                            + " counters): report-aggregate found no module's execution data; the modules' counters are"
                            + " summed instead (declare the modules as dependencies of the module that runs report-aggregate)");
        }
        return new AggregateReport(path, EvidenceStatus.READ, coverage, "");
    }

    /** A report that exists but was not written by this build. */
    public static AggregateReport stale(String path) {
        return new AggregateReport(
                path,
                EvidenceStatus.STALE,
                null,
                path + " is older than this build: left over from"
                        + " an earlier run; the modules' counters are summed instead (run report-aggregate in this build)");
    }

    public boolean isRead() {
        return status == EvidenceStatus.READ;
    }

    EvidenceRecord record() {
        return new EvidenceRecord(SOURCE, path, status, detail);
    }
}
