package io.github.readiness.rules.rule.performance;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.performance.PerformanceEvidence;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code performance.evidence}: a service has performance results of this build, and every result file found could be
 * used. A service without any gets one MEDIUM finding that says how to produce them; a result older than the classes,
 * another tool's file in a results folder or an empty results folder each get a MEDIUM finding naming the file. Never
 * blocking: a load test often runs in a later stage than the build, so its absence is a policy decision (level ERROR
 * does not make these findings block; a budget does). Unscored. N/A for a library without results.
 */
public final class PerformanceEvidenceRule implements Rule {
    public static final String ID = "performance.evidence";
    static final int EFFORT_MINUTES = 240;

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, Category.PERFORMANCE)
            .title("Performance evidence")
            .description("A deployable service has load-test or benchmark results of this build (Gatling, JMeter, k6,"
                    + " JMH), newer than its classes, and every file in a results folder is a result the gate can"
                    + " read.")
            .remediation("Run a load test in the build and keep its results where the gate reads them:"
                    + " gatling-maven-plugin (target/gatling), jmeter-maven-plugin (target/jmeter/results), k6 run"
                    + " --summary-export=target/k6/summary.json, JMH with -rf json -rff target/jmh-result.json; or list"
                    + " the files under performanceReports. Then set budgets under performance.budgets.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to set up a load test in the build"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        Collected<PerformanceEvidence> performance = context.evidence().performance();
        List<Finding> findings = new ArrayList<>();
        if (performance.isRead()) {
            for (EvidenceRecord problem : performance.value().problems()) {
                findings.add(context.finding(Severity.MEDIUM, problem.status() + ":" + problem.path(), message(problem))
                        .at(Location.of(problem.path()))
                        .remediation(remediation(problem.status()))
                        .effort(15)
                        .notBlocking());
            }
        }
        Optional<ServiceEvidence> service = ServiceEvidence.of(context.evidence());
        boolean noResults = !performance.isRead() || performance.value().isEmpty();
        if (service.isPresent() && noResults && performance.status() != EvidenceStatus.NOT_APPLICABLE) {
            findings.add(context.finding(
                            Severity.MEDIUM,
                            "no-results",
                            "no performance results for this service: nothing shows it meets a latency, error-rate or"
                                    + " throughput target (" + detail(performance) + ")")
                    .notBlocking());
        }
        return findings.isEmpty() ? RuleOutcome.notApplicable() : RuleOutcome.unscored(findings);
    }

    private static String message(EvidenceRecord problem) {
        return switch (problem.status()) {
            case STALE -> "stale performance result " + problem.path() + ": " + problem.detail();
            case INVALID -> problem.path() + " is " + problem.detail();
            default -> problem.path() + ": " + problem.detail();
        };
    }

    private static String remediation(EvidenceStatus status) {
        return status == EvidenceStatus.STALE
                ? "Run the load test or benchmark again on this build's classes (mvn clean verify with the test's"
                        + " profile), or remove the old results."
                : "Fix what the message names, then run the build again.";
    }

    private static String detail(Collected<PerformanceEvidence> performance) {
        return performance.isRead() ? "every result file found was set aside" : performance.detail();
    }
}
