package io.github.readiness.rules.report;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.readiness.rules.EvaluationRequest;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.baseline.Baseline;
import io.github.readiness.rules.baseline.CoverageRatios;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import io.github.readiness.rules.evidence.performance.PerformanceEvidence;
import io.github.readiness.rules.evidence.performance.ScenarioResult;
import io.github.readiness.rules.policy.PerformanceBudget;
import io.github.readiness.rules.policy.PerformancePolicy;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.score.Scorecard;
import java.io.StringWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The performance figures in readiness.json (valid against the schema), readiness.md and the console. */
class PerformanceReportTest {
    private static final ReadinessEngine ENGINE = ReadinessEngine.withBuiltInRules();

    @Test
    void scenariosAndBenchmarkDeltasAreInEveryReport() throws Exception {
        Scorecard card = card();
        StringWriter json = new StringWriter();
        JsonRenderer.write(card, json);
        JsonNode document = new ObjectMapper().readTree(json.toString());
        assertEquals(
                Set.of(),
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(Files.readString(ReadinessSchemaTest.SCHEMA))
                        .validate(document));
        JsonNode performance = document.at("/measurements/performance");
        assertEquals(
                "{\"scenario\":\"checkout\",\"tool\":\"jmeter\",\"file\":\"target/jmeter/results/a.csv\",\"samples\":200,"
                        + "\"errors\":12,\"errorRate\":0.06,\"p50\":300,\"p95\":950,\"p99\":1800,\"throughput\":40}",
                performance.at("/scenarios/0").toString());
        assertEquals(
                "{\"id\":\"a.B.parse\",\"mode\":\"avgt\",\"unit\":\"ms/op\",\"score\":2.5,\"error\":0.04,"
                        + "\"baselineScore\":2,\"baselineError\":0.05,\"change\":0.25}",
                performance.at("/benchmarks/0").toString());

        StringWriter md = new StringWriter();
        MarkdownRenderer.write(card, md);
        assertTrue(md.toString().contains("""
                ## Performance

                Load tests (latencies in ms; p50/p95/p99 nearest rank):

                | Scenario | Tool | Samples | Errors | p50 | p95 | p99 | Throughput |
                |---|--:|--:|--:|--:|--:|--:|--:|
                | checkout | jmeter | 200 | 6 % | 300 | 950 | 1800 | 40/s |

                JMH benchmarks (score ± the 99.9 % error JMH reports):

                | Benchmark | Mode | Score | Baseline | Change |
                |---|--:|--:|--:|--:|
                | a.B.parse | avgt | 2.5 ± 0.04 ms/op | 2 ± 0.05 ms/op | +25 % |
                """), md.toString());

        // the console: one line for each missed budget and the regression, under the blockers
        String console = String.join("\n", ConsoleSummary.lines(card, "target/readiness/readiness.md"));
        assertTrue(
                console.contains(
                        "[HIGH] performance.budgets: p95 of checkout is 950 ms, but the budget is at most" + " 800 ms"),
                console);
        assertTrue(console.contains("[HIGH] performance.benchmark-regression: a.B.parse regressed by 25 %"), console);
    }

    static Scorecard card() {
        PerformanceEvidence results = new PerformanceEvidence(
                List.of(new ScenarioResult(
                        "jmeter", "checkout", 200, 12, 300.0, 950.0, 1800.0, 40.0, "target/jmeter/results/a.csv")),
                List.of(new BenchmarkResult("a.B.parse", "avgt", 2.5, 0.04, "ms/op")),
                List.of(),
                List.of(),
                List.of());
        Policy policy = ENGINE.defaultPolicy()
                .withPerformance(PerformancePolicy.DEFAULT.withBudgets(
                        List.of(new PerformanceBudget("checkout", 800.0, null, null, null))));
        Baseline baseline = new Baseline(
                "com.acme:payments",
                null,
                List.of(),
                CoverageRatios.NOT_MEASURED,
                List.of(),
                List.of(new BenchmarkResult("a.B.parse", "avgt", 2.0, 0.05, "ms/op")));
        EvaluationRequest request = EvaluationRequest.of(
                        PROJECT,
                        TOOL,
                        healthy().withPerformance(Collected.read(results, List.of())),
                        policy,
                        LocalDate.of(2026, 12, 7))
                .withBaseline(baseline, "readiness-baseline.json");
        return ENGINE.evaluate(request);
    }
}
