package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/**
 * A documentation rule that wants one repository file: score 100 when found, 0 with one non-blocking finding when
 * missing; not applicable when the repository was not scanned.
 */
abstract class RepositoryFileRule extends AbstractRule<RepositoryFiles> {
    private final RepositoryFileCheck check;
    private final Severity severity;
    private final int effortMinutes;

    RepositoryFileRule(RuleMetadata metadata, RepositoryFileCheck check, Severity severity, int effortMinutes) {
        super(metadata, ProjectEvidence::repository);
        this.check = check;
        this.severity = severity;
        this.effortMinutes = effortMinutes;
    }

    @Override
    protected final RuleOutcome judge(RepositoryFiles repository, RuleContext context) {
        if (check.isFound(repository)) {
            return RuleOutcome.scored(100, List.of());
        }
        return RuleOutcome.scored(
                0,
                List.of(check.missing(context, repository, severity, metadata().remediation(), effortMinutes)));
    }
}
