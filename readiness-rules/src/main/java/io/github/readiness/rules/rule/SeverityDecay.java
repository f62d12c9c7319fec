package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import java.util.Collection;
import java.util.List;

/**
 * The score of a set of problems found by a scanner, documented in the README: 100 x 0.5^critical x 0.75^high x
 * 0.95^medium x 0.99^low (INFO costs nothing). Each problem costs a share of what is left, so the score falls fast
 * for the first serious problems, never below 0, and one more LOW never outweighs one HIGH.
 */
public final class SeverityDecay {
    public static final String FORMULA = "100 x 0.5^CRITICAL x 0.75^HIGH x 0.95^MEDIUM x 0.99^LOW";

    private SeverityDecay() {}

    public static double score(Collection<Severity> severities) {
        double score = 100;
        for (Severity severity : severities) {
            score *= factor(severity);
        }
        return score;
    }

    /** The decay over the findings' severities, in their order (a rule's INFO findings cost nothing). */
    public static double ofFindings(List<Finding> findings) {
        return score(findings.stream().map(Finding::severity).toList());
    }

    public static double factor(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 0.5;
            case HIGH -> 0.75;
            case MEDIUM -> 0.95;
            case LOW -> 0.99;
            case INFO -> 1.0;
        };
    }
}
