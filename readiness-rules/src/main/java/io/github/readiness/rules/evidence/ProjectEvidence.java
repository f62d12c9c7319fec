package io.github.readiness.rules.evidence;

import io.github.readiness.rules.evidence.security.AuditEvidence;
import io.github.readiness.rules.evidence.security.SarifReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the gate collected about one module before any rule runs.
 *
 * @param audit the dependency audit (dependency-check JSON, XML or SARIF)
 * @param scanners SARIF results of other scanners (SpotBugs, CodeQL...); dependency-check's own SARIF results are
 *     in {@code audit}, never counted twice
 */
public record ProjectEvidence(
        Collected<CoverageEvidence> coverage,
        Collected<TestEvidence> tests,
        Collected<AuditEvidence> audit,
        Collected<SarifReport> scanners) {
    public ProjectEvidence {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(tests, "tests");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(scanners, "scanners");
    }

    /** The evidence table, in a stable order. */
    public List<EvidenceRecord> records() {
        List<EvidenceRecord> records = new ArrayList<>(coverage.records());
        records.addAll(tests.records());
        records.addAll(audit.records());
        records.addAll(scanners.records());
        return List.copyOf(records);
    }
}
