package io.github.readiness.rules.report;

import io.github.readiness.rules.model.MaturityAssessment;

/** The maturity line shared by the console and Markdown: the level reached and what the next one needs. */
public final class Maturity {
    private Maturity() {}

    /**
     * {@code Maturity level: Bronze (required: Silver); Silver needs: coverage.line: line coverage is 71.3 %, ...}.
     */
    public static String line(MaturityAssessment maturity) {
        StringBuilder line = new StringBuilder("Maturity level: ").append(maturity.level().displayName());
        if (maturity.required() != null) {
            line.append(" (required: ").append(maturity.required().displayName()).append(')');
        }
        if (maturity.next() != null && !maturity.missing().isEmpty()) {
            line.append("; ").append(maturity.next().displayName()).append(" needs: ")
                    .append(String.join("; ", maturity.missing()));
        }
        return line.toString();
    }
}
