package io.github.readiness.rules.reactor;

import static io.github.readiness.rules.reactor.ReactorFixtures.ROOT;
import static io.github.readiness.rules.reactor.ReactorFixtures.TOOL;
import static io.github.readiness.rules.reactor.ReactorFixtures.lines;
import static io.github.readiness.rules.reactor.ReactorFixtures.module;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.checklist.Attestation;
import io.github.readiness.rules.checklist.Checklist;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.policy.ChecklistRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In a multi-module build the checklist is judged once, on the reactor; the modules leave it out. */
class ReactorChecklistTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final ChecklistItem REVIEW = new ChecklistItem(
            "security-review", "Security review signed off", Category.SECURITY, true, Period.ofDays(90), null);
    private final Policy policy =
            ReadinessEngine.withBuiltInRules().defaultPolicy().withChecklist(new Checklist(List.of(REVIEW), List.of()));

    private ReactorResult aggregate(Policy reactorPolicy) {
        return new ReactorAggregator()
                .aggregate(
                        ROOT,
                        TOOL,
                        reactorPolicy,
                        List.of(
                                module("core", 95, Verdict.READY, lines(95, 5)),
                                module("web", 95, Verdict.READY, lines(95, 5))),
                        null,
                        TODAY);
    }

    @Test
    void aMissingRequiredItemBlocksTheReactorOnce() {
        ReactorResult result = aggregate(policy);
        List<Finding> checklist = result.card().findings().stream()
                .filter(f -> f.rule().equals(ChecklistRule.RULE_ID))
                .toList();
        assertEquals(1, checklist.size(), "once for the reactor, not once per module");
        assertEquals(ReactorAggregator.AGGREGATE_MODULE, checklist.get(0).module());
        assertEquals(Verdict.NOT_READY, result.card().verdict());
        assertTrue(
                result.card()
                        .verdictReasons()
                        .contains("reactor: 1 required checklist item open: security-review (do"
                                + " it, then mvn readiness:attest -Ditem=<id> -Devidence=<file or URL>)"),
                result.card().verdictReasons().toString());
        assertEquals(1, result.card().checklist().openRequired());
    }

    @Test
    void attestedOnTheRootTheReactorIsReady() {
        Policy attested = policy.withChecklist(new Checklist(
                List.of(REVIEW),
                List.of(new Attestation(
                        "security-review", "appsec", TODAY.minusDays(3), "docs/review.md", true, null))));
        assertEquals(Verdict.READY, aggregate(attested).card().verdict());
    }

    @Test
    void aModulesPolicyHasNoChecklistToJudge() {
        Policy module = ReactorAggregator.modulePolicy(policy);
        assertTrue(module.checklist().items().isEmpty());
        assertTrue(module.checklist().atReactorRoot());
    }
}
