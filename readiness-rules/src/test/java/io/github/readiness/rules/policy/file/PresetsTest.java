package io.github.readiness.rules.policy.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.Policy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The presets as the policy reference documents them: one row per value a preset sets, gold the strictest. A preset
 * changed without changing this table (and the documentation) fails here.
 */
class PresetsTest {
    private static final Policy DEFAULTS = ReadinessEngine.withBuiltInRules().defaultPolicy();

    /** A documented value: how to read it, and its order of strictness (higher is stricter). */
    private record Row(String name, Function<Policy, Object> value, Function<Object, Double> strictness) {}

    private static final List<Row> ROWS = List.of(
            new Row("minScore", Policy::minScore, v -> ((Integer) v).doubleValue()),
            new Row("coverage.line threshold", p -> p.rule("coverage.line").threshold(), v -> (Double) v),
            new Row("coverage.branch threshold", p -> p.rule("coverage.branch").threshold(), v -> (Double) v),
            new Row("coverage.branch level", p -> p.rule("coverage.branch").level(), PresetsTest::levelStrictness),
            new Row(
                    "dependencies.audit level",
                    p -> p.rule("dependencies.audit").level(),
                    PresetsTest::levelStrictness),
            new Row("deployment.health level", p -> p.rule("deployment.health").level(), PresetsTest::levelStrictness),
            new Row("data.migrations level", p -> p.rule("data.migrations").level(), PresetsTest::levelStrictness),
            new Row(
                    "observability.metrics level",
                    p -> p.rule("observability.metrics").level(),
                    PresetsTest::levelStrictness),
            new Row(
                    "observability.logging level",
                    p -> p.rule("observability.logging").level(),
                    PresetsTest::levelStrictness),
            new Row(
                    "deployment.container level",
                    p -> p.rule("deployment.container").level(),
                    PresetsTest::levelStrictness),
            new Row(
                    "deployment.kubernetes level",
                    p -> p.rule("deployment.kubernetes").level(),
                    PresetsTest::levelStrictness),
            new Row("security blockingSeverity", p -> p.security().blockingSeverity(), v ->
                    (double) ((Severity) v).ordinal()),
            new Row("security maxAuditAgeDays", p -> p.security().maxAuditAgeDays(), PresetsTest::limitStrictness),
            new Row("waiverSettings maxDaysAhead", p -> p.waivers().maxDaysAhead(), PresetsTest::limitStrictness));

    /** The standard pre-deployment checklist of silver and gold, as checklist.md ("Presets") lists it. */
    private static final java.util.Set<String> STANDARD_CHECKLIST = java.util.Set.of(
            "tests-passing",
            "dependency-audit",
            "health-checks",
            "staging-deployment",
            "load-test",
            "runbook",
            "rollback-tested",
            "on-call",
            "monitoring-alerting",
            "security-review");

    /** The documented table: default, bronze, silver, gold. */
    private static final Map<String, List<Object>> TABLE = table();

    private static Map<String, List<Object>> table() {
        Map<String, List<Object>> table = new LinkedHashMap<>();
        table.put("minScore", List.of(80, 70, 80, 90));
        table.put("coverage.line threshold", List.of(0.8, 0.6, 0.8, 0.9));
        table.put("coverage.branch threshold", List.of(0.7, 0.5, 0.7, 0.8));
        table.put("coverage.branch level", List.of(RuleLevel.ERROR, RuleLevel.WARN, RuleLevel.ERROR, RuleLevel.ERROR));
        table.put(
                "dependencies.audit level", List.of(RuleLevel.WARN, RuleLevel.WARN, RuleLevel.ERROR, RuleLevel.ERROR));
        table.put("deployment.health level", List.of(RuleLevel.WARN, RuleLevel.WARN, RuleLevel.ERROR, RuleLevel.ERROR));
        table.put("data.migrations level", List.of(RuleLevel.WARN, RuleLevel.WARN, RuleLevel.ERROR, RuleLevel.ERROR));
        table.put(
                "observability.metrics level",
                List.of(RuleLevel.WARN, RuleLevel.WARN, RuleLevel.WARN, RuleLevel.ERROR));
        table.put(
                "observability.logging level",
                List.of(RuleLevel.WARN, RuleLevel.WARN, RuleLevel.WARN, RuleLevel.ERROR));
        table.put(
                "deployment.container level", List.of(RuleLevel.WARN, RuleLevel.WARN, RuleLevel.WARN, RuleLevel.ERROR));
        table.put(
                "deployment.kubernetes level",
                List.of(RuleLevel.WARN, RuleLevel.WARN, RuleLevel.WARN, RuleLevel.ERROR));
        table.put(
                "security blockingSeverity",
                List.of(Severity.CRITICAL, Severity.CRITICAL, Severity.HIGH, Severity.HIGH));
        table.put("security maxAuditAgeDays", nullable(30, 30, 30, 7));
        table.put("waiverSettings maxDaysAhead", nullable(null, null, 365, 180));
        return table;
    }

    private static Policy preset(String name) {
        return new PolicyLoader(Path.of("."), PresetsTest.class.getClassLoader())
                .apply(TracedPolicy.of(DEFAULTS), name, Path.of("."), "test")
                .policy();
    }

    @Test
    void everyPresetHasTheDocumentedValues() {
        for (int i = 0; i < Presets.NAMES.size(); i++) {
            Policy policy = preset(Presets.NAMES.get(i));
            for (Row row : ROWS) {
                assertEquals(
                        TABLE.get(row.name()).get(i),
                        row.value().apply(policy),
                        Presets.NAMES.get(i) + " " + row.name());
            }
        }
    }

    @Test
    void thePresetsSetOnlyTheDocumentedValues() {
        for (String name : Presets.NAMES) {
            TracedPolicy traced = new PolicyLoader(Path.of("."), getClass().getClassLoader())
                    .apply(TracedPolicy.of(DEFAULTS), name, Path.of("."), "test");
            for (PolicyListing.Value value : PolicyListing.values(traced)) {
                if (value.origin().equals("preset " + name) && value.name().startsWith(PolicyValue.checklistItem(""))) {
                    assertTrue(
                            STANDARD_CHECKLIST.contains(value.name()
                                    .substring(PolicyValue.checklistItem("").length())),
                            name + " carries an undocumented checklist item: " + value);
                } else if (value.origin().equals("preset " + name)) {
                    assertTrue(TABLE.containsKey(value.name()), name + " sets an undocumented value: " + value);
                }
            }
        }
    }

    @Test
    void theDefaultPresetIsTheBuiltInPolicy() {
        Policy preset = preset("default");
        assertEquals(DEFAULTS.minScore(), preset.minScore());
        assertEquals(DEFAULTS.rules(), preset.rules());
        assertEquals(DEFAULTS.security(), preset.security());
        assertEquals(DEFAULTS.waivers(), preset.waivers());
    }

    @Test
    void eachLevelIsAtLeastAsStrictAsTheOneBelowOnEveryValueAndStricterOnSome() {
        for (int level = 2; level < Presets.NAMES.size(); level++) {
            List<String> stricter = new ArrayList<>();
            for (Row row : ROWS) {
                double below = row.strictness().apply(TABLE.get(row.name()).get(level - 1));
                double above = row.strictness().apply(TABLE.get(row.name()).get(level));
                assertTrue(above >= below, Presets.NAMES.get(level) + " is looser on " + row.name());
                if (above > below) {
                    stricter.add(row.name());
                }
            }
            assertNotEquals(List.of(), stricter, Presets.NAMES.get(level) + " is no stricter than the level below");
        }
    }

    @Test
    void silverAndGoldDifferFromTheLevelBelowOnTheseValues() {
        assertEquals(
                List.of(
                        "minScore",
                        "coverage.line threshold",
                        "coverage.branch threshold",
                        "coverage.branch level",
                        "dependencies.audit level",
                        "deployment.health level",
                        "data.migrations level",
                        "security blockingSeverity",
                        "waiverSettings maxDaysAhead"),
                differing(1, 2));
        assertEquals(
                List.of(
                        "minScore",
                        "coverage.line threshold",
                        "coverage.branch threshold",
                        "observability.metrics level",
                        "observability.logging level",
                        "deployment.container level",
                        "deployment.kubernetes level",
                        "security maxAuditAgeDays",
                        "waiverSettings maxDaysAhead"),
                differing(2, 3));
    }

    private static List<String> differing(int below, int above) {
        return ROWS.stream()
                .map(Row::name)
                .filter(name -> !java.util.Objects.equals(
                        TABLE.get(name).get(below), TABLE.get(name).get(above)))
                .toList();
    }

    private static double levelStrictness(Object level) {
        return level == RuleLevel.ERROR ? 2 : level == RuleLevel.WARN ? 1 : 0;
    }

    /** A limit in days: none is the loosest, fewer days stricter. */
    private static double limitStrictness(Object days) {
        return days == null ? Double.NEGATIVE_INFINITY : -((Integer) days);
    }

    private static List<Object> nullable(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
