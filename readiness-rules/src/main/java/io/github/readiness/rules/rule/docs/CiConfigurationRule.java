package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.repository.RepositoryFile;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;

/**
 * {@code docs.ci}: the repository has a CI configuration in the module or a parent up to the repository root:
 * {@code .github/workflows/} holding at least one {@code *.yml}/{@code *.yaml}, {@code .gitlab-ci.yml},
 * {@code Jenkinsfile}, {@code azure-pipelines.yml}, {@code .circleci/config.yml}, {@code .travis.yml},
 * {@code bitbucket-pipelines.yml}, {@code .drone.yml} or {@code .buildkite/}. Missing: one MEDIUM finding that never
 * blocks (the gate itself may be running on a developer's machine). Score: 100 when found, 0 when missing. Effort:
 * {@value #EFFORT_MINUTES} min.
 */
public final class CiConfigurationRule extends RepositoryFileRule {
    static final int EFFORT_MINUTES = 120;

    private static final RuleMetadata METADATA = RuleMetadata.builder("docs.ci", Category.DOCUMENTATION)
            .title("CI configuration")
            .description(
                    "The repository has a CI pipeline configuration (.github/workflows, .gitlab-ci.yml, Jenkinsfile,"
                            + " azure-pipelines.yml, .circleci...) in the module or a parent up to the repository root.")
            .remediation(
                    "Add a CI pipeline that runs mvn verify (the tests and this readiness gate) on every push and pull"
                            + " request, e.g. .github/workflows/build.yml, .gitlab-ci.yml or a Jenkinsfile.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to set up a CI pipeline"))
            .build();

    static final RepositoryFileCheck CHECK = new RepositoryFileCheck(
            RepositoryFile.CI_CONFIGURATION,
            "CI configuration",
            ".github/workflows/*.yml, .gitlab-ci.yml, Jenkinsfile, azure-pipelines.yml,"
                    + " .circleci/config.yml, .travis.yml, bitbucket-pipelines.yml, .drone.yml, .buildkite/",
            false);

    public CiConfigurationRule() {
        super(METADATA, CHECK, Severity.MEDIUM, EFFORT_MINUTES);
    }
}
