package io.github.readiness.rules.policy.file;

import static io.github.readiness.rules.policy.file.PolicyFileErrorsTest.apply;
import static io.github.readiness.rules.policy.file.PolicyFileErrorsTest.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.checklist.Checklist;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checklist keys of a policy file and readiness-attestations.yaml: every bad input names file, line and fix. */
class ChecklistSectionTest {
    @TempDir
    Path project;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            checklist: {id: x}                                                  | line 1: checklist must be a list such as '- id: rollback-tested', not a map
            checklist:\\n  - {title: Rollback}                                  | line 2: checklist item has no id: every checklist item needs id and title
            checklist:\\n  - {id: rollback}                                     | line 2: checklist item rollback has no title: every checklist item needs id and title
            checklist:\\n  - {id: rollback, title: R, requird: true}            | line 2: unknown key 'requird' in a checklist item; did you mean 'required'? Valid keys: id, title, category, required, validFor, rule
            checklist:\\n  - {id: rollback, title: R, validFor: 90}             | line 2: validFor is '90': use a length with its unit, such as 90d, 12w, 6m or 1y (days, weeks, months, years)
            checklist:\\n  - {id: rollback, title: R, validFor: 0d}             | line 2: validFor is '0d': an attestation valid for no time at all can never pass; use 1 or more, such as 90d
            checklist:\\n  - {id: rollback, title: R, required: yes}            | line 2: required of checklist item rollback is 'yes': use true or false
            checklist:\\n  - {id: rollback, title: R, category: deploymnt}       | line 2: unknown category 'deploymnt'; did you mean 'deployment'?
            checklist:\\n  - {id: tests, title: T, rule: tests.failure}         | line 2: unknown rule 'tests.failure'; did you mean 'tests.failures'?
            checklist:\\n  - {id: tests, title: T, rule: tests.failures, validFor: 30d} | line 2: checklist item tests is measured by rule tests.failures, which is judged on every build: remove validFor (it is for attested items)
            checklist:\\n  - {id: Rollback Test, title: R}                      | line 2: checklist item id 'Rollback Test' is not an id: use lower-case letters, digits, dots and dashes (rollback-tested)
            checklist:\\n  - {id: a, title: A}\\n  - {id: a, title: B}          | line 3: checklist item 'a' is listed twice in this file (first at line 2); keep one
            checklistRemove: [load-test]                                        | line 1: checklistRemove names unknown item 'load-test'; items: none
            attestations:\\n  - {by: me, date: 2026-11-30, evidence: https://x.example.org/a} | line 2: attestation has no item: every attestation needs item, by, date and evidence
            attestations:\\n  - {item: a, date: 2026-11-30, evidence: https://x.example.org/a} | line 2: attestation for a has no by: every attestation needs item, by, date and evidence
            attestations:\\n  - {item: a, by: me, evidence: https://x.example.org/a} | line 2: attestation for a has no date: every attestation needs item, by, date and evidence
            attestations:\\n  - {item: a, by: me, date: 2026-11-30}            | line 2: attestation for a has no evidence: every attestation needs item, by, date and evidence
            attestations:\\n  - {item: a, by: me, date: 30.11.2026, evidence: https://x.example.org/a} | line 2: date of the attestation for a is '30.11.2026': use an ISO date such as 2027-03-31
            attestations:\\n  - {item: a, by: me, date: 2026-11-30, evidence: https://x.example.org/a, signed: yes} | line 2: unknown key 'signed' in an attestation Valid keys: item, by, date, evidence
            attestations:\\n  - {item: a, by: me, date: 2026-11-30,\\n     evidence: "https://me:pw@x.example.org/a"} | line 3: attestation for a: evidence URL https://***@x.example.org/a has credentials in it (refused: they would be copied into every report); link to a page that needs no credentials in the URL
            attestations:\\n  - {item: a, by: me, date: 2026-11-30, evidence: ../../outside.md} | line 2: attestation for a: evidence '../../outside.md' is outside the repository
            attestations:\\n  - {item: a, by: me, date: 2026-11-30, evidence: https://x.example.org/a}\\n  - {item: a, by: you, date: 2026-12-01, evidence: https://x.example.org/b} | line 1: duplicate attestation for 'a' at readiness.yaml line 3 (first at readiness.yaml line 2); keep one (the latest)
            """)
    void eachBadChecklistInputIsOneLineWithFileLineAndFix(String yaml, String message) {
        String actual = error(yaml.replace("\\n", "\n"));
        assertTrue(actual.startsWith("readiness.yaml " + message), actual);
    }

    @Test
    void aLaterFileKeepsThePresetsItemsReplacesOneByIdAndDropsOne() {
        TracedPolicy silver = new PolicyLoader(project, getClass().getClassLoader())
                .apply(TracedPolicy.of(ReadinessEngine.withBuiltInRules().defaultPolicy()), "silver", project, "test");
        int presetItems = silver.policy().checklist().items().size();
        assertTrue(presetItems >= 7, "the standard checklist: " + presetItems);
        PolicySource source = PolicySource.file(project.resolve("readiness.yaml"), "readiness.yaml");
        TracedPolicy changed = PolicyFileApplier.apply(source, PolicyFileReaderTest.yaml("""
                        checklist:
                          - {id: rollback-tested, title: Rollback drill done, category: deployment, validFor: 30d}
                          - {id: soak-test, title: 24-hour production soak test passed, category: deployment, required: true}
                        checklistRemove: [load-test]
                        """), silver);
        List<ChecklistItem> items = changed.policy().checklist().items();
        assertEquals(presetItems, items.size(), "one added, one dropped");
        assertFalse(items.stream().anyMatch(i -> i.id().equals("load-test")));
        ChecklistItem rollback = items.stream()
                .filter(i -> i.id().equals("rollback-tested"))
                .findFirst()
                .orElseThrow();
        assertEquals("Rollback drill done", rollback.title());
        assertFalse(rollback.required(), "required defaults to false");
        assertEquals("soak-test", items.get(items.size() - 1).id());
        assertEquals("readiness.yaml line 4", changed.origin(PolicyValue.CHECKLIST), "the last key that changed it");
    }

    @Test
    void theAttestationsFileHoldsAttestationsOnlyWithEvidenceBesideIt() throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/rollback.md"), "# Rollback\n");
        Path file = project.resolve(ProjectPolicyFile.ATTESTATIONS);
        Files.writeString(file, """
                attestations:
                  - {item: rollback-tested, by: payments-team, date: 2026-11-30, evidence: docs/rollback.md}
                  - {item: on-call, by: ops, date: 2026-11-30, evidence: docs/on-call.md}
                """);
        PolicyLoader loader = new PolicyLoader(project, getClass().getClassLoader());
        TracedPolicy base = TracedPolicy.of(ReadinessEngine.withBuiltInRules().defaultPolicy());
        Checklist checklist = loader.applyAttestations(base, file).policy().checklist();
        assertEquals(2, checklist.attestations().size());
        assertTrue(checklist.attestations().get(0).evidenceFound());
        assertFalse(checklist.attestations().get(1).evidenceFound(), "judged as evidence-missing, not refused");
        assertEquals(
                "readiness-attestations.yaml line 2",
                checklist.attestations().get(0).origin());
        assertEquals(file, ProjectPolicyFile.attestationsFile(null, java.util.Arrays.asList(project, null)));

        Files.writeString(file, "minScore: 50\n");
        assertEquals(
                "readiness-attestations.yaml line 1: unknown key 'minScore' Valid keys: attestations",
                assertThrows(PolicyException.class, () -> loader.applyAttestations(base, file))
                        .getMessage());
    }

    @Test
    void anAttestationForAnUnknownItemIsReadAndJudgedLater() {
        assertEquals(
                "nope",
                apply("attestations:\n  - {item: nope, by: me, date: 2026-11-30, evidence: https://x.example.org/a}\n")
                        .policy()
                        .checklist()
                        .attestations()
                        .get(0)
                        .item());
    }
}
