package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.evidence.security.SarifResult;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.security.DependencyGroup.Ranked;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code security.suppressions}: a suppressed CRITICAL or HIGH vulnerability (or SARIF security result) must say
 * why. Suppressions never gate; an unexplained one of a serious issue is a MEDIUM finding of its own, so a
 * reviewer can tell an assessed false positive from a silenced alarm.
 */
public final class SuppressionsRule implements Rule {
    static final int EFFORT_MINUTES = 10;

    private static final RuleMetadata METADATA = RuleMetadata.builder("security.suppressions", Category.SECURITY)
            .title("Suppressions are justified")
            .description("Every suppressed CRITICAL or HIGH vulnerability or security result carries a justification.")
            .remediation("Write why the issue does not apply: <notes> in the dependency-check suppression file, or the"
                    + " suppression's justification in the scanner.")
            .effort(EffortModel.per(EFFORT_MINUTES, "per suppression to justify"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (context.evidence().audit().isRead()) {
            var preference = context.policy().security().cvssPreference();
            for (DependencyGroup group :
                    DependencyGroup.of(context.evidence().audit().value().audit(), preference)) {
                for (Ranked ranked : group.suppressed()) {
                    Severity severity = ranked.severity().severity();
                    if (serious(severity) && ranked.vulnerability().notes() == null) {
                        findings.add(unjustified(
                                context,
                                VulnerabilitiesRule.key(ranked, group),
                                ranked.vulnerability().id() + " in "
                                        + group.coordinates().display() + " (" + severity + " by "
                                        + ranked.severity().decidedBy() + ")",
                                null));
                    }
                }
            }
        }
        if (context.evidence().scanners().isRead()) {
            for (SarifResult result : context.evidence().scanners().value().results()) {
                if (result.suppressed()
                        && ScannerSeverity.isSecurity(result)
                        && serious(ScannerSeverity.security(result))
                        && result.justification() == null) {
                    findings.add(unjustified(
                            context,
                            ScannerSecurityRule.key(result),
                            result.tool() + " " + result.ruleId() + " (" + ScannerSeverity.security(result) + ")",
                            result));
                }
            }
        }
        return RuleOutcome.unscored(findings);
    }

    private static boolean serious(Severity severity) {
        return severity == Severity.CRITICAL || severity == Severity.HIGH;
    }

    private static Finding unjustified(RuleContext context, String key, String what, SarifResult result) {
        return context.finding(Severity.MEDIUM, key, "suppressed without a justification: " + what)
                .at(result == null ? null : result.location())
                .effort(EFFORT_MINUTES)
                .notBlocking();
    }
}
