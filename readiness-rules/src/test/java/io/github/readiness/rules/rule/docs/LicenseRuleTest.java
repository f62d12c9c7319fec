package io.github.readiness.rules.rule.docs;

import static io.github.readiness.rules.rule.docs.DocumentationFixtures.MODULE_AND_ROOT;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.build;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.evidence;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.notCollected;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.repository;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.PomMetadata;
import io.github.readiness.rules.evidence.repository.RepositoryFile;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseRuleTest {
    private static final String FILE_MESSAGE =
            "no LICENSE file in . or .. (looked for LICENSE*, LICENCE*, COPYING*" + " there and in docs/, .github/)";
    private static final String POM_MESSAGE = "no <licenses> in pom.xml (nor inherited from a parent)";

    private final LicenseRule rule = new LicenseRule();

    /** file: the licence file found, or -; pom: the declared licences (comma-separated), empty, or - (no build). */
    @ParameterizedTest(name = "file {0}, POM licences {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        ../../LICENSE | Apache-2.0          | 100  | ''
        LICENSE.txt   | MIT,Apache-2.0      | 100  | ''
        COPYING       | ''                  | 50   | pom-licenses
        -             | Apache-2.0          | 50   | license
        -             | ''                  | 0    | license pom-licenses
        ../LICENSE    | -                   | 100  | ''
        -             | -                   | 0    | license
        """)
    void judgesTheFileAndThePomLicencesEachOnItsOwn(String file, String licenses, double score, String keys) {
        Collected<BuildModel> build = licenses == null
                ? notCollected()
                : build(new PomMetadata(
                        "n", "d", "u", licenses.isEmpty() ? List.of() : List.of(licenses.split(",")), "s", "i"));
        Map<RepositoryFile, String> found = file == null ? Map.of() : Map.of(RepositoryFile.LICENSE, file);

        RuleOutcome outcome = run(rule, evidence(build, repository(MODULE_AND_ROOT, found)));

        assertEquals(score, outcome.score());
        assertEquals(
                keys,
                String.join(" ", outcome.findings().stream().map(Finding::key).toList()));
    }

    @Test
    void eachMissingPartIsAMediumFindingWithItsOwnRemedy() {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        build(new PomMetadata(null, null, null, List.of(), null, null)),
                        repository(MODULE_AND_ROOT, Map.of(RepositoryFile.README, "README.md"))));

        Finding file = outcome.findings().get(0);
        assertEquals(FILE_MESSAGE, file.message());
        assertEquals(LicenseRule.FILE_REMEDIATION, file.remediation());
        assertNull(file.location());
        Finding pom = outcome.findings().get(1);
        assertEquals(POM_MESSAGE, pom.message());
        assertEquals(LicenseRule.POM_REMEDIATION, pom.remediation());
        assertEquals(Location.of("pom.xml"), pom.location());
        for (Finding finding : outcome.findings()) {
            assertEquals("docs.license", finding.rule());
            assertEquals(Severity.MEDIUM, finding.severity());
            assertFalse(finding.blocking());
            assertEquals(15, finding.effortMinutes());
        }
    }
}
