package io.github.readiness.rules.score;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's outcome once waivers judged its findings: rules find, scoring scores. The rule said how its score follows
 * from its findings ({@link RuleOutcome#byFindings()}) and which findings one fix resolves
 * ({@link RuleOutcome#sharedFixes()}); this class applies that to the findings the waivers left.
 */
public final class WaiverRescoring {
    private WaiverRescoring() {}

    /**
     * The findings once waivers judged them, with the effort of each shared fix on its first unwaived finding: when
     * the finding that carried an upgrade is waived, the upgrade is still needed for the others.
     *
     * @param judged the outcome's findings after waivers, in the same order
     */
    public static List<Finding> efforts(RuleOutcome outcome, List<Finding> judged) {
        requireSameSize(outcome, judged);
        List<Finding> result = new ArrayList<>(judged);
        for (List<Integer> group : outcome.sharedFixes()) {
            int carrier = group.stream()
                    .filter(i -> !judged.get(i).waived())
                    .findFirst()
                    .orElse(group.get(0));
            if (carrier == group.get(0)) {
                continue; // the rule's own attribution stands
            }
            int effort =
                    group.stream().mapToInt(i -> judged.get(i).effortMinutes()).sum();
            for (int i : group) {
                result.set(i, judged.get(i).withEffortMinutes(i == carrier ? effort : 0));
            }
        }
        return result;
    }

    /**
     * The rule's score once waivers judged the findings, as documented in the README:
     * <ul>
     *   <li>nothing waived: the rule's own score;
     *   <li>a score computed from findings: computed again from the unwaived ones;
     *   <li>a measured score: left out (null, N/A) when every finding is waived and the score is below 100 (the
     *       waived findings are what lowered it); else as measured: partly waived, the measurement still stands.
     * </ul>
     *
     * @param judged the outcome's findings after waivers, in the same order
     */
    public static Double score(RuleOutcome outcome, List<Finding> judged) {
        requireSameSize(outcome, judged);
        Double score = outcome.score();
        List<Finding> counted = judged.stream().filter(f -> !f.waived()).toList();
        if (score == null || counted.size() == judged.size()) {
            return score;
        }
        if (outcome.byFindings() != null) {
            return outcome.byFindings().score(counted);
        }
        return counted.isEmpty() && score < 100 ? null : score;
    }

    private static void requireSameSize(RuleOutcome outcome, List<Finding> judged) {
        if (judged.size() != outcome.findings().size()) {
            throw new IllegalArgumentException("judged " + judged.size() + " findings of "
                    + outcome.findings().size());
        }
    }
}
