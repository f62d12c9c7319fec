package io.github.readiness.rules.rule.dependencies;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.security.AuditEvidence;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dependencies.audit}: the dependencies were audited for known vulnerabilities, by a report that is this
 * project's and current. Missing, foreign or stale audits are HIGH findings; the rule is at WARN by default because
 * the audit needs network access (the NVD) that a build may not have; {@code ERROR} makes them block. Score: the
 * share of scanned dependencies without an active vulnerability, when the report lists every dependency (JSON and
 * XML do; SARIF lists only the vulnerable ones, so it gives no score).
 */
public final class DependencyAuditRule implements Rule {
    static final String DEPENDENCY_CHECK_SNIPPET = "<plugin><groupId>org.owasp</groupId>"
            + "<artifactId>dependency-check-maven</artifactId><version>12.2.2</version><configuration><formats>"
            + "<format>HTML</format><format>JSON</format></formats></configuration><executions><execution><goals>"
            + "<goal>check</goal></goals></execution></executions></plugin>";
    static final int MISSING_EFFORT = 30;
    static final int RERUN_EFFORT = 15;
    private static final String RERUN = "Re-run the audit in this build (mvn verify with dependency-check-maven's check"
            + " goal) so the report describes this project's current dependencies.";

    private static final RuleMetadata METADATA = RuleMetadata.builder("dependencies.audit", Category.DEPENDENCIES)
            .title("Dependencies audited")
            .description(
                    "An OWASP dependency-check report (JSON, XML or SARIF) of this project, newer than its POM, is present.")
            .remediation("Add OWASP dependency-check to the build: " + DEPENDENCY_CHECK_SNIPPET)
            .effort(EffortModel.per(MISSING_EFFORT, "to add the audit").and(RERUN_EFFORT, "to re-run a stale one"))
            .level(RuleLevel.WARN)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        Collected<AuditEvidence> audit = context.evidence().audit();
        return switch (audit.status()) {
            case NOT_APPLICABLE -> RuleOutcome.notApplicable();
            case NOT_AVAILABLE ->
                RuleOutcome.unscored(List.of(
                        context.finding(Severity.HIGH, "NOT_AVAILABLE", "no dependency audit: " + audit.detail())
                                .effort(MISSING_EFFORT)
                                .blocking()));
            case READ -> read(context, audit.value());
            default ->
                RuleOutcome.unscored(List.of(context.finding(
                                Severity.HIGH, audit.status().name(), "unusable dependency audit: " + audit.detail())
                        .remediation(RERUN)
                        .effort(RERUN_EFFORT)
                        .blocking()));
        };
    }

    private static RuleOutcome read(RuleContext context, AuditEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (String doubt : evidence.doubts()) {
            boolean unnamed = doubt.contains(AuditEvidence.NAMES_NO_PROJECT);
            findings.add(context.finding(
                            Severity.HIGH,
                            unnamed ? "UNNAMED" : "STALE",
                            (unnamed ? "unidentified dependency audit: " : "stale dependency audit: ") + evidence.path()
                                    + " " + doubt)
                    .remediation(RERUN)
                    .effort(RERUN_EFFORT)
                    .blocking());
        }
        DependencyAudit audit = evidence.audit();
        if (!evidence.complete()) {
            return RuleOutcome.unscored(findings);
        }
        // scanned files, like dependencyCount: bootstrap.js and bootstrap.min.js of one package are two unclean files
        long vulnerable = audit.vulnerable().stream()
                .filter(dependency -> dependency.vulnerabilities().stream().anyMatch(v -> !v.suppressed()))
                .count();
        int scanned = Math.max(audit.dependencyCount(), (int) vulnerable);
        double score = scanned == 0 ? 100 : 100.0 * (scanned - vulnerable) / scanned;
        // the score is about vulnerable dependencies, the findings about the audit's age: waiving a finding here
        // accepts a stale audit and leaves the score as it is (waivers of vulnerabilities do not change it either)
        return RuleOutcome.scoredByFindings(score, findings, counted -> score);
    }
}
