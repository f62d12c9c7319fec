package io.github.readiness.rules.rule.policy;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.WaiverApplication;
import io.github.readiness.rules.policy.WaiverState;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.rule.ScorecardContext;
import io.github.readiness.rules.rule.ScorecardRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@value WaiverApplication#RULE_ID}: the waivers of the policy are current. Never blocking (the findings a waiver
 * no longer covers block on their own when they block). One finding per waiver that needs attention, in the category
 * of the rule it waives (this rule's category, Build and Release, when that rule is OFF):
 * <ul>
 *   <li>expiring within {@code warnDays}: INFO, "waiver for X expires on D, in N days";
 *   <li>expired: HIGH, "waiver for X expired on D": its findings count again;
 *   <li>too far ahead (beyond {@code maxDaysAhead}): MEDIUM, not applied: its findings count;
 *   <li>stale (matches no finding): LOW, "remove it".
 * </ul>
 * A rule of the second stage ({@link ScorecardRule}): it judges how the waivers fared on the other rules' findings
 * ({@link WaiverApplication}). Level OFF silences it; the waivers still apply. No score.
 */
public final class WaiversRule implements ScorecardRule {
    static final int EFFORT_MINUTES = 5;

    private static final RuleMetadata METADATA = RuleMetadata.builder(WaiverApplication.RULE_ID, Category.BUILD_RELEASE)
            .title("Waivers current")
            .description("Every waiver of the policy matches a finding, has not expired and expires within the policy's"
                    + " maxDaysAhead; a waiver expiring within warnDays (14 by default) is announced.")
            .remediation(
                    "Fix what the waiver accepts, or renew it with a new expires date and a current reason; remove a stale"
                            + " waiver.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to renew, shorten or remove a waiver")
                    .withNote("an expiring waiver costs nothing yet"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** The findings about the waivers, in configuration order. */
    @Override
    public List<Finding> findings(ScorecardContext context) {
        Map<String, Category> categories = context.categories();
        List<Finding> findings = new ArrayList<>();
        for (WaiverStatus status : context.waivers()) {
            if (status.state() == WaiverState.ACTIVE) {
                continue;
            }
            Waiver waiver = status.waiver();
            Category category = categories.getOrDefault(waiver.rule(), METADATA.category());
            boolean expiring = status.state() == WaiverState.EXPIRING;
            findings.add(new Finding(
                    METADATA.id(),
                    category,
                    severity(status.state()),
                    false,
                    key(waiver),
                    status.warning(),
                    null,
                    null,
                    null,
                    remediation(status.state()),
                    expiring ? 0 : EFFORT_MINUTES,
                    false));
        }
        return findings;
    }

    /** "security.vulnerabilities CVE-2021-44228": the waiver's rule and match, stable while the waiver is kept. */
    static String key(Waiver waiver) {
        return waiver.match() == null ? waiver.rule() : waiver.rule() + " " + waiver.match();
    }

    static Severity severity(WaiverState state) {
        return switch (state) {
            case ACTIVE, EXPIRING -> Severity.INFO;
            case EXPIRED -> Severity.HIGH;
            case TOO_FAR_AHEAD -> Severity.MEDIUM;
            case STALE -> Severity.LOW;
        };
    }

    private static String remediation(WaiverState state) {
        return switch (state) {
            case ACTIVE, EXPIRING ->
                "Fix what the waiver accepts before it expires, or renew it with a later expires"
                        + " date and a current reason.";
            case EXPIRED ->
                "Fix the findings the waiver matched, or renew it with a later expires date and a current" + " reason.";
            case TOO_FAR_AHEAD ->
                "Set an expires date within the policy's maxDaysAhead, and review the waiver when it" + " comes due.";
            case STALE ->
                "Remove the waiver (what it accepted is gone), or correct its rule id or match text (matched"
                        + " case-sensitively against the finding's key and message).";
        };
    }
}
