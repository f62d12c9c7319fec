package io.github.readiness.rules.rule.performance;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import io.github.readiness.rules.evidence.performance.PerformanceEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code performance.benchmark-regression}: no JMH benchmark got worse than the baseline
 * ({@code readiness-baseline.json}, written by {@code readiness:baseline}) by more than {@code
 * performance.benchmarks.maxRegression}. A change counts only when it is also larger than the two error intervals
 * together (the baseline's {@code scoreError} plus this run's): JMH's noise alone never raises a finding.
 *
 * <p>A regression beyond both is HIGH and blocks; when either run has no error interval (a single iteration) noise
 * cannot be ruled out, so it is MEDIUM and does not block. An improvement beyond both is INFO. Benchmarks are matched
 * by method, parameters and mode; a different unit is not compared (INFO). Score: the share of compared benchmarks
 * that did not regress. N/A without JMH results or without benchmarks in the baseline.
 */
public final class BenchmarkRegressionRule extends AbstractRule<PerformanceEvidence> {
    public static final String ID = "performance.benchmark-regression";
    static final int EFFORT_MINUTES = 120;

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, Category.PERFORMANCE)
            .title("Benchmark regression")
            .description("No JMH benchmark got worse than in the committed baseline by more than"
                    + " performance.benchmarks.maxRegression (10 % by default) and more than the two runs' error"
                    + " intervals together.")
            .remediation("Profile the benchmark named against the baseline's commit (JMH -prof gc or -prof stack, or a"
                    + " JFR recording) and fix the change that slowed it; if the new score is accepted, write a new"
                    + " baseline with mvn readiness:baseline and commit it.")
            .effort(EffortModel.per(EFFORT_MINUTES, "per benchmark that regressed"))
            .build();

    public BenchmarkRegressionRule() {
        super(METADATA, ProjectEvidence::performance);
    }

    @Override
    protected RuleOutcome judge(PerformanceEvidence evidence, RuleContext context) {
        if (evidence.benchmarks().isEmpty() || evidence.baseline().isEmpty()) {
            return RuleOutcome.notApplicable();
        }
        double tolerance = context.policy().performance().maxRegression();
        List<Finding> findings = new ArrayList<>();
        int compared = 0;
        int regressed = 0;
        for (BenchmarkResult now : evidence.benchmarks()) {
            BenchmarkResult was = evidence.baseline().stream()
                    .filter(b -> b.id().equals(now.id()) && b.mode().equals(now.mode()))
                    .findFirst()
                    .orElse(null);
            if (was == null) {
                continue;
            }
            if (!was.unit().equals(now.unit())) {
                findings.add(context.finding(
                                Severity.INFO,
                                now.id() + ":unit",
                                now.id() + " is measured in " + now.unit() + ", the baseline in " + was.unit()
                                        + ": not compared")
                        .effort(0)
                        .notBlocking());
                continue;
            }
            compared++;
            Delta delta = Delta.of(was, now);
            if (Math.abs(delta.relative()) <= tolerance || Math.abs(delta.worse()) <= delta.errors()) {
                continue;
            }
            if (delta.worse() > 0) {
                regressed++;
                findings.add(regression(was, now, delta, tolerance, context));
            } else {
                findings.add(context.finding(
                                Severity.INFO,
                                now.id() + ":improved",
                                now.id() + " improved by " + Figures.percent(-delta.relative()) + ": "
                                        + describe(was, now))
                        .measured(now.score())
                        .expected(was.score())
                        .effort(0)
                        .notBlocking());
            }
        }
        if (compared == 0) {
            return findings.isEmpty() ? RuleOutcome.notApplicable() : RuleOutcome.unscored(findings);
        }
        return RuleOutcome.scored(100.0 * (compared - regressed) / compared, findings);
    }

    /**
     * @param worse how much worse the score got, in its unit (negative when it improved)
     * @param relative {@code worse} as a ratio of the baseline's score
     * @param errors the two error intervals together; 0 for an unknown one
     * @param certain both runs have error intervals
     */
    record Delta(double worse, double relative, double errors, boolean certain) {
        static Delta of(BenchmarkResult was, BenchmarkResult now) {
            double worse = now.higherIsBetter() ? was.score() - now.score() : now.score() - was.score();
            double errors = (was.hasError() ? was.error() : 0) + (now.hasError() ? now.error() : 0);
            return new Delta(worse, worse / Math.abs(was.score()), errors, was.hasError() && now.hasError());
        }
    }

    private static Finding regression(
            BenchmarkResult was, BenchmarkResult now, Delta delta, double tolerance, RuleContext context) {
        String message = now.id() + " regressed by " + Figures.percent(delta.relative()) + ": " + describe(was, now)
                + "; more than the " + Figures.percent(tolerance) + " allowed"
                + (delta.certain()
                        ? " and than the error intervals together (" + Figures.number(delta.errors()) + " " + now.unit()
                                + ")"
                        : ", but a run without error interval (a single iteration) cannot rule out noise");
        return context.finding(delta.certain() ? Severity.HIGH : Severity.MEDIUM, now.id() + ":" + now.mode(), message)
                .measured(now.score())
                .expected(was.score())
                .blocking(delta.certain());
    }

    private static String describe(BenchmarkResult was, BenchmarkResult now) {
        return Figures.number(now.score()) + error(now) + " " + now.unit() + " (" + now.mode() + ") against "
                + Figures.number(was.score()) + error(was) + " in the baseline";
    }

    private static String error(BenchmarkResult result) {
        return result.hasError() ? " ± " + Figures.number(result.error()) : "";
    }
}
