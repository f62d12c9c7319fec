package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summary a build log shows: one screen with score, verdict, categories and the blockers with their fix. */
public final class ConsoleSummary {
    /** More blockers than this are counted, not listed: the full list is in readiness.md. */
    static final int MAX_LISTED = 10;

    private ConsoleSummary() {}

    public static List<String> lines(Scorecard card, String markdownPath) {
        List<String> lines = new ArrayList<>();
        lines.add("Readiness of " + card.project().coordinates() + ": " + card.verdict() + ", score "
                + DisplayText.score(card.score()) + " (minimum " + card.minScore() + ")");
        if (card.maturity() != null) {
            lines.add(Maturity.line(card.maturity()));
        }
        lines.add(String.format(Locale.ROOT, "  %-20s %5s %6s %8s %7s", "Category", "Score", "Weight", "Blockers", "Effort"));
        for (CategoryScore c : card.categories()) {
            lines.add(String.format(Locale.ROOT, "  %-20s %5s %6d %8d %7s", c.category().displayName(),
                    DisplayText.categoryScore(c.score()), c.weight(), c.blockers(), Effort.format(c.effortMinutes())));
        }
        lines.addAll(MeasurementsText.consoleLines(card.measurements()));
        if (!card.rulesOff().isEmpty()) {
            lines.add("Rules turned OFF by the policy (" + card.rulesOff().size() + "): "
                    + String.join(", ", card.rulesOff()));
        }
        if (card.baseline() != null) {
            lines.addAll(BaselineSection.consoleLines(card.baseline()));
        }
        List<Finding> blockers = card.blockers();
        if (!blockers.isEmpty()) {
            lines.add("Blockers (" + blockers.size() + "):");
            for (int i = 0; i < Math.min(MAX_LISTED, blockers.size()); i++) {
                Finding f = blockers.get(i);
                lines.add("  " + (i + 1) + ". [" + f.severity() + "] " + f.rule() + ": " + f.message()
                        + BaselineSection.marker(card.baseline(), f));
                lines.add("     Fix (" + Effort.format(f.effortMinutes()) + "): " + f.remediation());
            }
            if (blockers.size() > MAX_LISTED) {
                lines.add("  ... and " + (blockers.size() - MAX_LISTED) + " more in " + markdownPath);
            }
        }
        List<Finding> others = card.nonBlocking();
        if (!others.isEmpty()) {
            // the ones worth a look in the log (MEDIUM and up, most severe first); LOW and INFO only in the report
            List<Finding> shown = others.stream()
                    .filter(f -> f.severity().compareTo(Severity.MEDIUM) <= 0)
                    .limit(MAX_LISTED)
                    .toList();
            lines.add("Other findings (" + others.size() + "):");
            shown.forEach(f -> lines.add("  - [" + f.severity() + "] " + f.rule() + ": " + f.message()
                    + BaselineSection.marker(card.baseline(), f)));
            int rest = others.size() - shown.size();
            if (rest > 0) {
                lines.add("  ... and " + rest + " more in " + markdownPath);
            }
        }
        waived(card, markdownPath, lines);
        card.verdictReasons().forEach(reason -> lines.add("To reach READY: " + reason));
        lines.addAll(RoadmapSection.consoleLines(card));
        return lines;
    }

    /** The accepted risks, each with its waiver, so the log never hides what was waived. */
    private static void waived(Scorecard card, String markdownPath, List<String> lines) {
        List<Finding> waived = card.waived();
        if (waived.isEmpty()) {
            return;
        }
        lines.add("Waived findings (" + waived.size() + ", not counted):");
        for (Finding f : waived.subList(0, Math.min(MAX_LISTED, waived.size()))) {
            WaiverNote note = f.waiver();
            lines.add("  - [" + f.severity() + "] " + f.rule() + ": " + f.message());
            if (note != null) {
                lines.add("     waived until " + note.expires() + " (" + daysLeft(note.daysLeft()) + ") by "
                        + note.owner() + ": " + note.reason());
            }
        }
        if (waived.size() > MAX_LISTED) {
            lines.add("  ... and " + (waived.size() - MAX_LISTED) + " more in " + markdownPath);
        }
    }

    private static String daysLeft(long days) {
        return days == 0 ? "last day today" : days == 1 ? "1 day left" : days + " days left";
    }

    /**
     * The waivers that need attention (expiring, expired, stale, too far ahead), one line each, for the build log's
     * WARNING level.
     */
    public static List<String> waiverWarnings(Scorecard card) {
        return card.waiverWarnings().stream().map(WaiverStatus::warning).toList();
    }

    /** The gate's failure message: the verdict and a short numbered list of what blocks. */
    public static String failureMessage(Scorecard card, String markdownPath) {
        StringBuilder message = new StringBuilder("Readiness verdict is " + card.verdict() + " (score "
                + DisplayText.score(card.score()) + ", minimum " + card.minScore() + ")");
        List<Finding> blockers = card.blockers();
        if (blockers.isEmpty()) {
            card.verdictReasons().forEach(reason -> message.append("\n  - ").append(reason));
        }
        for (int i = 0; i < Math.min(MAX_LISTED, blockers.size()); i++) {
            Finding f = blockers.get(i);
            message.append("\n  ").append(i + 1).append(". [").append(f.severity()).append("] ").append(f.rule())
                    .append(": ").append(f.message());
        }
        if (blockers.size() > MAX_LISTED) {
            message.append("\n  ... and ").append(blockers.size() - MAX_LISTED).append(" more");
        }
        message.append("\nSee ").append(markdownPath).append(" for the fixes and their effort.");
        return message.toString();
    }
}
