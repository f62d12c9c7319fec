package io.github.readiness.rules.evidence.repository;

import static io.github.readiness.rules.evidence.repository.RepositoryTree.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the scanner looks, in which order, and how it reports what it found. */
class RepositoryScannerTest {
    @TempDir
    Path root;

    private final RepositoryScanner scanner = new RepositoryScanner();

    @Test
    void aModuleTwoLevelsDownFindsTheLicenceAtTheRoot() throws IOException {
        Path module = root.resolve("services/api");
        write(module.resolve("README.md"), "# API\n");
        write(root.resolve("LICENSE"), "Apache License");

        Collected<RepositoryFiles> collected = scanner.scan(module, root);

        assertEquals(EvidenceStatus.READ, collected.status());
        RepositoryFiles files = collected.value();
        assertEquals(List.of(".", "..", "../.."), files.searched());
        assertEquals(
                Map.of(RepositoryFile.README, "README.md", RepositoryFile.LICENSE, "../../LICENSE"), files.found());
        assertEquals(
                List.of(new EvidenceRecord(
                        "repository",
                        "., .., ../..",
                        EvidenceStatus.READ,
                        "README.md, ../../LICENSE found; no SECURITY policy, CHANGELOG, CI configuration")),
                collected.records());
    }

    @Test
    void docsAndGithubFoldersAreSearchedInEveryDirectory() throws IOException {
        Path module = root.resolve("app");
        write(module.resolve("docs/CHANGELOG.md"), "");
        write(root.resolve(".github/SECURITY.md"), "");
        write(root.resolve(".github/workflows/build.yml"), "on: push");
        write(root.resolve("docs/README.adoc"), "= App");
        write(root.resolve("docs/LICENSE.txt"), "MIT");

        RepositoryFiles files = scanner.scan(module, root).value();

        assertEquals(
                Map.of(
                        RepositoryFile.CHANGELOG,
                        "docs/CHANGELOG.md",
                        RepositoryFile.SECURITY_POLICY,
                        "../.github/SECURITY.md",
                        RepositoryFile.CI_CONFIGURATION,
                        "../.github/workflows",
                        RepositoryFile.README,
                        "../docs/README.adoc",
                        RepositoryFile.LICENSE,
                        "../docs/LICENSE.txt"),
                files.found());
    }

    @Test
    void namesMatchInAnyCaseAndAreShownAsOnDisk() throws IOException {
        write(root.resolve("readme.MD"), "");
        write(root.resolve("Licence.txt"), "");
        write(root.resolve("Security"), "");
        write(root.resolve("jenkinsfile"), "");
        write(root.resolve(".ENV.Sample"), "");
        write(root.resolve("Docs/release_notes.adoc"), "");
        write(root.resolve(".GitHub/Workflows/CI.YML"), "");

        RepositoryFiles files = scanner.scan(root, root).value();

        assertEquals(
                Map.of(
                        RepositoryFile.README,
                        "readme.MD",
                        RepositoryFile.LICENSE,
                        "Licence.txt",
                        RepositoryFile.SECURITY_POLICY,
                        "Security",
                        RepositoryFile.CHANGELOG,
                        "Docs/release_notes.adoc",
                        RepositoryFile.CI_CONFIGURATION,
                        "jenkinsfile",
                        RepositoryFile.ENV_EXAMPLE,
                        ".ENV.Sample"),
                files.found());
        assertEquals(List.of("."), files.searched());
    }

    @Test
    void aRootThatIsNoAncestorSearchesOnlyTheModule() throws IOException {
        Path module = root.resolve("module");
        Path elsewhere = root.resolve("elsewhere");
        write(module.resolve("pom.xml"), "<project/>");
        write(elsewhere.resolve("LICENSE"), "");
        write(root.resolve("LICENSE"), "");

        for (Path notAnAncestor : new Path[] {elsewhere, root.resolve("mod"), null}) {
            Collected<RepositoryFiles> collected = scanner.scan(module, notAnAncestor);

            assertEquals(List.of("."), collected.value().searched());
            assertEquals(Map.of(), collected.value().found());
            assertEquals(".", collected.records().get(0).path());
        }
    }

    @Test
    void nothingAboveTheRootIsSearched() throws IOException {
        Path repository = root.resolve("repo");
        write(root.resolve("LICENSE"), "");
        write(repository.resolve("module/README.md"), "");

        RepositoryFiles files =
                scanner.scan(repository.resolve("module"), repository).value();

        assertEquals(List.of(".", ".."), files.searched());
        assertEquals(Map.of(RepositoryFile.README, "README.md"), files.found());
    }

    @Test
    void theClosestDirectoryWinsThenTheDirectoryItselfThenDocsThenGithubThenAlphabetical() throws IOException {
        Path module = root.resolve("module");
        write(root.resolve("README.md"), "");
        write(module.resolve(".github/README.md"), "");
        write(module.resolve("docs/README.md"), "");
        write(module.resolve("docs/LICENSE"), "");
        write(module.resolve(".github/LICENSE"), "");
        write(root.resolve("LICENSE"), "");
        write(root.resolve("LICENSE.txt"), "");
        write(root.resolve("LICENSE-MIT"), "");
        write(root.resolve("license-apache"), "");
        write(root.resolve("docs/CHANGELOG.md"), "");
        write(root.resolve(".github/CHANGES.md"), "");

        RepositoryFiles files = scanner.scan(module, root).value();

        assertEquals("docs/README.md", files.found().get(RepositoryFile.README));
        assertEquals("docs/LICENSE", files.found().get(RepositoryFile.LICENSE));
        assertEquals("../docs/CHANGELOG.md", files.found().get(RepositoryFile.CHANGELOG));

        RepositoryFiles atRoot = scanner.scan(root, root).value();
        assertEquals("LICENSE", atRoot.found().get(RepositoryFile.LICENSE));
        Files.delete(root.resolve("LICENSE"));
        assertEquals("license-apache", scanner.scan(root, root).value().found().get(RepositoryFile.LICENSE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        .github/workflows/build.yml         | .github/workflows
        .github/workflows/release.yaml      | .github/workflows
        .GitHub/Workflows/CI.YML            | .GitHub/Workflows
        .github/workflows/README.md         | -
        .github/workflows/old/build.yml     | -
        .github/build.yml                   | -
        .gitlab-ci.yml                      | .gitlab-ci.yml
        Jenkinsfile                         | Jenkinsfile
        azure-pipelines.yml                 | azure-pipelines.yml
        .circleci/config.yml                | .circleci/config.yml
        .circleci/other.yml                 | -
        .travis.yml                         | .travis.yml
        bitbucket-pipelines.yml             | bitbucket-pipelines.yml
        .drone.yml                          | .drone.yml
        .buildkite/pipeline.yml             | .buildkite
        docs/Jenkinsfile                    | -
        docs/.gitlab-ci.yml                 | -
        .github/Jenkinsfile                 | -
        """)
    void ciConfiguration(String file, String expected) throws IOException {
        write(root.resolve(file), "steps: []");

        assertEquals(expected, scanner.scan(root, root).value().found().get(RepositoryFile.CI_CONFIGURATION));
    }

    @Test
    void anEmptyWorkflowsDirectoryRunsNothing() throws IOException {
        Files.createDirectories(root.resolve(".github/workflows"));
        Files.createDirectories(root.resolve(".circleci"));
        write(root.resolve(".buildkite"), "a file, not the directory");

        assertEquals(Map.of(), scanner.scan(root, root).value().found());
    }

    @Test
    void ciConfigurationInTheDirectoryComesBeforeGithubWorkflows() throws IOException {
        Path module = root.resolve("module");
        write(module.resolve(".github/workflows/ci.yml"), "");
        write(module.resolve("Jenkinsfile"), "");
        write(root.resolve(".gitlab-ci.yml"), "");

        assertEquals("Jenkinsfile", scanner.scan(module, root).value().found().get(RepositoryFile.CI_CONFIGURATION));
        Files.delete(module.resolve("Jenkinsfile"));
        assertEquals(
                ".github/workflows", scanner.scan(module, root).value().found().get(RepositoryFile.CI_CONFIGURATION));
    }

    @Test
    void directoriesWithTheRightNameAreNoFiles() throws IOException {
        Files.createDirectories(root.resolve("README"));
        Files.createDirectories(root.resolve("changes"));
        Files.createDirectories(root.resolve("LICENSES"));
        Files.createDirectories(root.resolve(".env.example"));
        write(root.resolve("docs"), "a file named docs");

        Collected<RepositoryFiles> collected = scanner.scan(root, root);

        assertEquals(Map.of(), collected.value().found());
        assertEquals(
                "no README, LICENSE, SECURITY policy, CHANGELOG, CI configuration",
                collected.records().get(0).detail());
    }

    @Test
    void everyKindFoundIsListedInTheDetail() throws IOException {
        for (String name :
                List.of("README.md", "LICENSE", "SECURITY.md", "CHANGELOG.md", "Jenkinsfile", ".env.example")) {
            write(root.resolve(name), "");
        }

        assertEquals(
                "README.md, LICENSE, SECURITY.md, CHANGELOG.md, Jenkinsfile, .env.example found",
                scanner.scan(root, root).records().get(0).detail());
    }

    @Test
    void aMissingModuleDirectoryIsANoteNotAnException() throws IOException {
        Path module = root.resolve("gone");
        write(root.resolve("LICENSE"), "");

        Collected<RepositoryFiles> collected = scanner.scan(module, root);

        assertTrue(collected.isRead());
        assertEquals(
                Map.of(RepositoryFile.LICENSE, "../LICENSE"), collected.value().found());
        assertEquals(
                "../LICENSE found; no README, SECURITY policy, CHANGELOG, CI configuration;"
                        + " could not list . (does not exist)",
                collected.records().get(0).detail());
    }

    @Test
    void anUnreadableDirectoryIsANote() throws IOException {
        Path locked = Files.createDirectories(root.resolve("docs"));
        write(locked.resolve("README.md"), "");
        assertTrue(locked.toFile().setReadable(false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root");

            Collected<RepositoryFiles> collected = scanner.scan(root, root);

            assertFalse(collected.value().file(RepositoryFile.README).isPresent());
            assertTrue(
                    collected.records().get(0).detail().endsWith("; could not list docs (access denied)"),
                    collected.records().get(0).detail());
        } finally {
            assertTrue(locked.toFile().setReadable(true));
        }
    }
}
