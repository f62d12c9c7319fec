package io.github.readiness.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.score.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubOutputTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    @Test
    void annotationsGoToStandardOutputAtLineStart(@TempDir Path dir) throws Exception {
        Path summary = dir.resolve("summary.md");
        output(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()))
                .publish(card(), dir, "target/readiness/readiness.md");
        assertEquals(
                "::error file=pom.xml,line=3,title=Readiness blocker%3A docs.license::[HIGH] no licence"
                        + "%0AFix (~15 min): add one" + System.lineSeparator(),
                stdout.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(summary).startsWith("## :x: Production readiness of g:a:1: NOT_READY"));
    }

    @Test
    void nothingHappensOutsideGithubActions(@TempDir Path dir) throws Exception {
        output(Map.of()).publish(card(), dir, "r.md");
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent());
        }
    }

    @Test
    void anUnwritableSummaryIsOneLineNamingTheFileAndTheWayOut(@TempDir Path dir) throws IOException {
        Path directory = Files.createDirectory(dir.resolve("a-directory"));
        MojoExecutionException e = assertThrows(
                MojoExecutionException.class,
                () -> output(Map.of("GITHUB_STEP_SUMMARY", directory.toString()))
                        .publish(card(), dir, "r.md"));
        assertTrue(
                e.getMessage()
                        .startsWith("Cannot append the readiness summary to " + directory + " (GITHUB_STEP_SUMMARY): "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" (unset the variable or drop GITHUB from readiness.formats)"));
        assertFalse(e.getMessage().contains("\n"));
        // NIO's exceptions carry only the path: the message gives the reason instead of the path a second time
        assertEquals(
                e.getMessage().indexOf(directory.toString()),
                e.getMessage().lastIndexOf(directory.toString()),
                e.getMessage());
    }

    @Test
    void theReasonOfAFileErrorIsWordsNotThePathAgain() {
        assertEquals("permission denied", GithubOutput.reason(new AccessDeniedException("/ci/summary.md")));
        assertEquals("no such file or directory", GithubOutput.reason(new NoSuchFileException("/ci/summary.md")));
        assertEquals(
                "Is a directory",
                GithubOutput.reason(new FileSystemException("/ci/summary.md", null, "Is a directory")));
        assertEquals("No space left on device", GithubOutput.reason(new IOException("No space left on device")));
    }

    private GithubOutput output(Map<String, String> env) {
        return new GithubOutput(new SystemStreamLog(), env, new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    private static Scorecard card() {
        Finding license = new Finding(
                "docs.license",
                Category.DOCUMENTATION,
                Severity.HIGH,
                true,
                "license",
                "no licence",
                null,
                null,
                new Location("pom.xml", 3),
                "add one",
                15,
                false);
        return Scorecard.builder(new ToolInfo("readiness-maven-plugin", "test"), new ProjectInfo("g", "a", "1", "A"))
                .score(50, 80)
                .verdict(Verdict.NOT_READY, List.of("1 blocking finding to fix or waive"))
                .findings(List.of(license))
                .build();
    }
}
