package io.github.readiness.benchmarks;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Module results of a generated reactor, deterministic from a seed: what each module's check hands to the reactor
 * step (its scorecard with findings, its coverage counters), without running the per-module work.
 */
public final class ReactorCorpus {
    static final ToolInfo TOOL = new ToolInfo("readiness-maven-plugin", "bench");

    private ReactorCorpus() {}

    /** {@code modules} results with {@code findingsPerModule} findings each; every fifth module is NOT_READY. */
    public static List<ModuleResult> modules(int modules, int findingsPerModule, long seed) {
        Random random = new Random(seed);
        List<ModuleResult> results = new ArrayList<>(modules);
        for (int i = 0; i < modules; i++) {
            ProjectInfo project = new ProjectInfo("com.example", "module-" + i, "1.0.0", "Module " + i);
            long lines = 100 + random.nextInt(5_000);
            long covered = lines * (40 + random.nextInt(60)) / 100;
            long branches = lines / 4;
            long coveredBranches = branches * (30 + random.nextInt(70)) / 100;
            Map<CounterType, Counter> counters = new EnumMap<>(CounterType.class);
            counters.put(CounterType.LINE, new Counter(lines - covered, covered));
            counters.put(CounterType.BRANCH, new Counter(branches - coveredBranches, coveredBranches));
            boolean notReady = i % 5 == 0;
            List<Finding> findings = new ArrayList<>(findingsPerModule);
            for (int f = 0; f < findingsPerModule; f++) {
                Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                Category category = Category.values()[random.nextInt(Category.values().length)];
                findings.add(new Finding(
                        "quality.scanners",
                        category,
                        severity,
                        notReady && f == 0,
                        "key-" + f,
                        "finding " + f + " of module " + i,
                        null,
                        null,
                        new Location("src/main/java/com/example/M" + i + "/C" + f + ".java", 1 + random.nextInt(400)),
                        "fix it",
                        5 + random.nextInt(120),
                        false));
            }
            List<CategoryScore> categories = new ArrayList<>();
            for (Category category : Category.values()) {
                categories.add(
                        new CategoryScore(category, category.defaultWeight(), 50 + random.nextInt(51), 1, 0, 10, 0));
            }
            Scorecard card = Scorecard.builder(TOOL, project)
                    .score(50 + random.nextInt(51), 80)
                    .verdict(notReady ? Verdict.NOT_READY : Verdict.READY, List.of())
                    .categories(categories)
                    .findings(findings)
                    .build();
            results.add(ModuleResult.checked(project, "module-" + i, card, counters));
        }
        return List.copyOf(results);
    }
}
