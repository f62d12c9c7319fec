package io.github.readiness.rules.rule.hygiene;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/**
 * A documentation rule that wants one repository file: score 100 when found, 0 with one non-blocking finding when
 * missing; not applicable when the repository was not scanned.
 */
abstract class RepositoryFileRule implements Rule {
    private final RuleMetadata metadata;
    private final RepositoryFileCheck check;
    private final Severity severity;
    private final int effortMinutes;

    RepositoryFileRule(RuleMetadata metadata, RepositoryFileCheck check, Severity severity, int effortMinutes) {
        this.metadata = metadata;
        this.check = check;
        this.severity = severity;
        this.effortMinutes = effortMinutes;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final RuleOutcome evaluate(RuleContext context) {
        Collected<RepositoryFiles> repository = context.evidence().repository();
        if (!repository.isRead()) {
            return RuleOutcome.notApplicable();
        }
        if (check.isFound(repository.value())) {
            return RuleOutcome.scored(100, List.of());
        }
        return RuleOutcome.scored(0, List.of(check.missing(context, repository.value(), severity,
                metadata.remediation(), effortMinutes)));
    }
}
