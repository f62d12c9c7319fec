package io.github.readiness.rules.maturity;

import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.MaturityAssessment;
import io.github.readiness.rules.model.MaturityLevel;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.file.MaturityPresets;
import io.github.readiness.rules.rule.policy.ChecklistRule;
import io.github.readiness.rules.score.ScoreCalculator;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges the same evidence against each level's preset, bronze first: the project reaches a level when the verdict
 * under that preset is not NOT_READY, and every level below was reached too. The project's accepted risks (its
 * waivers and secret allow-list) count at every level; its own thresholds do not (a level is a shared bar). Rules are
 * pure functions of the evidence, so the three extra evaluations cost no I/O.
 */
public final class MaturityAssessor {
    /** How many of the next level's problems are listed. */
    static final int MAX_MISSING = 5;

    private final MaturityPresets presets;

    public MaturityAssessor(MaturityPresets presets) {
        this.presets = presets;
    }

    /**
     * @param evaluate the first-stage evaluation of the same evidence under a level's policy (no baseline, no
     *     maturity)
     */
    public MaturityAssessment assess(Policy projectPolicy, Function<Policy, Scorecard> evaluate) {
        MaturityLevel reached = MaturityLevel.STONE;
        for (MaturityLevel level = MaturityLevel.BRONZE; level != null; level = level.next()) {
            Scorecard card = evaluate.apply(levelPolicy(level, projectPolicy));
            if (card.verdict() == Verdict.NOT_READY) {
                return new MaturityAssessment(reached, level, missing(card), projectPolicy.requiredLevel());
            }
            reached = level;
        }
        return new MaturityAssessment(MaturityLevel.GOLD, null, List.of(), projectPolicy.requiredLevel());
    }

    /**
     * The level's preset, with the project's accepted risks and its attestations (a checklist judged at the reactor
     * root is judged there, not in each module).
     */
    Policy levelPolicy(MaturityLevel level, Policy projectPolicy) {
        Policy preset = presets.of(level);
        return preset.withWaivers(projectPolicy.waivers())
                .withSecretAllowList(projectPolicy.secretAllowList().entries())
                .withChecklist(preset.checklist().forLevel(projectPolicy.checklist()));
    }

    /** The next level's score shortfall, then its blockers: what to fix to get there. */
    private static List<String> missing(Scorecard card) {
        List<String> missing = new ArrayList<>();
        ScoreCalculator.belowMinScore(card.score(), card.minScore()).ifPresent(missing::add);
        Set<String> blockingRules = card.blockers().stream().map(Finding::rule).collect(Collectors.toSet());
        for (Finding blocker : card.blockers()) {
            if (missing.size() == MAX_MISSING) {
                break;
            }
            if (!measuredByListedRule(blocker, card.checklist(), blockingRules)) {
                missing.add(blocker.rule() + ": " + blocker.message());
            }
        }
        return missing;
    }

    /** A measured checklist item that fails because of a rule whose own blocker is listed already: named once. */
    private static boolean measuredByListedRule(
            Finding blocker, ChecklistJudgement checklist, Set<String> blockingRules) {
        return blocker.rule().equals(ChecklistRule.RULE_ID)
                && checklist.items().stream()
                        .anyMatch(status -> status.item().id().equals(blocker.key())
                                && status.item().measured()
                                && blockingRules.contains(status.item().rule()));
    }
}
