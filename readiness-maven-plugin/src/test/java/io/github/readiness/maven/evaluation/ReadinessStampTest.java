package io.github.readiness.maven.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the stamp notices (evidence rewritten, added, removed) and what it must not (logs beside the POM). */
class ReadinessStampTest {
    @TempDir
    Path module;

    @Test
    void aRewrittenReportChangesTheStamp() throws IOException {
        Path reports = Files.createDirectories(module.resolve("target/surefire-reports"));
        Path report = Files.writeString(reports.resolve("TEST-a.xml"), "<testsuite/>");
        List<String> before = ReadinessStamp.fileLines(module, "target/surefire-reports");
        assertEquals(
                List.of("file target/surefire-reports/TEST-a.xml 12 "
                        + Files.getLastModifiedTime(report).toMillis()),
                before);
        Files.setLastModifiedTime(
                report, FileTime.fromMillis(Files.getLastModifiedTime(report).toMillis() + 5000));
        assertNotEquals(before, ReadinessStamp.fileLines(module, "target/surefire-reports"));
        Files.writeString(reports.resolve("TEST-b.xml"), "<testsuite/>");
        assertEquals(
                2, ReadinessStamp.fileLines(module, "target/surefire-reports").size(), "a new report counts");
    }

    @Test
    void aMissingFileIsAbsentAndItsArrivalIsNoticed() throws IOException {
        assertEquals(List.of("absent target/jacoco.exec"), ReadinessStamp.fileLines(module, "target/jacoco.exec"));
        Files.createDirectories(module.resolve("target"));
        Files.write(module.resolve("target/jacoco.exec"), new byte[] {1, 2, 3});
        String line = ReadinessStamp.fileLines(module, "target/jacoco.exec").get(0);
        assertTrue(line.startsWith("file target/jacoco.exec 3 "), line);
    }

    @Test
    void theModuleDirectoryCountsItsEntriesAndTheReadmeNotItsLogs() throws IOException {
        Files.writeString(module.resolve("build.log"), "one");
        Files.writeString(module.resolve("README.md"), "# Readme");
        Files.createDirectories(module.resolve("target"));
        List<String> before = ReadinessStamp.fileLines(module, ".");
        Files.writeString(module.resolve("build.log"), "one and two");
        assertEquals(before, ReadinessStamp.fileLines(module, "."), "a log written by the build is no evidence");
        Files.writeString(module.resolve("README.md"), "# Readme\n\n| KEY | documented |");
        assertNotEquals(before, ReadinessStamp.fileLines(module, "."), "the README is read for documented keys");
        List<String> withReadme = ReadinessStamp.fileLines(module, ".");
        Files.writeString(module.resolve("LICENSE"), "Apache-2.0");
        assertNotEquals(withReadme, ReadinessStamp.fileLines(module, "."), "a LICENSE added counts");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "date 2026-11-21|date 2026-11-22|date",
                "file target/jacoco.exec 10 1|file target/jacoco.exec 12 1|target/jacoco.exec",
                "absent target/pmd.xml|file target/pmd.xml 3 4|target/pmd.xml",
                "entry README.md|entry LICENSE|LICENSE",
                "policy 00aa|policy 00bb|policy"
            })
    void theFirstDifferenceNamesWhatChanged(String was, String now, String named) {
        String head = "# readiness.stamp 1\ntool readiness-maven-plugin 1\n";
        assertEquals(named, ReadinessStamp.firstDifference(head + was + "\n", head + now + "\n"));
    }

    @Test
    void equalStampsHaveNoDifferenceAndALongerOneHas() {
        assertNull(ReadinessStamp.firstDifference("a 1\nb 2\n", "a 1\nb 2\n"));
        assertEquals("target/x", ReadinessStamp.firstDifference("a 1\n", "a 1\nfile target/x 1 2\n"));
    }
}
