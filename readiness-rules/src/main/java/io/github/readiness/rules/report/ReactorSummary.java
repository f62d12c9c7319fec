package io.github.readiness.rules.report;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Percent;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ModuleStatus;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The reactor summary a build log shows once, at the end: the modules, the aggregated coverage, every blocker. */
public final class ReactorSummary {
    private ReactorSummary() {}

    /** At most this many "To reach READY" lines; the rest are counted (every reason is in readiness.md). */
    static final int MAX_REASONS = 3;

    /** The summary without emphasis (tests, a log file). */
    public static List<String> lines(ReactorResult reactor, String markdownPath) {
        return lines(reactor, markdownPath, ConsoleStyle.PLAIN);
    }

    /** The summary, each line within {@link ConsoleText#WIDTH}, emphasised with {@code style}. */
    public static List<String> lines(ReactorResult reactor, String markdownPath, ConsoleStyle style) {
        Scorecard card = reactor.card();
        ConsoleSummary.Lines lines = new ConsoleSummary.Lines();
        String verdict = card.verdict().name();
        lines.add(
                "Reactor readiness of " + card.project().coordinates() + ": " + verdict + ", score "
                        + DisplayText.score(card.score()) + " (minimum " + card.minScore() + "), "
                        + checkedCount(reactor),
                "  ",
                verdict,
                ConsoleText.verdict(card.verdict(), style));
        // 24 columns, wider when a module name needs it (commons-numbers-arrays... broke a fixed width)
        int width = Math.max(
                24,
                reactor.modules().stream()
                        .mapToInt(m -> m.name().length())
                        .max()
                        .orElse(0));
        String row = "  %-" + width + "s %-11s %7s %9s %8s";
        lines.plain(String.format(Locale.ROOT, row, "Module", "Verdict", "Score", "Lines", "Blockers"));
        for (ModuleResult module : reactor.modules()) {
            if (module.isChecked()) {
                lines.plain(String.format(
                        Locale.ROOT,
                        row,
                        module.name(),
                        module.card().verdict(),
                        DisplayText.score(module.card().score()),
                        coverage(module.counter(CounterType.LINE)),
                        module.card().blockers().size()));
            } else {
                lines.plain(String.format(
                        Locale.ROOT,
                        "  %-" + width + "s %s",
                        module.name(),
                        module.status().id()));
            }
        }
        lines.plain("Aggregated coverage (" + reactor.coverage().source() + ", scope "
                + reactor.settings().coverageScope().id() + "): line "
                + coverage(reactor.coverage().counter(CounterType.LINE)) + ", branch "
                + coverage(reactor.coverage().counter(CounterType.BRANCH)));
        reactor.coverage().records().stream()
                .filter(r -> !r.detail().isEmpty() && r.path().endsWith(".xml"))
                .forEach(r -> lines.plain("  " + r.detail()));
        MeasurementsText.consoleLines(card.measurements()).forEach(lines::plain);
        ChecklistText.consoleLines(card.checklist()).forEach(line -> lines.add(line, "  ", null, null));
        List<String> grouped = groupedBlockers(card.blockers());
        if (!grouped.isEmpty()) {
            lines.heading("Blockers (" + card.blockers().size() + "):", style);
            for (int i = 0; i < Math.min(ConsoleSummary.MAX_LISTED, grouped.size()); i++) {
                lines.add("  " + (i + 1) + ". " + grouped.get(i), "     ", null, null);
            }
            if (grouped.size() > ConsoleSummary.MAX_LISTED) {
                lines.plain("  ... and " + (grouped.size() - ConsoleSummary.MAX_LISTED) + " more in " + markdownPath);
            }
        }
        List<String> reasons = card.verdictReasons();
        reasons.stream()
                .limit(MAX_REASONS)
                .forEach(reason -> lines.add("To reach READY: " + reason, "  ", "To reach READY:", style::strong));
        if (reasons.size() > MAX_REASONS) {
            lines.plain("To reach READY: ... and " + (reasons.size() - MAX_REASONS) + " more in " + markdownPath);
        }
        return lines.all;
    }

    /**
     * One line per distinct blocker: the same rule, severity and message in several modules is one line naming them
     * ({@code [core, complex] [HIGH] ...}), so ten modules with the same gap take one line, not ten.
     */
    static List<String> groupedBlockers(List<Finding> blockers) {
        Map<String, List<String>> modules = new LinkedHashMap<>();
        for (Finding f : blockers) {
            modules.computeIfAbsent("] [" + f.severity() + "] " + f.rule() + ": " + f.message(), k -> new ArrayList<>())
                    .add(f.module());
        }
        List<String> lines = new ArrayList<>();
        modules.forEach((text, names) -> lines.add("[" + String.join(", ", names) + text));
        return lines;
    }

    /**
     * The reactor gate's failure message: the verdict, and where the reasons are (the reactor summary above lists every
     * blocker with its module; the message does not print them again).
     */
    public static String failureMessage(ReactorResult reactor, String markdownPath) {
        Scorecard card = reactor.card();
        int blockers = card.blockers().size();
        String what = blockers == 0
                ? "what blocks it is listed above under To reach READY"
                : blockers == 1 ? "1 blocker, listed above with its module" : blockers + " blockers, listed above";
        return "Reactor readiness verdict is " + card.verdict() + " (score " + DisplayText.score(card.score())
                + ", minimum " + card.minScore() + "):\n" + what + "; the fixes in " + markdownPath;
    }

    static String coverage(Counter counter) {
        return counter.total() == 0 ? "n/a" : Percent.measured(counter.ratio());
    }

    static String checkedCount(ReactorResult reactor) {
        int checked = reactor.checked().size();
        String text = checked + " of " + reactor.modules().size() + " modules checked";
        List<String> notBuilt = reactor.withStatus(ModuleStatus.NOT_BUILT).stream()
                .map(ModuleResult::name)
                .toList();
        return notBuilt.isEmpty()
                ? text
                : text + "; not built: " + notBuilt.stream().collect(Collectors.joining(", "));
    }
}
