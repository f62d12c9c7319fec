package io.github.readiness.rules.reactor;

import io.github.readiness.rules.checklist.ChecklistJudge;
import io.github.readiness.rules.checklist.ChecklistJudge.RuleResult;
import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleSettings;
import io.github.readiness.rules.rule.policy.ChecklistRule;
import io.github.readiness.rules.score.CategoryScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist of a multi-module build, judged once on the reactor (the modules leave it out: {@link
 * ReactorAggregator#modulePolicy}): a measured item by its rule's unwaived findings over every checked module, an
 * attested item as in a single module. The reactor counts as a service when a checked module scored a service-only
 * category (a deployment, data or observability rule measured something).
 */
final class ReactorChecklist {
    private ReactorChecklist() {}

    static ChecklistJudgement judge(Policy policy, List<ModuleResult> checked, LocalDate buildDate) {
        if (policy.checklist().items().isEmpty()
                && policy.checklist().attestations().isEmpty()) {
            return ChecklistJudgement.NONE;
        }
        Map<String, RuleResult> rules = new HashMap<>();
        boolean service = false;
        for (ModuleResult module : checked) {
            List<String> scored = new ArrayList<>();
            for (CategoryScore category : module.card().categories()) {
                if (category.score() != null) {
                    scored.add(category.category().id());
                }
                service |= category.score() != null && ChecklistJudge.SERVICE_ONLY.contains(category.category());
            }
            for (RuleMetadata rule : module.card().rules()) {
                int open = (int) module.card().findings().stream()
                        .filter(f -> f.rule().equals(rule.id()) && !f.waived())
                        .count();
                boolean measured = open > 0
                        || module.card().findings().stream()
                                .anyMatch(f -> f.rule().equals(rule.id()))
                        || scored.contains(rule.category().id());
                RuleResult mine = new RuleResult(false, measured, open, rule.category());
                rules.merge(
                        rule.id(),
                        mine,
                        (a, b) ->
                                new RuleResult(false, a.measured() || b.measured(), a.open() + b.open(), a.category()));
            }
        }
        return ChecklistJudge.judge(
                policy.checklist(), rules, service, buildDate, policy.waivers().warnDays());
    }

    /** The checklist's findings at the reactor policy's level of {@value ChecklistRule#RULE_ID}, tagged as the reactor's. */
    static List<Finding> findings(Policy policy, ChecklistJudgement checklist) {
        RuleSettings settings = policy.rules().get(ChecklistRule.RULE_ID);
        if (settings == null || settings.level() == RuleLevel.OFF) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : ChecklistRule.findings(checklist)) {
            Finding tagged = finding.inModule(ReactorAggregator.AGGREGATE_MODULE);
            findings.add(settings.level() == RuleLevel.WARN ? tagged.asNonBlocking() : tagged);
        }
        return findings;
    }
}
