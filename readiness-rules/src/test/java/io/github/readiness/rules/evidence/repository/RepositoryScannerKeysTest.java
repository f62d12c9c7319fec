package io.github.readiness.rules.evidence.repository;

import static io.github.readiness.rules.evidence.repository.RepositoryTree.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.evidence.Collected;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented keys the scanner reads from the .env example and the README it found. */
class RepositoryScannerKeysTest {
    @TempDir
    Path root;

    private final RepositoryScanner scanner = new RepositoryScanner();

    @Test
    void theEnvExampleOnlyCountsInTheSearchedDirectoriesThemselves() throws IOException {
        Path module = root.resolve("module");
        write(module.resolve("docs/.env.example"), "IN_DOCS=1");
        write(module.resolve(".github/.env.example"), "IN_GITHUB=1");
        write(root.resolve(".env.sample"), "# Database\nexport DB_URL=jdbc:x\nDB_USER=app\n# DB_POOL=10\n");

        RepositoryFiles files = scanner.scan(module, root).value();

        assertEquals("../.env.sample", files.found().get(RepositoryFile.ENV_EXAMPLE));
        DocumentedKeys keys = files.documentedKeys();
        assertEquals("../.env.sample", keys.envExampleFile());
        assertEquals(Set.of("DB_URL", "DB_USER", "DB_POOL"), keys.envExampleKeys());
    }

    @Test
    void theClosestReadmeIsRead() throws IOException {
        Path module = root.resolve("module");
        write(module.resolve("README.md"), "Set `PAYMENT_URL` or -Dpayment.timeout=5s.\n");
        write(root.resolve("README.md"), "ROOT_ONLY_KEY");

        Collected<RepositoryFiles> collected = scanner.scan(module, root);

        DocumentedKeys keys = collected.value().documentedKeys();
        assertEquals("README.md", keys.readmeFile());
        assertEquals(Set.of("PAYMENT_URL", "payment.timeout"), keys.readmeKeys());
        assertNull(keys.envExampleFile());
        assertEquals(Set.of(), keys.envExampleKeys());
    }

    @Test
    void aReadmeOverOneMegabyteIsFoundButNotRead() throws IOException {
        Path readme = write(root.resolve("README.md"), "KEY=\n");
        Files.write(
                readme,
                new byte[(int) RepositoryScanner.MAX_KEYS_FILE_BYTES - 4],
                java.nio.file.StandardOpenOption.APPEND);
        write(root.resolve(".env.example"), "A=1");

        Collected<RepositoryFiles> collected = scanner.scan(root, root);

        assertEquals("README.md", collected.value().found().get(RepositoryFile.README));
        assertNull(collected.value().documentedKeys().readmeFile());
        assertEquals(Set.of(), collected.value().documentedKeys().readmeKeys());
        assertEquals(Set.of("A"), collected.value().documentedKeys().envExampleKeys());
        assertEquals(
                "README.md, .env.example found; no LICENSE, SECURITY policy, CHANGELOG, CI configuration;"
                        + " README.md is over 1 MB: not read for documented keys",
                collected.records().get(0).detail());
    }

    @Test
    void aReadmeOfExactlyOneMegabyteIsRead() throws IOException {
        Path readme = write(root.resolve("README.md"), "KEY=\n");
        Files.write(
                readme,
                new byte[(int) RepositoryScanner.MAX_KEYS_FILE_BYTES - 5],
                java.nio.file.StandardOpenOption.APPEND);

        assertEquals(
                Set.of("KEY"), scanner.scan(root, root).value().documentedKeys().readmeKeys());
    }
}
