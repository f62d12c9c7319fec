package io.github.readiness.rules.report;

import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;

/**
 * The reactor's GitHub Actions job summary, appended once per multi-module build instead of one summary per module:
 * verdict, what READY needs, one row per module, the aggregated coverage, the blockers and the other HIGH/CRITICAL
 * findings with their module. Bounded like {@link StepSummary}: at most {@value #MAX_MODULES} module rows and
 * {@value StepSummary#MAX_ROWS} findings per table, each cell cut, so even a reactor of thousands of modules stays far
 * below GitHub's 1 MiB limit.
 */
final class ReactorStepSummary {
    static final int MAX_MODULES = 200;

    private ReactorStepSummary() {}

    static String markdown(ReactorResult reactor, String markdownPath) {
        Scorecard card = reactor.card();
        StringBuilder md = new StringBuilder();
        md.append("## ")
                .append(StepSummary.icon(card))
                .append(" Production readiness of ")
                .append(card.project().coordinates())
                .append(" (reactor): ")
                .append(card.verdict())
                .append("\n\n");
        MarkdownHeader.verdict(card, ReactorSummary.checkedCount(reactor), md);
        md.append("| Module | Path | Verdict | Score | Line coverage | Blockers |\n|---|---|---|--:|--:|--:|\n");
        List<ModuleResult> modules = reactor.modules();
        for (ModuleResult module : modules.subList(0, Math.min(MAX_MODULES, modules.size()))) {
            md.append("| ")
                    .append(StepSummary.cell(module.name()))
                    .append(" | `")
                    .append(StepSummary.cell(module.path()))
                    .append("` | ");
            if (module.isChecked()) {
                md.append(module.card().verdict())
                        .append(" | ")
                        .append(DisplayText.score(module.card().score()))
                        .append(" | ")
                        .append(ReactorSummary.coverage(module.counter(CounterType.LINE)))
                        .append(" | ")
                        .append(module.card().blockers().size())
                        .append(" |\n");
            } else {
                md.append(module.status().id()).append(" | - | - | - |\n");
            }
        }
        if (modules.size() > MAX_MODULES) {
            md.append("\n... and ")
                    .append(modules.size() - MAX_MODULES)
                    .append(" more modules in `")
                    .append(markdownPath)
                    .append("`.\n");
        }
        md.append("\nAggregated coverage (")
                .append(StepSummary.cell(reactor.coverage().source()))
                .append("): line ")
                .append(ReactorSummary.coverage(reactor.coverage().counter(CounterType.LINE)))
                .append(", branch ")
                .append(ReactorSummary.coverage(reactor.coverage().counter(CounterType.BRANCH)))
                .append(".\n\n");
        int next = StepSummary.findings("Blockers", card.blockers(), 1, markdownPath, md);
        List<Finding> high = card.nonBlocking().stream()
                .filter(f -> f.severity().compareTo(Severity.HIGH) <= 0)
                .toList();
        StepSummary.findings("Other HIGH and CRITICAL findings", high, next, markdownPath, md);
        md.append("Full report: `").append(markdownPath).append("` (each module's own report is in its folder).\n\n");
        return md.toString();
    }
}
