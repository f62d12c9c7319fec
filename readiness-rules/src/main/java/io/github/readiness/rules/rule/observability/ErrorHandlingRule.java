package io.github.readiness.rules.rule.observability;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.evidence.source.ErrorHandlingIssue;
import io.github.readiness.rules.evidence.source.ErrorHandlingKind;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code observability.error-handling}: in the main Java sources of a service, errors reach the logs instead of being
 * swallowed or printed to the console ({@link ErrorHandlingKind}, found by the one source scan). One finding per kind,
 * never blocking, with the count, the density and the first {@value #SHOWN} locations: empty catch blocks and broad
 * catches that neither log nor rethrow MEDIUM, {@code printStackTrace()} and {@code System.out/err} printing LOW;
 * {@value #MINUTES_PER_ISSUE} min per occurrence. Score, by density like static analysis: {@value #FORMULA}. N/A for
 * a library and when the sources were not scanned.
 */
public final class ErrorHandlingRule extends AbstractRule<SourceScan> {
    static final String FORMULA =
            "100 x 0.5^(d/20), d = (3 x MEDIUM + 1 x LOW occurrences) per 1,000 lines of code (at least 1 KLOC)";
    static final double HALF_SCORE_DENSITY = 20;
    static final int MINUTES_PER_ISSUE = 5;
    static final int SHOWN = 3;

    private static final RuleMetadata METADATA = RuleMetadata.builder(
                    "observability.error-handling", Category.OBSERVABILITY)
            .title("Errors reach the logs")
            .description("The main Java sources of a service neither swallow exceptions (empty catch blocks, catch of"
                    + " Exception/Throwable that neither logs nor rethrows) nor print them outside the logging"
                    + " configuration (printStackTrace(), System.out/System.err).")
            .remediation("Log the exception with its stack trace through the logging API (SLF4J: log.error(\"...\", e);"
                    + " Quarkus/JBoss Logging: Log.error(\"...\", e)) or rethrow it wrapped; say in a comment why an"
                    + " empty catch is right; replace System.out/err printing with a logger.")
            .effort(EffortModel.per(MINUTES_PER_ISSUE, "per occurrence"))
            .level(RuleLevel.WARN)
            .build();

    public ErrorHandlingRule() {
        super(METADATA, ProjectEvidence::sources);
    }

    @Override
    protected RuleOutcome judge(SourceScan sources, RuleContext context) {
        if (ServiceEvidence.of(context.evidence()).isEmpty()) {
            return RuleOutcome.notApplicable();
        }
        Map<ErrorHandlingKind, List<ErrorHandlingIssue>> byKind = new EnumMap<>(ErrorHandlingKind.class);
        for (ErrorHandlingIssue issue : sources.errorHandling()) {
            byKind.computeIfAbsent(issue.kind(), k -> new ArrayList<>()).add(issue);
        }
        double kloc = Math.max(sources.linesOfCode(), 1000) / 1000.0;
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        byKind.forEach((kind, issues) -> {
            String key = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            counts.put(key, issues.size());
            findings.add(context.finding(severity(kind), key, message(kind, issues, sources.linesOfCode()))
                    .at(issues.get(0).location())
                    .effort(MINUTES_PER_ISSUE * issues.size())
                    .notBlocking());
        });
        return RuleOutcome.scoredByFindings(findings, counted -> {
            double weighted = 0;
            for (Finding finding : counted) {
                weighted += (finding.severity() == Severity.MEDIUM ? 3 : 1) * counts.getOrDefault(finding.key(), 0);
            }
            return 100 * Math.pow(0.5, weighted / kloc / HALF_SCORE_DENSITY);
        });
    }

    static Severity severity(ErrorHandlingKind kind) {
        return switch (kind) {
            case EMPTY_CATCH, SWALLOWED_EXCEPTION -> Severity.MEDIUM;
            case PRINT_STACK_TRACE, CONSOLE_OUTPUT -> Severity.LOW;
        };
    }

    /** "3 x printStackTrace() call in the main sources (1.2 per 1,000 lines), first at A.java:3, B.java:9, ...". */
    private static String message(ErrorHandlingKind kind, List<ErrorHandlingIssue> issues, long linesOfCode) {
        StringBuilder message = new StringBuilder()
                .append(issues.size())
                .append(" x ")
                .append(kind.description())
                .append(" in the main sources");
        if (linesOfCode > 0) {
            message.append(String.format(Locale.ROOT, " (%.1f per 1,000 lines)", issues.size() * 1000.0 / linesOfCode));
        }
        message.append(issues.size() == 1 ? ", at " : ", first at ");
        List<String> shown = issues.stream()
                .limit(SHOWN)
                .map(issue -> issue.location().toString())
                .toList();
        message.append(String.join(", ", shown));
        if (issues.size() > SHOWN) {
            message.append(", ...");
        }
        return message.toString();
    }
}
