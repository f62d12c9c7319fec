package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.security.AuditEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.SecurityPolicy;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.SeverityDecay;
import io.github.readiness.rules.rule.security.DependencyGroup.Ranked;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code security.vulnerabilities}: known vulnerabilities in dependencies, from the dependency audit. One finding
 * per vulnerability and package; severity by the documented CVSS rule ({@link
 * io.github.readiness.rules.evidence.security.SeverityRanking}); blocking at or above the policy's blocking severity
 * (CRITICAL by default) and whenever CISA lists it as known exploited. The vulnerabilities of one package share one
 * upgrade remediation, whose effort the most severe of them carries (the most severe unwaived one, when waivers
 * accept the others). Suppressed vulnerabilities never gate: each
 * is an INFO finding with its justification. Score: {@value SeverityDecay#FORMULA} over active vulnerabilities.
 */
public final class VulnerabilitiesRule extends AbstractRule<AuditEvidence> {
    private static final RuleMetadata METADATA = RuleMetadata.builder("security.vulnerabilities", Category.SECURITY)
            .title("No known vulnerable dependencies")
            .description(
                    "No dependency has a known vulnerability (OWASP dependency-check) at or above the blocking severity, nor"
                            + " one that CISA lists as known exploited; lower ones lower the Security score.")
            .remediation(
                    "Upgrade the vulnerable dependency to a fixed version; if a vulnerability does not apply, suppress it in"
                            + " dependency-check with a justification.")
            .effort(UpgradeAdvice.EFFORT_MODEL)
            .build();

    public VulnerabilitiesRule() {
        super(METADATA, ProjectEvidence::audit);
    }

    @Override
    protected RuleOutcome judge(AuditEvidence audit, RuleContext context) {
        SecurityPolicy policy = context.policy().security();
        List<Finding> findings = new ArrayList<>();
        List<List<Integer>> upgrades = new ArrayList<>();
        for (DependencyGroup group : DependencyGroup.of(audit.audit(), policy.cvssPreference())) {
            UpgradeAdvice advice = group.active().isEmpty() ? null : UpgradeAdvice.of(group);
            List<Integer> upgrade = new ArrayList<>();
            for (Ranked ranked : group.active()) {
                upgrade.add(findings.size());
                findings.add(vulnerability(
                        context, group, ranked, advice, upgrade.size() == 1 ? advice.effortMinutes() : 0));
            }
            if (!upgrade.isEmpty()) {
                upgrades.add(upgrade);
            }
            for (Ranked ranked : group.suppressed()) {
                findings.add(suppressed(context, group, ranked));
            }
        }
        // suppressed vulnerabilities are INFO: they cost nothing; one upgrade fixes all active ones of a package
        return RuleOutcome.decayed(findings).withSharedFixes(upgrades);
    }

    private static Finding vulnerability(
            RuleContext context, DependencyGroup group, Ranked ranked, UpgradeAdvice advice, int effort) {
        Severity severity = ranked.severity().severity();
        boolean exploited = ranked.vulnerability().knownExploited();
        boolean blocking = exploited || context.policy().security().blocks(severity);
        String message =
                ranked.vulnerability().id() + " in " + group.coordinates().display() + usedBy(group) + ": "
                        + severity + " by " + ranked.severity().decidedBy()
                        + (exploited ? ", known exploited (CISA KEV)" : "");
        return context.finding(severity, key(ranked, group), message)
                .remediation(advice.text())
                .effort(effort)
                .blocking(blocking);
    }

    private static Finding suppressed(RuleContext context, DependencyGroup group, Ranked ranked) {
        String notes = ranked.vulnerability().notes();
        String message = "suppressed: " + ranked.vulnerability().id() + " in "
                + group.coordinates().display() + " ("
                + ranked.severity().severity() + " by " + ranked.severity().decidedBy() + "): "
                + (notes == null ? "no justification given" : notes.strip().replaceAll("\\s+", " "));
        return context.finding(Severity.INFO, key(ranked, group), message)
                .remediation("Nothing to do while the suppression holds; review it when the dependency is upgraded.")
                .effort(0)
                .notBlocking();
    }

    /** "CVE-2016-1000027 org.springframework:spring-web": what a waiver's match names. */
    static String key(Ranked ranked, DependencyGroup group) {
        return ranked.vulnerability().id() + " " + group.coordinates().name();
    }

    /** " (used by module-a:compile)" when the report says which modules use it. */
    private static String usedBy(DependencyGroup group) {
        return group.usedBy().isEmpty() ? "" : " (used by " + String.join(", ", new TreeSet<>(group.usedBy())) + ")";
    }
}
