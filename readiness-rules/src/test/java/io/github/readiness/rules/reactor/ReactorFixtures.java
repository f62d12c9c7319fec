package io.github.readiness.rules.reactor;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Module results from plain numbers, as a front end or a benchmark would build them. */
final class ReactorFixtures {
    static final ToolInfo TOOL = new ToolInfo("readiness-maven-plugin", "test");
    static final ProjectInfo ROOT = project("root");

    private ReactorFixtures() {}

    static ProjectInfo project(String artifactId) {
        return new ProjectInfo("com.example", artifactId, "1.0.0", artifactId);
    }

    static Map<CounterType, Counter> lines(long covered, long missed) {
        Map<CounterType, Counter> counters = new EnumMap<>(CounterType.class);
        counters.put(CounterType.LINE, new Counter(missed, covered));
        return counters;
    }

    static Map<CounterType, Counter> linesAndBranches(long covered, long missed, long bCovered, long bMissed) {
        Map<CounterType, Counter> counters = lines(covered, missed);
        counters.put(CounterType.BRANCH, new Counter(bMissed, bCovered));
        return counters;
    }

    /** A checked module with one category score and the given findings. */
    static ModuleResult module(
            String name, Integer score, Verdict verdict, Map<CounterType, Counter> coverage, Finding... findings) {
        List<String> reasons = new ArrayList<>();
        if (verdict == Verdict.NOT_READY) {
            reasons.add("1 blocking finding to fix or waive");
        } else if (verdict == Verdict.CONDITIONAL) {
            reasons.add("1 HIGH finding to fix or waive");
        }
        List<CategoryScore> categories =
                List.of(new CategoryScore(Category.TEST_COVERAGE, 3, score, findings.length, 0, 0, 0));
        Scorecard card = Scorecard.builder(TOOL, project(name))
                .score(score, 80)
                .verdict(verdict, reasons)
                .categories(categories)
                .findings(List.of(findings))
                .build();
        return ModuleResult.checked(project(name), name, card, coverage);
    }

    static Finding blocker(String rule, String key) {
        return new Finding(
                rule,
                Category.TEST_COVERAGE,
                Severity.CRITICAL,
                true,
                key,
                rule + " " + key,
                0.5,
                0.8,
                null,
                "fix it",
                60,
                false);
    }

    static Finding info(String rule, String key) {
        return new Finding(
                rule,
                Category.DOCUMENTATION,
                Severity.LOW,
                false,
                key,
                rule + " " + key,
                null,
                null,
                null,
                "fix it",
                10,
                false);
    }

    /** {@code count} modules of mixed sizes, scores and coverage, for measurements. */
    static List<ModuleResult> generated(int count) {
        List<ModuleResult> modules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long lines = 100 + (i * 37L) % 900;
            long covered = lines * (50 + (i * 13) % 50) / 100;
            Finding[] findings = i % 5 == 0
                    ? new Finding[] {blocker("coverage.line", "line"), info("docs.readme", "README")}
                    : new Finding[] {info("docs.readme", "README")};
            Verdict verdict = i % 5 == 0 ? Verdict.NOT_READY : Verdict.READY;
            modules.add(module(
                    "module-" + i,
                    60 + i % 40,
                    verdict,
                    linesAndBranches(covered, lines - covered, covered / 3, lines / 10),
                    findings));
        }
        return modules;
    }
}
