package io.github.readiness.rules.rule.policy;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #RULE_ID}: what the policy itself left the gate able to judge. Turning rules off is allowed, but never
 * silent: the engine adds these findings after every rule ran, whatever the rules' levels (a policy that turns every
 * rule OFF cannot turn this off too). Never blocking.
 * <ul>
 *   <li>no rule at level ERROR, minScore 0 and no required maturity level: the verdict can no longer be NOT_READY.
 *       HIGH (so the verdict is at best CONDITIONAL: a gate that can block nothing does not vouch for READY);
 *   <li>rules are OFF and no category could be scored: the score is n/a. LOW.
 * </ul>
 */
public final class PolicyGate {
    public static final String RULE_ID = "policy.gate";

    private PolicyGate() {}

    /**
     * @param ruleIds every rule the engine knows, in registration order
     * @param rulesOff the rules the policy turned OFF
     * @param score the overall score, null when no category could be scored
     */
    public static List<Finding> findings(Policy policy, List<String> ruleIds, List<String> rulesOff, Integer score) {
        List<Finding> findings = new ArrayList<>();
        boolean anyError = ruleIds.stream().anyMatch(id -> policy.rule(id).level() == RuleLevel.ERROR);
        if (!anyError && policy.minScore() <= 0 && policy.requiredLevel() == null) {
            findings.add(new Finding(
                    RULE_ID,
                    Category.BUILD_RELEASE,
                    Severity.HIGH,
                    false,
                    "cannot-block",
                    "the policy can block nothing: minScore is " + policy.minScore()
                            + ", no rule is at level ERROR and no maturity level is required ("
                            + off(rulesOff, ruleIds.size()) + ")",
                    null,
                    null,
                    null,
                    "Set minScore above 0 or at least one rule to level ERROR in readiness.yaml;"
                            + " until then the verdict can never be NOT_READY.",
                    5,
                    false));
        }
        if (score == null && !rulesOff.isEmpty()) {
            findings.add(new Finding(
                    RULE_ID,
                    Category.BUILD_RELEASE,
                    Severity.LOW,
                    false,
                    "no-score",
                    "no category could be scored, so the score is n/a (" + off(rulesOff, ruleIds.size()) + ")",
                    null,
                    null,
                    null,
                    "Turn on the rules that measure this project (coverage.line, tests.failures,"
                            + " security.vulnerabilities...) or produce their evidence.",
                    5,
                    false));
        }
        return findings;
    }

    private static String off(List<String> rulesOff, int total) {
        if (rulesOff.isEmpty()) {
            return "no rule is OFF";
        }
        if (rulesOff.size() == total) {
            return "all " + total + " rules are OFF";
        }
        return rulesOff.size() + " of " + total + " rules are OFF: " + String.join(", ", rulesOff);
    }
}
