package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.repository.RepositoryFile;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;

/**
 * {@code docs.security-policy}: the repository has a security policy ({@code SECURITY} or {@code SECURITY.*}, any
 * case) in the module, a parent up to the repository root, or their {@code docs/} and {@code .github/}: it tells a
 * finder how to report a vulnerability without publishing it. Missing: one LOW finding that never blocks. Score: 100
 * when found, 0 when missing. Effort: {@value #EFFORT_MINUTES} min.
 */
public final class SecurityPolicyRule extends RepositoryFileRule {
    static final int EFFORT_MINUTES = 30;

    private static final RuleMetadata METADATA = RuleMetadata.builder("docs.security-policy", Category.DOCUMENTATION)
            .title("Security policy")
            .description(
                    "The repository has a security policy (SECURITY.md) in the module, a parent up to the repository root,"
                            + " or their docs/ and .github/ folders.")
            .remediation(
                    "Add SECURITY.md: how to report a vulnerability privately (an address or the forge's private advisory"
                            + " form), when to expect an answer, and which versions receive security fixes.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to write a security policy"))
            .build();

    static final RepositoryFileCheck CHECK = new RepositoryFileCheck(
            RepositoryFile.SECURITY_POLICY, "SECURITY policy", "SECURITY, SECURITY.md, SECURITY.*", true);

    public SecurityPolicyRule() {
        super(METADATA, CHECK, Severity.LOW, EFFORT_MINUTES);
    }
}
