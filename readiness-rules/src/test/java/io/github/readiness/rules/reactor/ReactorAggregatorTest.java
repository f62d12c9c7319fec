package io.github.readiness.rules.reactor;

import static io.github.readiness.rules.reactor.ReactorFixtures.ROOT;
import static io.github.readiness.rules.reactor.ReactorFixtures.TOOL;
import static io.github.readiness.rules.reactor.ReactorFixtures.blocker;
import static io.github.readiness.rules.reactor.ReactorFixtures.info;
import static io.github.readiness.rules.reactor.ReactorFixtures.lines;
import static io.github.readiness.rules.reactor.ReactorFixtures.module;
import static io.github.readiness.rules.reactor.ReactorFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReactorAggregatorTest {
    private static final Policy DEFAULTS = ReadinessEngine.withBuiltInRules().defaultPolicy();
    private final ReactorAggregator aggregator = new ReactorAggregator();

    private ReactorResult aggregate(Policy policy, List<ModuleResult> modules) {
        return aggregator.aggregate(ROOT, TOOL, policy, modules, null);
    }

    @Test
    void aggregatedCoverageSumsCountersWhereAMeanOfRatiosWouldPass() {
        // 90 % of 10 lines and 60 % of 100 lines: the mean of ratios is 75 % (passes 70 %), the lines are 69/110
        List<ModuleResult> modules = List.of(
                module("small", 100, Verdict.READY, lines(9, 1)), module("large", 90, Verdict.READY, lines(60, 40)));
        ReactorResult result =
                aggregate(DEFAULTS.withThreshold("coverage.line", "70%").withCoverageScope("aggregate"), modules);
        assertEquals(new Counter(41, 69), result.coverage().counter(CounterType.LINE));
        assertEquals(ReactorCoverage.SUMMED, result.coverage().source());
        Finding aggregateFinding = result.card().blockers().get(0);
        assertEquals(ReactorAggregator.AGGREGATE_MODULE, aggregateFinding.module());
        assertEquals(69.0 / 110, aggregateFinding.measured(), 1e-9);
        assertEquals(
                "reactor line coverage is 62.7 %, but expected minimum is 70 % (69 of 110 lines covered; 8 more"
                        + " needed) (modules summed)",
                aggregateFinding.message());
        assertEquals(Verdict.NOT_READY, result.card().verdict());
        assertEquals(
                List.of("reactor: 1 blocking finding to fix or waive"),
                result.card().verdictReasons());
    }

    static Stream<Arguments> verdicts() {
        // scope, module verdicts, aggregate line coverage (covered of 100 per module), expected reactor verdict
        return Stream.of(
                Arguments.of("module", Verdict.READY, Verdict.READY, 90, Verdict.READY),
                Arguments.of("module", Verdict.READY, Verdict.NOT_READY, 90, Verdict.NOT_READY),
                Arguments.of("module", Verdict.READY, Verdict.CONDITIONAL, 90, Verdict.CONDITIONAL),
                Arguments.of("module", Verdict.READY, Verdict.READY, 10, Verdict.READY), // aggregate not judged
                Arguments.of("aggregate", Verdict.READY, Verdict.READY, 10, Verdict.NOT_READY),
                Arguments.of("aggregate", Verdict.READY, Verdict.READY, 90, Verdict.READY),
                Arguments.of("both", Verdict.READY, Verdict.READY, 10, Verdict.NOT_READY),
                Arguments.of("both", Verdict.NOT_READY, Verdict.READY, 90, Verdict.NOT_READY),
                Arguments.of("both", Verdict.CONDITIONAL, Verdict.READY, 90, Verdict.CONDITIONAL),
                Arguments.of("both", Verdict.CONDITIONAL, Verdict.READY, 75, Verdict.NOT_READY));
    }

    @ParameterizedTest(name = "{0}: {1} + {2}, {3} % covered -> {4}")
    @MethodSource("verdicts")
    void verdictIsTheWorstOfTheModulesAndTheAggregate(
            String scope, Verdict first, Verdict second, int covered, Verdict expected) {
        List<ModuleResult> modules = List.of(
                module("alpha", 100, first, lines(covered, 100 - covered)),
                module("beta", 100, second, lines(covered, 100 - covered)));
        assertEquals(
                expected,
                aggregate(DEFAULTS.withCoverageScope(scope), modules).card().verdict());
    }

    static Stream<Arguments> scores() {
        return Stream.of(
                // size-weighted: (100 x 900 + 50 x 100) / 1000 = 95 (the plain mean would be 75)
                Arguments.of(
                        List.of(
                                module("a", 100, Verdict.READY, lines(900, 0)),
                                module("b", 50, Verdict.NOT_READY, lines(50, 50))),
                        95),
                // rounded half up: (90 x 1 + 91 x 1) / 2 = 90.5 -> 91; (80 x 2 + 81 x 1) / 3 = 80.33 -> 80
                Arguments.of(
                        List.of(
                                module("a", 90, Verdict.READY, lines(1, 0)),
                                module("b", 91, Verdict.READY, lines(1, 0))),
                        91),
                Arguments.of(
                        List.of(
                                module("a", 80, Verdict.READY, lines(2, 0)),
                                module("b", 81, Verdict.READY, lines(1, 0))),
                        80),
                // a module without measured code weighs 1
                Arguments.of(
                        List.of(
                                module("a", 80, Verdict.READY, lines(99, 0)),
                                module("docs", 100, Verdict.READY, Map.of())),
                        80),
                // N/A scores, skipped and unbuilt modules are left out
                Arguments.of(
                        List.of(
                                module("a", 70, Verdict.NOT_READY, lines(10, 0)),
                                module("pom", null, Verdict.READY, Map.of()),
                                ModuleResult.unchecked(project("s"), "s", ModuleStatus.SKIPPED),
                                ModuleResult.unchecked(project("n"), "n", ModuleStatus.NOT_BUILT)),
                        70),
                Arguments.of(List.of(ModuleResult.unchecked(project("s"), "s", ModuleStatus.SKIPPED)), null));
    }

    @ParameterizedTest
    @MethodSource("scores")
    void scoreIsTheMeanWeightedByModuleSize(List<ModuleResult> modules, Integer expected) {
        assertEquals(expected, aggregate(DEFAULTS, modules).card().score());
    }

    @Test
    void findingsAreTaggedWithTheirModuleInReactorOrder() {
        List<ModuleResult> modules = List.of(
                module("alpha", 100, Verdict.READY, lines(1, 0), info("docs.readme", "README")),
                module(
                        "beta",
                        40,
                        Verdict.NOT_READY,
                        lines(1, 0),
                        blocker("coverage.line", "line"),
                        info("docs.readme", "README.md")));
        ReactorResult result = aggregate(DEFAULTS, modules);
        assertEquals(
                List.of("beta coverage.line", "alpha docs.readme", "beta docs.readme"),
                result.card().findings().stream()
                        .map(f -> f.module() + " " + f.rule())
                        .toList());
        assertEquals(
                List.of(
                        "beta is NOT_READY: 1 blocking finding to fix or waive",
                        "reactor: score 70 is below the minimum 80"),
                result.card().verdictReasons());
        assertEquals(1, result.card().categories().get(0).blockers());
        assertNull(modules.get(0).card().findings().get(0).module(), "the module's own card is untouched");
    }

    /** commons-numbers: twelve modules without a dependency audit gave twelve identical findings. */
    @Test
    void anIdenticalNonBlockingFindingOfSeveralModulesIsOneReactorFindingNamingThem() {
        List<ModuleResult> modules = List.of(
                module("core", 100, Verdict.READY, lines(1, 0), info("dependencies.audit", "missing")),
                module(
                        "complex",
                        40,
                        Verdict.NOT_READY,
                        lines(1, 0),
                        blocker("coverage.line", "line"),
                        info("dependencies.audit", "missing")),
                module(
                        "fraction",
                        40,
                        Verdict.NOT_READY,
                        lines(1, 0),
                        blocker("coverage.line", "line"),
                        info("dependencies.audit", "missing"),
                        info("docs.readme", "README")));

        List<Finding> findings = aggregate(DEFAULTS, modules).card().findings();

        assertEquals(
                List.of(
                        "complex coverage.line",
                        "fraction coverage.line",
                        "core, complex, fraction dependencies.audit",
                        "fraction docs.readme"),
                findings.stream().map(f -> f.module() + " " + f.rule()).toList(),
                "blockers stay one per module: each module fixes or waives its own");
        assertEquals(30, findings.get(2).effortMinutes(), "the three modules' efforts added");
    }

    /** commons-numbers: 14 modules, names up to 33 characters, ten with the same blocker. */
    @Test
    void theConsoleSummaryOfFourteenModulesFitsOneScreen() {
        List<ModuleResult> modules = new java.util.ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String name = "commons-numbers-" + (i == 13 ? "arrays-and-more-x" : "m" + i);
            modules.add(
                    i < 10
                            ? module(name, 40, Verdict.NOT_READY, lines(1, 0), blocker("coverage.line", "line"))
                            : module(name, 100, Verdict.READY, lines(1, 0)));
        }
        List<String> lines = io.github.readiness.rules.report.ReactorSummary.lines(
                aggregate(DEFAULTS, modules), "target/readiness/readiness.md");

        assertTrue(lines.size() <= 30, String.join("\n", lines)); // one terminal screen
        assertTrue(lines.stream().allMatch(l -> l.length() <= 110), String.join("\n", lines)); // 120 with [INFO]
        int header = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("  Module "))
                .findFirst()
                .orElseThrow());
        int verdictColumn = lines.get(header).indexOf("Verdict");
        for (String row : lines.subList(header + 1, header + 15)) {
            assertEquals(verdictColumn, row.indexOf(row.contains("NOT_READY") ? "NOT_READY" : "READY"), row);
        }
        String text = String.join(" ", lines.stream().map(String::strip).toList()); // wrapped lines joined back
        assertEquals(
                1,
                text.split("\\] \\[CRITICAL\\] coverage.line", -1).length - 1,
                "ten identical blockers are one entry naming the modules");
        assertEquals(
                4,
                lines.stream().filter(l -> l.startsWith("To reach READY: ")).count(),
                "three reasons, then how many more");
    }

    @Test
    void aReadAggregateReportReplacesTheModulesCountersAndIsNeverAddedToThem() {
        List<ModuleResult> modules = List.of(
                module("alpha", 100, Verdict.READY, lines(50, 50)), module("beta", 100, Verdict.READY, lines(50, 50)));
        CoverageEvidence xml = new CoverageEvidence("jacoco.xml", lines(170, 30), List.of());
        ReactorResult result = aggregator.aggregate(
                ROOT,
                TOOL,
                DEFAULTS.withCoverageScope("both"),
                modules,
                AggregateReport.read("report/target/site/jacoco-aggregate/jacoco.xml", xml));
        assertEquals(new Counter(30, 170), result.coverage().counter(CounterType.LINE));
        assertTrue(result.coverage().fromAggregateReport());
        assertEquals(Verdict.READY, result.card().verdict(), "85 % from the aggregate passes 80 %; the sum is 50 %");
    }

    @Test
    void anEmptyAggregateReportIsReportedAndTheModulesAreSummed() {
        List<ModuleResult> modules = List.of(module("alpha", 100, Verdict.READY, lines(90, 10)));
        AggregateReport empty = AggregateReport.read(
                "target/site/jacoco-aggregate/jacoco.xml", new CoverageEvidence("jacoco.xml", Map.of(), List.of()));
        ReactorResult result =
                aggregator.aggregate(ROOT, TOOL, DEFAULTS.withCoverageScope("aggregate"), modules, empty);
        assertEquals(EvidenceStatus.INVALID, empty.status());
        assertEquals(new Counter(10, 90), result.coverage().counter(CounterType.LINE));
        assertEquals(
                List.of(EvidenceStatus.INVALID, EvidenceStatus.READ),
                result.card().evidence().stream().map(r -> r.status()).toList());
        assertTrue(result.card()
                .evidence()
                .get(0)
                .detail()
                .startsWith("target/site/jacoco-aggregate/jacoco.xml is an empty JaCoCo report (no counters)"));
    }

    @Test
    void nothingMeasuredAnywhereGivesNoAggregateFindingNeitherZeroNorHundred() {
        ReactorResult result = aggregate(
                DEFAULTS.withCoverageScope("aggregate"), List.of(module("docs", null, Verdict.READY, Map.of())));
        assertTrue(result.card().findings().isEmpty());
        assertNull(result.card().score());
        assertEquals(Verdict.READY, result.card().verdict());
    }

    @Test
    void aggregateFindingsFollowTheRuleLevel() {
        List<ModuleResult> modules = List.of(module("alpha", 100, Verdict.READY, lines(10, 90)));
        Policy warn = DEFAULTS.withCoverageScope("aggregate").withLevel("coverage.line", "WARN");
        assertFalse(aggregate(warn, modules).card().findings().get(0).blocking());
        Policy off = DEFAULTS.withCoverageScope("aggregate").withLevel("coverage.line", "OFF");
        assertTrue(aggregate(off, modules).card().findings().isEmpty());
    }

    @Test
    void underScopeAggregateModuleCoverageReportsButDoesNotBlock() {
        Policy aggregate = ReactorAggregator.modulePolicy(DEFAULTS.withCoverageScope("aggregate"));
        assertEquals(RuleLevel.WARN, aggregate.rule("coverage.line").level());
        assertEquals(RuleLevel.WARN, aggregate.rule("coverage.branch").level());
        assertEquals(RuleLevel.ERROR, aggregate.rule("coverage.evidence").level(), "missing evidence still blocks");
        Policy off = DEFAULTS.withCoverageScope("aggregate").withLevel("coverage.line", "OFF");
        assertEquals(
                RuleLevel.OFF,
                ReactorAggregator.modulePolicy(off).rule("coverage.line").level());
        Policy both = DEFAULTS.withCoverageScope("both");
        assertEquals(both.rules(), ReactorAggregator.modulePolicy(both).rules(), "module scope: the thresholds stay");
    }

    @Test
    void aHundredModulesAreAggregatedDeterministically() {
        List<ModuleResult> modules = ReactorFixtures.generated(100);
        ReactorResult first = aggregate(DEFAULTS.withCoverageScope("both"), modules);
        ReactorResult second = aggregate(DEFAULTS.withCoverageScope("both"), List.copyOf(modules));
        assertEquals(first, second);
        assertEquals(100, first.checked().size());
        // every fifth module has a line coverage blocker, and the summed coverage (about 74 %) is below 80 %
        assertEquals(
                21,
                first.card().findings().stream()
                        .filter(f -> f.rule().equals("coverage.line"))
                        .count());
        assertEquals(
                1,
                first.card().findings().stream()
                        .filter(f -> ReactorAggregator.AGGREGATE_MODULE.equals(f.module()))
                        .count());
    }
}
