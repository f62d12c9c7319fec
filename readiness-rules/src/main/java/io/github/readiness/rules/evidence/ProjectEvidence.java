package io.github.readiness.rules.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Everything the gate collected about one module before any rule runs. */
public record ProjectEvidence(Collected<CoverageEvidence> coverage, Collected<TestEvidence> tests) {
    public ProjectEvidence {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(tests, "tests");
    }

    /** The evidence table, in a stable order. */
    public List<EvidenceRecord> records() {
        List<EvidenceRecord> records = new ArrayList<>(coverage.records());
        records.addAll(tests.records());
        return List.copyOf(records);
    }
}
