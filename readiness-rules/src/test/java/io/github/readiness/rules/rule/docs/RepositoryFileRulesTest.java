package io.github.readiness.rules.rule.docs;

import static io.github.readiness.rules.rule.docs.DocumentationFixtures.build;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.evidence;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.notCollected;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.repository;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.run;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.build.PomMetadata;
import io.github.readiness.rules.evidence.repository.RepositoryFile;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs.readme, docs.security-policy, docs.changelog and docs.ci: one file each, 100 when found, 0 when missing. */
class RepositoryFileRulesTest {
    private static final Map<String, Rule> RULES = Map.of(
            "docs.readme", new ReadmeRule(),
            "docs.security-policy", new SecurityPolicyRule(),
            "docs.changelog", new ChangelogRule(),
            "docs.ci", new CiConfigurationRule(),
            "docs.license", new LicenseRule(),
            "docs.pom-metadata", new PomMetadataRule());

    @ParameterizedTest(name = "{0} with {1} at {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        docs.readme          | README           | README.md           | 100
        docs.readme          | README           | ../../docs/readme   | 100
        docs.security-policy | SECURITY_POLICY  | ../.github/SECURITY.md | 100
        docs.changelog       | CHANGELOG        | ../CHANGES.txt      | 100
        docs.ci              | CI_CONFIGURATION | ../.github/workflows | 100
        docs.ci              | CI_CONFIGURATION | Jenkinsfile         | 100
        docs.readme          | LICENSE          | ../LICENSE          | 0
        docs.security-policy | README           | README.md           | 0
        docs.changelog       | CI_CONFIGURATION | .gitlab-ci.yml      | 0
        docs.ci              | CHANGELOG        | CHANGELOG.md        | 0
        docs.ci              | ENV_EXAMPLE      | .env.example        | 0
        """)
    void scoresTheFileOfItsKindOnly(String id, RepositoryFile kind, String path, double score) {
        RuleOutcome outcome = run(
                RULES.get(id), evidence(notCollected(), repository(List.of(".", "..", "../.."), Map.of(kind, path))));

        assertEquals(score, outcome.score());
        assertEquals(score == 100 ? 0 : 1, outcome.findings().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        docs.readme          | readme           | MEDIUM | 60  | no README in . or .. (looked for README, README.md, README.adoc, README.* there and in docs/, .github/)
        docs.security-policy | security-policy  | LOW    | 30  | no SECURITY policy in . or .. (looked for SECURITY, SECURITY.md, SECURITY.* there and in docs/, .github/)
        docs.changelog       | changelog        | LOW    | 30  | no CHANGELOG in . or .. (looked for CHANGELOG*, CHANGES*, HISTORY*, RELEASE-NOTES*, RELEASE_NOTES*, RELEASENOTES*, NEWS* there and in docs/, .github/)
        docs.ci              | ci-configuration | MEDIUM | 120 | no CI configuration in . or .. (looked for .github/workflows/*.yml, .gitlab-ci.yml, Jenkinsfile, azure-pipelines.yml, .circleci/config.yml, .travis.yml, bitbucket-pipelines.yml, .drone.yml, .buildkite/)
        """)
    void aMissingFileIsOneNonBlockingFindingNamingWhereItLooked(
            String id, String key, Severity severity, int effort, String message) {
        Rule rule = RULES.get(id);
        Map<RepositoryFile, String> everyOtherKind = new EnumMap<>(RepositoryFile.class);
        Arrays.stream(RepositoryFile.values()).forEach(kind -> everyOtherKind.put(kind, kind.name()));
        everyOtherKind.remove(
                RepositoryFile.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_')));

        RuleOutcome outcome = run(rule, evidence(notCollected(), repository(List.of(".", ".."), everyOtherKind)));

        assertEquals(0.0, outcome.score());
        Finding finding = single(outcome);
        assertEquals(id, finding.rule());
        assertEquals(Category.DOCUMENTATION, finding.category());
        assertEquals(severity, finding.severity());
        assertFalse(finding.blocking());
        assertEquals(key, finding.key());
        assertEquals(message, finding.message());
        assertEquals(effort, finding.effortMinutes());
        assertEquals(rule.metadata().remediation(), finding.remediation());
        assertNull(finding.location());
        assertNull(finding.measured());
        assertNull(finding.expected());
    }

    @ParameterizedTest(name = "searched {0}")
    @CsvSource(delimiter = '|', textBlock = """
        .              | no README in . (looked for
        .,..           | no README in . or .. (looked for
        .,..,../..     | no README in ., .. or ../.. (looked for
        """)
    void theMessageListsTheSearchedDirectories(String searched, String start) {
        RuleOutcome outcome =
                run(new ReadmeRule(), evidence(notCollected(), repository(List.of(searched.split(",")), Map.of())));

        assertEquals(start, single(outcome).message().substring(0, start.length()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docs.readme", "docs.security-policy", "docs.changelog", "docs.ci", "docs.license"})
    void notApplicableWithoutARepositoryScanEvenWithABuildModel(String id) {
        PomMetadata none = new PomMetadata(null, null, null, List.of(), null, null);
        for (EvidenceStatus status : List.of(EvidenceStatus.NOT_APPLICABLE, EvidenceStatus.NOT_AVAILABLE)) {
            RuleOutcome outcome =
                    run(RULES.get(id), evidence(build(none), Collected.missing(status, "not scanned", List.of())));

            assertNull(outcome.score());
            assertEquals(List.of(), outcome.findings());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "docs.readme",
                "docs.security-policy",
                "docs.changelog",
                "docs.ci",
                "docs.license",
                "docs.pom-metadata"
            })
    void everyRuleIsANonBlockingDocumentationRuleWithItsOwnId(String id) {
        Rule rule = RULES.get(id);

        assertEquals(id, rule.metadata().id());
        assertEquals(Category.DOCUMENTATION, rule.metadata().category());
        assertNull(rule.metadata().defaultThreshold());
        assertFalse(rule.metadata().remediation().isBlank());
        assertFalse(rule.metadata().description().isBlank());
    }
}
