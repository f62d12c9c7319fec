package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.MaturityAssessment;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The summary a build log shows: one screen with score, verdict, categories and the blockers with their fix. Each
 * line fits {@link ConsoleText#WIDTH}; each fact is printed once (the gate's failure message refers to this summary
 * instead of repeating it).
 */
public final class ConsoleSummary {
    /** More blockers than this are counted, not listed: the full list is in readiness.md. */
    static final int MAX_LISTED = 10;

    private ConsoleSummary() {}

    /** The summary without emphasis (tests, a log file). */
    public static List<String> lines(Scorecard card, String markdownPath) {
        return lines(card, markdownPath, ConsoleStyle.PLAIN);
    }

    public static List<String> lines(Scorecard card, String markdownPath, ConsoleStyle style) {
        Lines lines = new Lines();
        String verdict = card.verdict().name();
        lines.add(
                "Readiness of " + card.project().coordinates() + ": " + verdict + ", score "
                        + DisplayText.score(card.score()) + " (minimum " + card.minScore() + ")",
                "  ",
                verdict,
                ConsoleText.verdict(card.verdict(), style));
        if (card.maturity() != null) {
            maturity(card, lines);
        }
        lines.plain(String.format(
                Locale.ROOT, "  %-20s %5s %6s %8s %7s", "Category", "Score", "Weight", "Blockers", "Effort"));
        for (CategoryScore c : card.categories()) {
            lines.plain(String.format(
                    Locale.ROOT,
                    "  %-20s %5s %6d %8d %7s",
                    c.category().displayName(),
                    DisplayText.categoryScore(c.score()),
                    c.weight(),
                    c.blockers(),
                    Effort.format(c.effortMinutes())));
        }
        MeasurementsText.consoleLines(card.measurements()).forEach(lines::plain);
        if (!card.rulesOff().isEmpty()) {
            lines.add(
                    "Rules turned OFF by the policy (" + card.rulesOff().size() + "): "
                            + String.join(", ", card.rulesOff()),
                    "  ",
                    null,
                    null);
        }
        if (card.baseline() != null) {
            BaselineSection.consoleLines(card.baseline()).forEach(lines::plain);
        }
        ChecklistText.consoleLines(card.checklist()).forEach(line -> lines.add(line, "  ", null, null));
        List<Finding> blockers = card.blockers();
        if (!blockers.isEmpty()) {
            lines.heading("Blockers (" + blockers.size() + "):", style);
            for (int i = 0; i < Math.min(MAX_LISTED, blockers.size()); i++) {
                Finding f = blockers.get(i);
                lines.add(
                        "  " + (i + 1) + ". " + tagged(f) + BaselineSection.marker(card.baseline(), f),
                        "     ",
                        "[" + f.severity() + "]",
                        ConsoleText.severity(f.severity(), style));
                lines.add(
                        "     Fix (" + Effort.format(f.effortMinutes()) + "): " + f.remediation(),
                        "       ",
                        null,
                        null);
            }
            if (blockers.size() > MAX_LISTED) {
                lines.plain("  ... and " + (blockers.size() - MAX_LISTED) + " more in " + markdownPath);
            }
        }
        others(card, markdownPath, style, lines);
        waived(card, markdownPath, style, lines);
        card.verdictReasons()
                .forEach(reason -> lines.add("To reach READY: " + reason, "  ", "To reach READY:", style::strong));
        RoadmapSection.consoleLines(card).forEach(lines::plain);
        return lines.all;
    }

    /**
     * The level reached and what the next level needs beyond the findings listed below (a stricter preset may find
     * more); when the project is below its required level, "To reach READY" says so.
     */
    private static void maturity(Scorecard card, Lines lines) {
        MaturityAssessment maturity = card.maturity();
        String line = Maturity.line(maturity);
        Set<String> listed =
                card.findings().stream().map(f -> f.rule() + ": " + f.message()).collect(Collectors.toSet());
        List<String> needs = maturity.missing().stream()
                .filter(item -> !listed.contains(item))
                .toList();
        if (maturity.next() == null || maturity.missing().isEmpty()) {
            lines.plain(line);
            return;
        }
        String blockersToo = needs.size() < maturity.missing().size() ? "the findings below" : "";
        if (needs.isEmpty()) {
            lines.plain(line + "; " + maturity.next().displayName() + " needs " + blockersToo);
            return;
        }
        lines.plain(line + "; " + maturity.next().displayName() + " needs"
                + (blockersToo.isEmpty() ? ":" : " " + blockersToo + " and:"));
        needs.forEach(item -> lines.add("  - " + item, "    ", null, null));
    }

    /**
     * The non-blocking findings worth a look in the log (MEDIUM and up, most severe first; LOW and INFO only in the
     * report). A waiver's own finding is left out: its warning is logged at WARNING level below the summary.
     */
    private static void others(Scorecard card, String markdownPath, ConsoleStyle style, Lines lines) {
        List<Finding> others = card.nonBlocking();
        if (others.isEmpty()) {
            return;
        }
        Set<String> warned =
                card.waiverWarnings().stream().map(WaiverStatus::warning).collect(Collectors.toSet());
        List<Finding> shown = others.stream()
                .filter(f -> f.severity().compareTo(Severity.MEDIUM) <= 0)
                .filter(f -> !warned.contains(f.message()))
                .limit(MAX_LISTED)
                .toList();
        lines.heading("Other findings (" + others.size() + "):", style);
        shown.forEach(f -> lines.add(
                "  - " + tagged(f) + BaselineSection.marker(card.baseline(), f),
                "    ",
                "[" + f.severity() + "]",
                ConsoleText.severity(f.severity(), style)));
        int warnings =
                (int) others.stream().filter(f -> warned.contains(f.message())).count();
        if (warnings > 0) {
            lines.plain("  " + warnings + (warnings == 1 ? " waiver" : " waivers") + " to look at: see the warnings"
                    + " below");
        }
        int rest = others.size() - shown.size() - warnings;
        if (rest > 0) {
            lines.plain("  ... and " + rest + " more in " + markdownPath);
        }
    }

    /** The accepted risks, each with its waiver, so the log never hides what was waived. */
    private static void waived(Scorecard card, String markdownPath, ConsoleStyle style, Lines lines) {
        List<Finding> waived = card.waived();
        if (waived.isEmpty()) {
            return;
        }
        lines.heading("Waived findings (" + waived.size() + ", not counted):", style);
        for (Finding f : waived.subList(0, Math.min(MAX_LISTED, waived.size()))) {
            WaiverNote note = f.waiver();
            lines.add("  - " + tagged(f), "    ", null, null);
            if (note != null) {
                lines.add(
                        "     waived until " + note.expires() + " (" + daysLeft(note.daysLeft()) + ") by "
                                + note.owner() + ": " + note.reason(),
                        "       ",
                        null,
                        null);
            }
        }
        if (waived.size() > MAX_LISTED) {
            lines.plain("  ... and " + (waived.size() - MAX_LISTED) + " more in " + markdownPath);
        }
    }

    private static String tagged(Finding f) {
        return "[" + f.severity() + "] " + f.rule() + ": " + f.message();
    }

    private static String daysLeft(long days) {
        return days == 0 ? "last day today" : days == 1 ? "1 day left" : days + " days left";
    }

    /**
     * The waivers that need attention (expiring, expired, stale, too far ahead), for the build log's WARNING level: one
     * entry each, wrapped like the summary.
     */
    public static List<String> waiverWarnings(Scorecard card) {
        return card.waiverWarnings().stream()
                .map(WaiverStatus::warning)
                .flatMap(warning -> ConsoleText.wrap(warning, "  ").stream())
                .toList();
    }

    /**
     * The gate's failure message: the verdict, and where the reasons are. The summary above it lists the blockers with
     * their fixes and what else stands between the project and READY; the message does not print them again.
     */
    public static String failureMessage(Scorecard card, String markdownPath) {
        int blockers = card.blockers().size();
        String what = blockers == 0
                ? "what blocks it is listed above under To reach READY"
                : blockers == 1
                        ? "1 blocker, listed above with its fix"
                        : blockers + " blockers, listed above with their fix";
        return "Readiness verdict is " + card.verdict() + " (score " + DisplayText.score(card.score()) + ", minimum "
                + card.minScore() + "):\n" + what + "; details in " + markdownPath;
    }

    /** Summary lines, wrapped, then emphasised. */
    static final class Lines {
        final List<String> all = new ArrayList<>();

        /** A line whose continuation lines (when it is wrapped) start with {@code indent}. */
        void add(String text, String indent, String token, UnaryOperator<String> style) {
            List<String> wrapped = ConsoleText.wrap(text, indent);
            all.addAll(token == null ? wrapped : ConsoleText.emphasise(wrapped, token, style));
        }

        /** A line of another renderer (measurements, baseline, roadmap): wrapped under its own indentation. */
        void plain(String text) {
            int indent = text.length() - text.stripLeading().length();
            add(text, " ".repeat(indent + 2), null, null);
        }

        void heading(String text, ConsoleStyle style) {
            add(text, "  ", text, style::strong);
        }
    }
}
