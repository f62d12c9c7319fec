package io.github.readiness.rules.reactor;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.policy.ReactorSettings;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of a whole multi-module build, computed once by {@link ReactorAggregator} and formatted by every
 * renderer.
 *
 * @param card the reactor scorecard: the reactor root's coordinates, the reactor score and verdict, category scores
 *     weighted as the score is, every checked module's findings tagged with its module, then the aggregate's
 * @param modules every module of the reactor in reactor order, checked or not (the status says)
 * @param coverage the aggregated coverage and where it comes from
 */
public record ReactorResult(
        Scorecard card, List<ModuleResult> modules, ReactorCoverage coverage, ReactorSettings settings) {
    public ReactorResult {
        modules = List.copyOf(modules);
    }

    public List<ModuleResult> checked() {
        return modules.stream().filter(ModuleResult::isChecked).toList();
    }

    /**
     * Every module's findings one per module, as the modules reported them (the card lists a repeated non-blocking
     * finding once), then the aggregate's, in report order: for code scanning, which wants one result per file.
     */
    public List<Finding> findingsPerModule() {
        List<Finding> findings = new ArrayList<>();
        checked().forEach(m -> m.card().findings().forEach(f -> findings.add(f.inModule(m.name()))));
        card.findings().stream()
                .filter(f -> ReactorAggregator.AGGREGATE_MODULE.equals(f.module()))
                .forEach(findings::add);
        findings.sort(ReadinessEngine.REPORT_ORDER);
        return findings;
    }

    public List<ModuleResult> withStatus(ModuleStatus status) {
        return modules.stream().filter(m -> m.status() == status).toList();
    }
}
