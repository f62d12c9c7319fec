package io.github.readiness.rules.evidence.security;

import java.util.List;
import java.util.Objects;

/**
 * A dependency audit as collected for one module: the report, where it came from, and any reason not to trust it
 * fully. A stale audit is still read (the vulnerabilities it names are real), and its staleness is a finding.
 *
 * @param path the report(s) read, relative to the module, forward slashes
 * @param complete whether the report lists every scanned dependency (dependency-check JSON and XML) or only the
 *     vulnerable ones (SARIF), so a share of clean dependencies can be computed
 * @param doubts why the audit may be out of date ("older than pom.xml"), empty when it is current
 */
public record AuditEvidence(DependencyAudit audit, String path, boolean complete, List<String> doubts) {
    /** How the doubt about a report that names no scanned project begins. */
    public static final String NAMES_NO_PROJECT = "names no project";

    public AuditEvidence {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(path, "path");
        doubts = List.copyOf(doubts);
    }
}
