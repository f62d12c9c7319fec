package io.github.readiness.rules.rule;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.RuleMetadata;
import java.util.function.Function;

/**
 * The usual rule: judges one part of the evidence, and is not applicable when that part was not read (its own
 * evidence rule, or the evidence table, says why). A subclass holds only its metadata and its judgement:
 *
 * <pre>{@code
 * public final class ReadmeRule extends AbstractRule<RepositoryFiles> {
 *     public ReadmeRule() { super(METADATA, ProjectEvidence::repository); }
 *     protected RuleOutcome judge(RepositoryFiles files, RuleContext context) { ... }
 * }
 * }</pre>
 *
 * @param <T> the evidence part the rule judges
 */
public abstract class AbstractRule<T> implements Rule {
    private final RuleMetadata metadata;
    private final Function<ProjectEvidence, Collected<T>> part;

    /**
     * @param part the evidence the rule judges, e.g. {@code ProjectEvidence::coverage}
     */
    protected AbstractRule(RuleMetadata metadata, Function<ProjectEvidence, Collected<T>> part) {
        this.metadata = metadata;
        this.part = part;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final RuleOutcome evaluate(RuleContext context) {
        Collected<T> evidence = part.apply(context.evidence());
        return evidence.isRead() ? judge(evidence.value(), context) : RuleOutcome.notApplicable();
    }

    /** The rule's judgement of evidence that was read. */
    protected abstract RuleOutcome judge(T evidence, RuleContext context);
}
