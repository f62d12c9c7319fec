package io.github.readiness.rules.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evidence: a file inside the repository or an https URL without credentials, recorded and never fetched. */
class EvidenceReferenceTest {
    @TempDir
    Path repository;

    @Test
    void aRepositoryFileIsFoundOrNot() throws IOException {
        Files.createDirectories(repository.resolve("docs/runbooks"));
        Files.writeString(repository.resolve("docs/runbooks/rollback.md"), "# Rollback\n");
        assertTrue(EvidenceReference.check("docs/runbooks/rollback.md", repository));
        assertTrue(EvidenceReference.check("docs/../docs/runbooks/rollback.md", repository));
        assertFalse(EvidenceReference.check("docs/runbooks/missing.md", repository));
    }

    @Test
    void anHttpsUrlIsRecordedNeverFetched() {
        assertTrue(EvidenceReference.check("https://wiki.example.org/ops/rollback-2026-11", repository));
        assertTrue(EvidenceReference.isUrl("https://wiki.example.org/x"));
        assertFalse(EvidenceReference.isUrl("docs/x.md"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://alice:s3cret@wiki.example.org/rollback | evidence URL https://***@wiki.example.org/rollback has credentials in it (refused: they would be copied into every report); link to a page that needs no credentials in the URL
            https://token@wiki.example.org/rollback        | evidence URL https://***@wiki.example.org/rollback has credentials in it (refused: they would be copied into every report); link to a page that needs no credentials in the URL
            http://wiki.example.org/rollback               | evidence 'http://wiki.example.org/rollback' is not an https URL: use https://... or a repository path
            ftp://files.example.org/rollback.md            | evidence 'ftp://files.example.org/rollback.md' is not an https URL: use https://... or a repository path
            /etc/passwd                                    | evidence '/etc/passwd' is an absolute path: use a path relative to the repository (docs/runbooks/rollback.md)
            '   '                                          | evidence is empty: name a repository file or an https URL
            """)
    void badEvidenceIsRefused(String evidence, String message) {
        assertEquals(
                message,
                assertThrows(PolicyException.class, () -> EvidenceReference.check(evidence, repository))
                        .getMessage());
    }

    @Test
    void aPathOutsideTheRepositoryIsRefused() {
        String message = assertThrows(
                        PolicyException.class, () -> EvidenceReference.check("../other/rollback.md", repository))
                .getMessage();
        assertEquals(
                "evidence '../other/rollback.md' is outside the repository ("
                        + repository.toAbsolutePath().normalize()
                        + "): keep the evidence in the repository, or link to it with an https URL",
                message);
    }
}
