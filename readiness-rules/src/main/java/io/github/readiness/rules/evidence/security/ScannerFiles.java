package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SARIF logs found for a module, split in two: dependency-check's results (a dependency audit, used when no
 * dependency-check JSON or XML report is found) and every other scanner's results.
 */
final class ScannerFiles {
    /** The tool name in readiness.sarif: a glob that reaches it must not feed the gate its own findings again. */
    static final String OWN_TOOL = "readiness-maven-plugin";

    private final List<String> tools = new ArrayList<>();
    private final List<SarifResult> results = new ArrayList<>();
    private final List<EvidenceRecord> records = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private DependencyAudit dependencyCheck;
    private Path dependencyCheckFile;

    void missing(String pattern) {
        missing.add(pattern);
        records.add(new EvidenceRecord(
                SecurityCollector.SARIF_SOURCE, pattern, EvidenceStatus.NOT_AVAILABLE, "configured, no file matches"));
    }

    void add(Path file, String shown, SarifReport report) {
        if (isOwnOutput(report)) {
            records.add(new EvidenceRecord(
                    SecurityCollector.SARIF_SOURCE,
                    shown,
                    EvidenceStatus.NOT_APPLICABLE,
                    "the readiness report's own SARIF output, not a scanner's: ignored"));
            return;
        }
        List<SarifResult> others = report.results().stream()
                .filter(r -> !DependencyCheckSarif.isDependencyCheck(r.tool()))
                .toList();
        if (dependencyCheck == null) {
            DependencyCheckSarif.audit(report).ifPresent(audit -> {
                dependencyCheck = audit;
                dependencyCheckFile = file;
            });
        }
        report.tools().stream()
                .filter(t -> !DependencyCheckSarif.isDependencyCheck(t))
                .forEach(tools::add);
        results.addAll(others);
        long dependencyResults = report.results().size() - others.size();
        records.add(new EvidenceRecord(
                SecurityCollector.SARIF_SOURCE,
                shown,
                EvidenceStatus.READ,
                String.join(", ", report.tools()) + ": " + others.size() + " result(s)"
                        + (dependencyResults > 0
                                ? ", " + dependencyResults + " dependency-check result(s) judged"
                                        + " as the dependency audit"
                                : "")));
    }

    private static boolean isOwnOutput(SarifReport report) {
        return !report.tools().isEmpty()
                && report.tools().stream().allMatch(t -> t.equals(OWN_TOOL) || t.startsWith(OWN_TOOL + " "));
    }

    /** dependency-check's results as an audit, null when no SARIF log came from dependency-check. */
    DependencyAudit dependencyCheck() {
        return dependencyCheck;
    }

    Path dependencyCheckFile() {
        return dependencyCheckFile;
    }

    /**
     * READ when any SARIF log was found; NOT_AVAILABLE when configured files are missing (fail closed: the scanner
     * did not run); NOT_APPLICABLE when nothing is configured and nothing is at the default places.
     */
    Collected<SarifReport> collected() {
        if (!missing.isEmpty()) {
            return Collected.missing(
                    EvidenceStatus.NOT_AVAILABLE,
                    "configured SARIF report(s) not found: " + String.join(", ", missing)
                            + "; run the scanner before readiness:check",
                    records);
        }
        if (tools.isEmpty() && results.isEmpty()) {
            // nothing, or only dependency-check's SARIF (judged as the audit): no scanner of code to score
            return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "no SARIF log of a code scanner", records);
        }
        return Collected.read(new SarifReport(tools, results), records);
    }
}
