package io.github.readiness.rules.maturity;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.file.PolicyLoader;
import io.github.readiness.rules.policy.file.TracedPolicy;
import io.github.readiness.rules.score.Scorecard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges the same evidence against each level's preset, bronze first: the project reaches a level when the verdict
 * under that preset is not NOT_READY, and every level below was reached too. The project's accepted risks (its
 * waivers and secret allow-list) count at every level; its own thresholds do not (a level is a shared bar). Rules are
 * pure functions of the evidence, so the three extra evaluations cost no I/O.
 */
public final class MaturityAssessor {
    /** How many of the next level's problems are listed. */
    static final int MAX_MISSING = 5;

    private final ReadinessEngine engine;

    public MaturityAssessor(ReadinessEngine engine) {
        this.engine = engine;
    }

    public MaturityAssessment assess(ProjectInfo project, ProjectEvidence evidence, Policy projectPolicy,
            ToolInfo tool, LocalDate today) {
        MaturityLevel reached = MaturityLevel.STONE;
        for (MaturityLevel level = MaturityLevel.BRONZE; level != null; level = level.next()) {
            Scorecard card = engine.evaluate(project, evidence, levelPolicy(level, projectPolicy), tool, today);
            if (card.verdict() == Verdict.NOT_READY) {
                return new MaturityAssessment(reached, level, missing(card), projectPolicy.requiredLevel());
            }
            reached = level;
        }
        return new MaturityAssessment(MaturityLevel.GOLD, null, List.of(), projectPolicy.requiredLevel());
    }

    /** The level's preset, with the project's accepted risks. */
    Policy levelPolicy(MaturityLevel level, Policy projectPolicy) {
        Policy preset = new PolicyLoader(Path.of("."), MaturityAssessor.class.getClassLoader())
                .apply(TracedPolicy.of(engine.defaultPolicy()), level.preset(), Path.of("."), "maturity level")
                .policy();
        return preset.withWaivers(projectPolicy.waivers())
                .withSecretAllowList(projectPolicy.secretAllowList().entries());
    }

    /** The next level's verdict reasons, then its blockers: what to fix to get there. */
    private static List<String> missing(Scorecard card) {
        List<String> missing = new ArrayList<>();
        for (Finding blocker : card.blockers()) {
            if (missing.size() == MAX_MISSING) {
                break;
            }
            missing.add(blocker.rule() + ": " + blocker.message());
        }
        card.verdictReasons().stream()
                .filter(reason -> reason.startsWith("score "))
                .forEach(reason -> missing.add(0, reason));
        return missing.size() > MAX_MISSING ? missing.subList(0, MAX_MISSING) : missing;
    }
}
