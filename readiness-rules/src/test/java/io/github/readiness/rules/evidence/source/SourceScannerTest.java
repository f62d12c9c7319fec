package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one pass itself: which files it reads, what it counts, what it skips and says so. */
class SourceScannerTest {
    @TempDir
    Path base;

    @Test
    void countsNonBlankLinesOfCodeOnlyInCodeFilesAndReadsEachFileOnceWhateverTheRoots() throws IOException {
        write("src/main/java/a/A.java", "package a;\n\nclass A {\n    // TODO split\n}\n");
        write("src/main/java/a/B.kt", "class B\n\n");
        write("src/main/resources/application.properties", "a=1\nb=2\nc=3\n");

        // a resource root that is also the source root (old-style projects) must not scan files twice
        SourceScan scan = scan(List.of(Path.of("src/main/java"), Path.of("src/main/resources"),
                Path.of("src/main/java"))).value();

        assertEquals(3, scan.filesScanned());
        assertEquals(5, scan.linesOfCode(), "4 non-blank lines of A.java, 1 of B.kt, none of the properties");
        assertEquals(List.of(new TodoMarker("TODO", new Location("src/main/java/a/A.java", 4))), scan.markers());
    }

    @Test
    void filesOverTheLimitAreSkippedWithANoteAndBinaryFilesArePassedOver() throws IOException {
        write("src/main/java/a/A.java", "class A {}\n");
        write("src/main/resources/data.json", "{\"token\": \"" + "x".repeat(3000) + "\"}\n");
        Files.write(base.resolve("src/main/resources/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        Collected<SourceScan> collected = new SourceScanner().scan(new SourceRequest(base, base.resolve("target"),
                List.of(Path.of("src/main/java"), Path.of("src/main/resources")), List.of(), 2048));

        SourceScan scan = collected.value();
        assertEquals(1, scan.filesScanned(), "A.java; the PNG is binary, the JSON too big");
        assertEquals(List.of("src/main/resources/data.json: 3 KB, over the 2 KB limit"), scan.skipped());
        assertEquals(List.of(new EvidenceRecord("sources", "src/main/java, src/main/resources", EvidenceStatus.READ,
                "1 file, 1 lines of code; skipped: src/main/resources/data.json: 3 KB, over the 2 KB limit")),
                collected.records());
    }

    @Test
    void generatedSourcesInTheBuildDirectoryAreNotScanned() throws IOException {
        write("src/main/java/a/A.java", "class A {}\n");
        write("target/generated-sources/annotations/a/A_.java", "class A_ { String password = \"s3cr3t-v4lue\"; }\n");

        SourceScan scan = scan(List.of(Path.of("src/main/java"), Path.of("target/generated-sources/annotations")))
                .value();

        assertEquals(1, scan.filesScanned());
        assertEquals(List.of(), scan.secrets());
    }

    @Test
    void noSourceOrResourceDirectoryIsNotApplicable() {
        Collected<SourceScan> collected = scan(List.of(Path.of("src/main/java"), Path.of("src/main/resources")));

        assertEquals(EvidenceStatus.NOT_APPLICABLE, collected.status());
        assertEquals("no main sources or resources to scan", collected.detail());
    }

    @Test
    void testRootsAreScannedOnlyWhenAskedAndMarkedAsTests() throws IOException {
        write("src/main/java/a/A.java", "class A {}\n");
        write("src/test/java/a/ATest.java", "class ATest {\n  // TODO more cases\n}\n");

        SourceScan withoutTests = scan(List.of(Path.of("src/main/java"))).value();
        SourceScan withTests = new SourceScanner().scan(new SourceRequest(base, base.resolve("target"),
                List.of(Path.of("src/main/java")), List.of(Path.of("src/test/java")),
                SourceRequest.DEFAULT_MAX_FILE_BYTES)).value();

        assertEquals(1, withoutTests.filesScanned());
        assertEquals(2, withTests.filesScanned());
        assertEquals(List.of(), withTests.markers(), "markers are counted in main sources only");
        assertTrue(withTests.linesOfCode() >= withoutTests.linesOfCode());
    }

    private Collected<SourceScan> scan(List<Path> mainRoots) {
        return new SourceScanner().scan(new SourceRequest(base, base.resolve("target"), mainRoots, List.of(),
                SourceRequest.DEFAULT_MAX_FILE_BYTES));
    }

    private void write(String path, String content) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
