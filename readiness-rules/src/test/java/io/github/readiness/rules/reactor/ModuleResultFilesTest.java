package io.github.readiness.rules.reactor;

import static io.github.readiness.rules.reactor.ReactorFixtures.ROOT;
import static io.github.readiness.rules.reactor.ReactorFixtures.TOOL;
import static io.github.readiness.rules.reactor.ReactorFixtures.blocker;
import static io.github.readiness.rules.reactor.ReactorFixtures.info;
import static io.github.readiness.rules.reactor.ReactorFixtures.linesAndBranches;
import static io.github.readiness.rules.reactor.ReactorFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.readback.ModuleResultReader;
import io.github.readiness.rules.report.JsonRenderer;
import io.github.readiness.rules.report.JunitRenderer;
import io.github.readiness.rules.report.ModuleResultFiles;
import io.github.readiness.rules.report.OutputFormat;
import io.github.readiness.rules.report.ReactorMarkdown;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.report.SarifRenderer;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module's result written to files and read back gives the reactor verdict the object itself gives. */
class ModuleResultFilesTest {
    private static final List<RuleMetadata> KNOWN = Rules.metadata(Rules.builtIn());

    @TempDir
    Path dir;

    private static ModuleResult module(
            String name, int score, Verdict verdict, Map<CounterType, Counter> coverage, Finding... findings) {
        List<CategoryScore> categories = List.of(
                new CategoryScore(Category.TEST_COVERAGE, 3, score, findings.length, 0, 0, 0),
                new CategoryScore(Category.DOCUMENTATION, 1, null, 0, 0, 0, 0));
        List<String> reasons = verdict == Verdict.NOT_READY ? List.of("1 blocking finding to fix or waive") : List.of();
        Scorecard card = Scorecard.builder(TOOL, project(name))
                .score(score, 80)
                .verdict(verdict, reasons)
                .categories(categories)
                .findings(List.of(findings))
                .rules(KNOWN.subList(0, 4))
                .build();
        return ModuleResult.checked(project(name), name, card, coverage);
    }

    private ModuleResult roundTrip(ModuleResult module) throws IOException {
        Path out = dir.resolve(module.name());
        ReportFiles.writeAll(module.card(), out, Set.of(OutputFormat.JSON));
        ModuleResultFiles.write(out, module.card(), module.coverage());
        return ModuleResultReader.read(out, module.project(), module.path(), KNOWN);
    }

    @Test
    void theReactorResultFromFilesIsTheSameToTheByte() throws IOException {
        List<ModuleResult> modules = List.of(
                module("core", 100, Verdict.READY, linesAndBranches(90, 10, 8, 2), info("docs.readme", "README")),
                module("legacy", 60, Verdict.NOT_READY, linesAndBranches(4, 6, 0, 2), blocker("coverage.line", "line")),
                ModuleResult.unchecked(project("docs"), "docs", ModuleStatus.SKIPPED));
        List<ModuleResult> read = new ArrayList<>();
        for (ModuleResult module : modules) {
            read.add(module.isChecked() ? roundTrip(module) : module);
        }
        Policy policy = ReadinessEngine.withBuiltInRules().defaultPolicy().withCoverageScope("both");
        ReactorResult fromObjects = new ReactorAggregator().aggregate(ROOT, TOOL, policy, modules, null);
        ReactorResult fromFiles = new ReactorAggregator().aggregate(ROOT, TOOL, policy, read, null);
        assertEquals(render(fromObjects), render(fromFiles));
        assertEquals(modules.get(1).coverage(), read.get(1).coverage());
        assertEquals(modules.get(1).card().rules(), read.get(1).card().rules());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path out = dir.resolve("core");
        ModuleResult module = module("core", 100, Verdict.READY, Map.of());
        ReportFiles.writeAll(module.card(), out, Set.of(OutputFormat.JSON));
        assertTrue(!ModuleResultFiles.exists(out));
        IOException e =
                assertThrows(IOException.class, () -> ModuleResultReader.read(out, module.project(), "core", KNOWN));
        assertEquals(out.resolve(ModuleResultFiles.FILE) + " does not exist", e.getMessage());
        ModuleResultFiles.write(out, module.card(), Map.of());
        Files.delete(out.resolve(ReportFiles.JSON));
        e = assertThrows(IOException.class, () -> ModuleResultReader.read(out, module.project(), "core", KNOWN));
        assertEquals(out.resolve(ReportFiles.JSON) + " does not exist", e.getMessage());
    }

    private static String render(ReactorResult reactor) throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(reactor, out);
        out.write("\n---\n");
        SarifRenderer.write(reactor, out);
        out.write("\n---\n");
        JunitRenderer.write(reactor, out);
        out.write("\n---\n");
        ReactorMarkdown.write(reactor, out);
        return out.toString();
    }
}
