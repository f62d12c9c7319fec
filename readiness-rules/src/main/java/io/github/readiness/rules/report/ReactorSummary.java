package io.github.readiness.rules.report;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ModuleStatus;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.rule.Percent;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The reactor summary a build log shows once, at the end: the modules, the aggregated coverage, every blocker. */
public final class ReactorSummary {
    private ReactorSummary() {}

    public static List<String> lines(ReactorResult reactor, String markdownPath) {
        Scorecard card = reactor.card();
        List<String> lines = new ArrayList<>();
        lines.add("Reactor readiness of " + card.project().coordinates() + ": " + card.verdict() + ", score "
                + Formats.score(card.score()) + " (minimum " + card.minScore() + "), " + checkedCount(reactor));
        lines.add(String.format(Locale.ROOT, "  %-24s %-11s %7s %9s %8s", "Module", "Verdict", "Score", "Lines", "Blockers"));
        for (ModuleResult module : reactor.modules()) {
            if (module.isChecked()) {
                lines.add(String.format(Locale.ROOT, "  %-24s %-11s %7s %9s %8d", module.name(), module.card().verdict(),
                        Formats.score(module.card().score()), coverage(module.counter(CounterType.LINE)),
                        module.card().blockers().size()));
            } else {
                lines.add(String.format(Locale.ROOT, "  %-24s %s", module.name(), module.status().id()));
            }
        }
        lines.add("Aggregated coverage (" + reactor.coverage().source() + ", scope "
                + reactor.settings().coverageScope().id() + "): line "
                + coverage(reactor.coverage().counter(CounterType.LINE)) + ", branch "
                + coverage(reactor.coverage().counter(CounterType.BRANCH)));
        reactor.coverage().records().stream().filter(r -> !r.detail().isEmpty() && r.path().endsWith(".xml"))
                .forEach(r -> lines.add("  " + r.detail()));
        List<Finding> blockers = card.blockers();
        if (!blockers.isEmpty()) {
            lines.add("Blockers (" + blockers.size() + "):");
            for (int i = 0; i < Math.min(ConsoleSummary.MAX_LISTED, blockers.size()); i++) {
                lines.add("  " + (i + 1) + ". " + line(blockers.get(i)));
            }
            if (blockers.size() > ConsoleSummary.MAX_LISTED) {
                lines.add("  ... and " + (blockers.size() - ConsoleSummary.MAX_LISTED) + " more in " + markdownPath);
            }
        }
        card.verdictReasons().forEach(reason -> lines.add("To reach READY: " + reason));
        return lines;
    }

    /** The reactor gate's failure message: every NOT_READY module with its blockers, numbered. */
    public static String failureMessage(ReactorResult reactor, String markdownPath) {
        Scorecard card = reactor.card();
        StringBuilder message = new StringBuilder("Reactor readiness verdict is " + card.verdict() + " (score "
                + Formats.score(card.score()) + ", minimum " + card.minScore() + ")");
        List<Finding> blockers = card.blockers();
        if (blockers.isEmpty()) {
            card.verdictReasons().forEach(reason -> message.append("\n  - ").append(reason));
        }
        for (int i = 0; i < Math.min(ConsoleSummary.MAX_LISTED, blockers.size()); i++) {
            message.append("\n  ").append(i + 1).append(". ").append(line(blockers.get(i)));
        }
        if (blockers.size() > ConsoleSummary.MAX_LISTED) {
            message.append("\n  ... and ").append(blockers.size() - ConsoleSummary.MAX_LISTED).append(" more");
        }
        message.append("\nSee ").append(markdownPath).append(" for every module's blockers and their fixes.");
        return message.toString();
    }

    static String line(Finding f) {
        return "[" + f.module() + "] [" + f.severity() + "] " + f.rule() + ": " + f.message();
    }

    static String coverage(Counter counter) {
        return counter.total() == 0 ? "n/a" : Percent.measured(counter.ratio());
    }

    static String checkedCount(ReactorResult reactor) {
        int checked = reactor.checked().size();
        String text = checked + " of " + reactor.modules().size() + " modules checked";
        List<String> notBuilt = reactor.withStatus(ModuleStatus.NOT_BUILT).stream().map(ModuleResult::name).toList();
        return notBuilt.isEmpty() ? text : text + "; not built: " + notBuilt.stream().collect(Collectors.joining(", "));
    }
}
