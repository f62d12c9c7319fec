package io.github.readiness.rules.report;

import io.github.readiness.rules.model.MaturityAssessment;

/** The maturity line shared by the console and Markdown: the level reached and the one required. */
public final class Maturity {
    private Maturity() {}

    /** {@code Maturity level: Bronze (required: Silver)}; what the next level needs is listed by each renderer. */
    public static String line(MaturityAssessment maturity) {
        StringBuilder line =
                new StringBuilder("Maturity level: ").append(maturity.level().displayName());
        if (maturity.required() != null) {
            line.append(" (required: ")
                    .append(maturity.required().displayName())
                    .append(')');
        }
        return line.toString();
    }
}
