package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.security.SarifReport;
import io.github.readiness.rules.evidence.security.SarifResult;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.SeverityDecay;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code security.scanners}: security results of SARIF scanners (CodeQL, SpotBugs with FindSecBugs, Semgrep...),
 * i.e. results with a {@code security} tag or a {@code security-severity}. One finding per result, at its location;
 * severity by {@link ScannerSeverity}; blocking at or above the policy's blocking severity. Results suppressed in
 * the SARIF file are INFO findings with their justification. Configured SARIF files that are missing (the scanner
 * did not run) are a blocking HIGH finding. Score: {@value SeverityDecay#FORMULA} over active
 * security results; none when there is no security result (a scanner that reports none may not look for any).
 */
public final class ScannerSecurityRule implements Rule {
    static final int EFFORT_MINUTES = 30;
    static final int MISSING_EFFORT = 15;

    private static final RuleMetadata METADATA = RuleMetadata.builder("security.scanners", Category.SECURITY)
            .title("No security issues from scanners")
            .description(
                    "SARIF scanners report no security issue at or above the blocking severity; lower ones lower the"
                            + " Security score.")
            .remediation(
                    "Fix the code at the reported location; if the result is a false positive, suppress it in the scanner's"
                            + " own configuration with a justification.")
            .effort(EffortModel.per(EFFORT_MINUTES, "per security result")
                    .and(MISSING_EFFORT, "per configured SARIF file that is missing"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        Collected<SarifReport> scanners = context.evidence().scanners();
        if (scanners.status() == EvidenceStatus.NOT_AVAILABLE) {
            // configured SARIF files are missing: the scanner did not run, which must not read as "no issue"
            return RuleOutcome.unscored(
                    List.of(context.finding(Severity.HIGH, "NOT_AVAILABLE", "no scanner evidence: " + scanners.detail())
                            .remediation(
                                    "Run the scanner before readiness:check (declare its plugin first at the same phase), or fix the"
                                            + " sarifReports paths.")
                            .effort(MISSING_EFFORT)
                            .blocking()));
        }
        if (!scanners.isRead()) {
            return RuleOutcome.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (SarifResult result : scanners.value().results()) {
            if (!ScannerSeverity.isSecurity(result)) {
                continue;
            }
            Severity severity = ScannerSeverity.security(result);
            String what = result.tool() + " " + result.ruleId() + where(result) + ": " + result.message();
            if (result.suppressed()) {
                findings.add(context.finding(
                                Severity.INFO,
                                key(result),
                                "suppressed: " + what + " (" + severity + "): "
                                        + (result.justification() == null
                                                ? "no justification given"
                                                : result.justification()))
                        .at(result.location())
                        .remediation("Nothing to do while the suppression holds.")
                        .effort(0)
                        .notBlocking());
                continue;
            }
            findings.add(context.finding(
                            severity,
                            key(result),
                            what + " (" + severity + " by " + ScannerSeverity.decidedBy(result) + ")")
                    .at(result.location())
                    .effort(EFFORT_MINUTES)
                    .blocking(context.policy().security().blocks(severity)));
        }
        // suppressed results are INFO findings: they cost nothing
        return findings.isEmpty() ? RuleOutcome.notApplicable() : RuleOutcome.decayed(findings);
    }

    /** "java/sql-injection src/main/java/Dao.java:42". */
    static String key(SarifResult result) {
        return result.ruleId() + (result.location() == null ? "" : " " + result.location());
    }

    public static String where(SarifResult result) {
        return result.location() == null ? "" : " at " + result.location();
    }
}
