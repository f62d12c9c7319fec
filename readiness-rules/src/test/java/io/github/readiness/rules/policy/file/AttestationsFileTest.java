package io.github.readiness.rules.policy.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** readiness:attest's file: sorted, one attestation per item, quoted, readable back as a policy file. */
class AttestationsFileTest {
    @TempDir
    Path project;

    @Test
    void attestationsAreSortedRenewedAndReadBack() throws IOException {
        Path file = project.resolve(ProjectPolicyFile.ATTESTATIONS);
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertNull(AttestationsFile.record(
                file,
                new AttestationsFile.Entry("rollback-tested", "payments-team", day, "https://w.example.org/r"),
                "f"));
        AttestationsFile.record(
                file, new AttestationsFile.Entry("on-call", "Ops: \"night\" #1", day, "https://w.example.org/o"), "f");
        AttestationsFile.Entry replaced = AttestationsFile.record(
                file,
                new AttestationsFile.Entry("rollback-tested", "sre", day.plusDays(7), "https://w.example.org/r2"),
                "f");
        assertEquals("payments-team", replaced.by());
        assertEquals(AttestationsFile.HEADER + """
                        attestations:
                          - item: on-call
                            by: "Ops: \\"night\\" #1"
                            date: 2026-11-30
                            evidence: "https://w.example.org/o"
                          - item: rollback-tested
                            by: "sre"
                            date: 2026-12-07
                            evidence: "https://w.example.org/r2"
                        """, Files.readString(file));
        var attestations = new PolicyLoader(project, getClass().getClassLoader())
                .applyAttestations(
                        TracedPolicy.of(ReadinessEngine.withBuiltInRules().defaultPolicy()), file)
                .policy()
                .checklist()
                .attestations();
        assertEquals("Ops: \"night\" #1", attestations.get(0).by());
        assertEquals(LocalDate.of(2026, 12, 7), attestations.get(1).date());
        try (var files = Files.list(project)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void aBrokenFileIsNamedNotOverwritten() throws IOException {
        Path file = project.resolve(ProjectPolicyFile.ATTESTATIONS);
        Files.writeString(file, "attestations:\n  - {item: a, by: b}\n");
        assertEquals(
                "readiness-attestations.yaml line 2: attestation has no date: every attestation needs item, by, date"
                        + " and evidence",
                assertThrows(
                                PolicyException.class,
                                () -> AttestationsFile.record(
                                        file,
                                        new AttestationsFile.Entry(
                                                "x", "y", LocalDate.of(2026, 1, 1), "https://e.org/"),
                                        "readiness-attestations.yaml"))
                        .getMessage());
        assertEquals("attestations:\n  - {item: a, by: b}\n", Files.readString(file));
    }
}
