package io.github.readiness.rules.report;

import static io.github.readiness.rules.report.MarkdownRenderer.escape;

import io.github.readiness.rules.score.Scorecard;

/**
 * The head of a readiness.md, a module's or the reactor's: the title, the verdict line and what stands between the
 * verdict and READY. One piece, so the two files open the same way.
 */
final class MarkdownHeader {
    private MarkdownHeader() {}

    /**
     * @param titleSuffix after the project name and version, e.g. {@code " (reactor)"}, or empty
     * @param scope put before the blocker count in the verdict line, e.g. {@code "3 of 3 modules checked"}, or null
     */
    static void append(Scorecard card, String titleSuffix, String scope, StringBuilder md) {
        String name = card.project().name() == null || card.project().name().isBlank()
                ? card.project().artifactId()
                : card.project().name();
        md.append("# Production readiness: ")
                .append(escape(name))
                .append(' ')
                .append(escape(card.project().version()))
                .append(titleSuffix)
                .append("\n\n");
        verdict(card, scope, md);
    }

    /**
     * The verdict line and what stands between it and READY, also under the GitHub step summary's own title.
     *
     * @param scope put before the blocker count, e.g. {@code "3 of 3 modules checked"}, or null
     */
    static void verdict(Scorecard card, String scope, StringBuilder md) {
        int blockers = card.blockers().size();
        md.append("**")
                .append(card.verdict())
                .append("**: score ")
                .append(DisplayText.score(card.score()))
                .append(" (minimum ")
                .append(card.minScore())
                .append("), ")
                .append(scope == null ? "" : escape(scope) + ", ")
                .append(blockers == 1 ? "1 blocker" : blockers + " blockers")
                .append(MarkdownRenderer.effort(card.totalEffortMinutes()))
                .append(".\n\n");
        if (!card.verdictReasons().isEmpty()) {
            md.append("To reach READY:\n\n");
            card.verdictReasons()
                    .forEach(reason -> md.append("- ").append(escape(reason)).append('\n'));
            md.append('\n');
        }
    }
}
