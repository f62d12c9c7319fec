package io.github.readiness.rules.reactor;

import static io.github.readiness.rules.reactor.ReactorFixtures.ROOT;
import static io.github.readiness.rules.reactor.ReactorFixtures.TOOL;
import static io.github.readiness.rules.reactor.ReactorFixtures.blocker;
import static io.github.readiness.rules.reactor.ReactorFixtures.info;
import static io.github.readiness.rules.reactor.ReactorFixtures.lines;
import static io.github.readiness.rules.reactor.ReactorFixtures.linesAndBranches;
import static io.github.readiness.rules.reactor.ReactorFixtures.module;
import static io.github.readiness.rules.reactor.ReactorFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.GoldenFiles;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.report.JsonRenderer;
import io.github.readiness.rules.report.ReactorMarkdown;
import io.github.readiness.rules.report.ReactorSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reactor's readiness.json, readiness.md and console lines, against golden files. */
class ReactorReportGoldenTest {
    private static ReactorResult reactor() {
        List<ModuleResult> modules = List.of(
                module("root", null, Verdict.READY, Map.of()),
                module("core", 100, Verdict.READY, linesAndBranches(90, 10, 8, 2), info("docs.readme", "README")),
                module("legacy", 60, Verdict.NOT_READY, lines(4, 6), blocker("coverage.line", "line")),
                ModuleResult.unchecked(project("docs"), "docs", ModuleStatus.SKIPPED),
                ModuleResult.unchecked(project("tools"), "tools", ModuleStatus.NOT_BUILT));
        AggregateReport empty = AggregateReport.read(
                "target/site/jacoco-aggregate/jacoco.xml", new CoverageEvidence("jacoco.xml", Map.of(), List.of()));
        return new ReactorAggregator()
                .aggregate(
                        ROOT,
                        TOOL,
                        ReadinessEngine.withBuiltInRules().defaultPolicy().withCoverageScope("both"),
                        modules,
                        empty);
    }

    @Test
    void json() throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(reactor(), out);
        GoldenFiles.assertGolden("reactor/readiness.json", out.toString());
    }

    @Test
    void markdown() throws IOException {
        StringWriter out = new StringWriter();
        ReactorMarkdown.write(reactor(), out);
        GoldenFiles.assertGolden("reactor/readiness.md", out.toString());
    }

    @Test
    void consoleAndFailureMessage() {
        ReactorResult reactor = reactor();
        String text = String.join("\n", ReactorSummary.lines(reactor, "target/readiness/readiness.md")) + "\n---\n"
                + ReactorSummary.failureMessage(reactor, "target/readiness/readiness.md") + "\n";
        GoldenFiles.assertGolden("reactor/console.txt", text);
        assertEquals(Verdict.NOT_READY, reactor.card().verdict());
    }
}
