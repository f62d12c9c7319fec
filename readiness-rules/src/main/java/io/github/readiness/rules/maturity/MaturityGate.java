package io.github.readiness.rules.maturity;

import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the maturity assessment on the scorecard and enforces {@code requiredLevel}: below it the verdict is NOT_READY
 * with a reason naming both levels, like a score below {@code minScore} (a level spans every category, so it is a
 * verdict reason, not a finding of one category). Applied last, after any baseline comparison recomputed the verdict.
 */
public final class MaturityGate {
    private MaturityGate() {}

    public static Scorecard apply(Scorecard card, MaturityAssessment assessment) {
        Scorecard assessed = card.withMaturity(assessment);
        if (!assessment.belowRequired()) {
            return assessed;
        }
        List<String> reasons = new ArrayList<>(card.verdictReasons());
        reasons.add("maturity level " + assessment.level().id() + " is below the required "
                + assessment.required().id()); // what the next level needs is listed once, with the maturity level
        return new Scorecard(card.tool(), card.project(), card.score(), Verdict.NOT_READY, card.minScore(), reasons,
                card.categories(), card.findings(), card.evidence(), card.rules(), card.waivers(), card.baseline(),
                assessment, card.measurements(), card.rulesOff());
    }
}
