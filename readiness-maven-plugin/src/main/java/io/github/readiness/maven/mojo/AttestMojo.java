package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.EffectivePolicy;
import io.github.readiness.maven.evidence.ReactorModules;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.checklist.EvidenceReference;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.policy.Nearest;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.AttestationsFile;
import io.github.readiness.rules.policy.file.ProjectPolicyFile;
import io.github.readiness.rules.policy.file.TracedPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records that a person did a checklist item: appends (or renews) an attestation with today's date to
 * {@code readiness-attestations.yaml}, so nobody hand-edits dates:
 *
 * <pre>
 * mvn readiness:attest -Ditem=rollback-tested -Devidence=docs/runbooks/rollback.md -Dby=payments-team
 * </pre>
 *
 * The item must be one of the effective policy's attested checklist items; the evidence must be a file inside the
 * repository that exists, or an https URL without credentials (recorded, never fetched). The file sits beside the
 * project's policy file (else at the reactor root), stays sorted by item with one attestation per item, and is written
 * atomically. Runs once per build, at the reactor root, where the checklist is judged.
 */
@Mojo(name = "attest", aggregator = true, threadSafe = true)
public class AttestMojo extends AbstractPolicyMojo {
    /**
     * The id of the checklist item to attest, as the policy lists it (e.g. {@code rollback-tested}). Required.
     * @since 0.1.0
     */
    @Parameter(property = "item")
    private String item;

    /**
     * What proves it: a path relative to the directory of readiness-attestations.yaml (the project root) that exists,
     * e.g. {@code docs/runbooks/rollback.md}, or an https URL without credentials. Required.
     * @since 0.1.0
     */
    @Parameter(property = "evidence")
    private String evidence;

    /**
     * Who attests it (a person or a team). Default: {@code git config user.name} of the repository when git is
     * available; without either the goal fails asking for {@code -Dby}.
     * @since 0.1.0
     */
    @Parameter(property = "by")
    private String by;

    @Override
    protected String goal() {
        return "attest";
    }

    @Override
    protected void run() throws MojoExecutionException {
        if (item == null || item.isBlank() || evidence == null || evidence.isBlank()) {
            throw new MojoExecutionException("readiness:attest needs -Ditem=<checklist item id> and"
                    + " -Devidence=<repository file or https URL>, e.g. mvn readiness:attest -Ditem=rollback-tested"
                    + " -Devidence=docs/runbooks/rollback.md");
        }
        Path root = ReactorModules.root(session).getBasedir().toPath();
        TracedPolicy traced = EffectivePolicy.forModule(
                ReadinessEngine.withAvailableRules(AttestMojo.class.getClassLoader())
                        .defaultPolicy(),
                session,
                root,
                policyReference(),
                pomPolicy(),
                getClass().getClassLoader());
        String id = item.strip();
        checkItem(traced.policy().checklist().items(), id);
        Path file = attestationsFile(root);
        Path repository = file.getParent();
        String proof = evidence.strip();
        try {
            if (!EvidenceReference.check(proof, repository)) {
                throw new MojoExecutionException("evidence " + proof + " does not exist in " + repository
                        + ": commit the file first, or give an https URL");
            }
        } catch (PolicyException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        String author = author(repository);
        LocalDate today = LocalDate.ofInstant(session.getStartTime().toInstant(), ZoneOffset.UTC);
        String shown = PathDisplay.relative(root, file);
        try {
            AttestationsFile.Entry replaced =
                    AttestationsFile.record(file, new AttestationsFile.Entry(id, author, today, proof), shown);
            getLog().info("Attested " + id + " by " + author + " on " + today + " (" + proof + ") in " + shown
                    + (replaced == null
                            ? ""
                            : "; replaces the attestation of " + replaced.date() + " by " + replaced.by()));
        } catch (PolicyException e) {
            throw new MojoExecutionException(e.getMessage() + " (fix or delete the file, then attest again)");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkItem(List<ChecklistItem> items, String id) throws MojoExecutionException {
        ChecklistItem found =
                items.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
        if (found == null) {
            List<String> ids = items.stream().map(ChecklistItem::id).toList();
            String nearest = Nearest.of(id, ids);
            throw new MojoExecutionException("-Ditem=" + id + " is not an item of the checklist"
                    + (nearest != null
                            ? "; did you mean '" + nearest + "'?"
                            : ids.isEmpty()
                                    ? ": the policy has no checklist (add checklist: items to readiness.yaml or use"
                                            + " the silver preset)"
                                    : "; items: " + String.join(", ", ids)));
        }
        if (found.measured()) {
            throw new MojoExecutionException("checklist item " + id + " is measured by rule " + found.rule()
                    + " on every build: it needs no attestation (fix that rule's findings instead)");
        }
    }

    /** Beside the project's policy file, else at the reactor root. */
    private Path attestationsFile(Path root) {
        Path policyFile = ProjectPolicyFile.in(root, root);
        Path directory = policyFile == null ? root : policyFile.toAbsolutePath().getParent();
        return directory.resolve(ProjectPolicyFile.ATTESTATIONS);
    }

    private String author(Path repository) throws MojoExecutionException {
        if (by != null && !by.isBlank()) {
            return by.strip();
        }
        String name = GitUser.name(repository);
        if (name == null) {
            throw new MojoExecutionException("Who attests " + item + "? Pass -Dby=<name or team> (git config"
                    + " user.name is not set for " + repository + ", or git is not available)");
        }
        return name;
    }
}
