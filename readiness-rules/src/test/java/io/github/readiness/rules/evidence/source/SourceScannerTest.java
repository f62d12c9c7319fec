package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        SourceScan scan = scan(List.of(
                        Path.of("src/main/java"), Path.of("src/main/resources"), Path.of("src/main/java")))
                .value();

        assertEquals(3, scan.filesScanned());
        assertEquals(5, scan.linesOfCode(), "4 non-blank lines of A.java, 1 of B.kt, none of the properties");
        assertEquals(List.of(new TodoMarker("TODO", new Location("src/main/java/a/A.java", 4))), scan.markers());
    }

    @Test
    void largeFilesAreScannedAsAStreamAndBinaryFilesAreListedAsSkipped() throws IOException {
        write("src/main/java/a/A.java", "class A {}\n");
        // 3 MB of data lines, then a secret: a size limit would have skipped the file and missed it
        write("src/main/resources/data.properties", "row=1\n".repeat(512 * 1024) + "aws.key=AKIAIOSFODNN7EXAMPLE\n");
        Files.write(base.resolve("src/main/resources/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        Collected<SourceScan> collected = scan(List.of(Path.of("src/main/java"), Path.of("src/main/resources")));

        SourceScan scan = collected.value();
        assertEquals(2, scan.filesScanned(), "A.java and the big properties file; the PNG is binary");
        assertEquals(
                List.of(new Location("src/main/resources/data.properties", 512 * 1024 + 1)),
                scan.secrets().stream().map(HardcodedSecret::location).toList());
        assertEquals(List.of("src/main/resources/logo.png: binary"), scan.skipped());
        assertEquals(
                List.of(new EvidenceRecord(
                        "sources",
                        "src/main/java, src/main/resources",
                        EvidenceStatus.READ,
                        "2 files, 1 lines of code (src/main/java: 1, src/main/resources: 2); skipped 1:"
                                + " src/main/resources/logo.png: binary")),
                collected.records());
    }

    @Test
    void utf16FilesWithAndWithoutAByteOrderMarkAreDecodedAndScanned() throws IOException {
        String secret = "aws.key=AKIAIOSFODNN7EXAMPLE\n";
        Files.createDirectories(base.resolve("src/main/resources"));
        Files.write(
                base.resolve("src/main/resources/le-bom.properties"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, secret.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(
                base.resolve("src/main/resources/be-bom.properties"),
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, secret.getBytes(StandardCharsets.UTF_16BE)));
        Files.write(base.resolve("src/main/resources/le.properties"), secret.getBytes(StandardCharsets.UTF_16LE));
        Files.write(base.resolve("src/main/resources/be.properties"), secret.getBytes(StandardCharsets.UTF_16BE));
        Files.write(
                base.resolve("src/main/resources/utf8-bom.properties"),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, secret.getBytes(StandardCharsets.UTF_8)));

        SourceScan scan = scan(List.of(Path.of("src/main/resources"))).value();

        assertEquals(5, scan.filesScanned());
        assertEquals(List.of(), scan.skipped());
        assertEquals(
                List.of(
                        "be-bom.properties",
                        "be.properties",
                        "le-bom.properties",
                        "le.properties",
                        "utf8-bom.properties"),
                scan.secrets().stream()
                        .map(s -> s.location().file().replace("src/main/resources/", ""))
                        .toList());
    }

    @Test
    void aLineLongerThanTheLimitIsReadInPiecesWithItsOwnLineNumber() throws IOException {
        write("src/main/resources/min.js", "var a;\nvar k='" + "x".repeat(100) + "'; var id='AKIAIOSFODNN7EXAMPLE';\n");

        SourceScan scan = new SourceScanner()
                .scan(new SourceRequest(
                        base,
                        base.resolve("target"),
                        List.of(SourceRoot.main(Path.of("src/main/resources"))),
                        List.of(),
                        64))
                .value();

        assertEquals(
                List.of(new Location("src/main/resources/min.js", 2)),
                scan.secrets().stream().map(HardcodedSecret::location).toList());
    }

    @Test
    void aResourceAtTheBaseDirectoryReadsOnlyWhatItSelectsAndNeverTheBuildVcsOrModuleDirectories() throws IOException {
        write("src/main/java/a/A.java", "class A {}\n");
        write("LICENSE.txt", "Apache License\n");
        write("NOTICE.txt", "Apache Commons\n");
        write("src/test/java/a/ATest.java", "class ATest { String password = \"Sup3rS3cret!9\"; } // TODO\n");
        write(".github/workflows/build.yml", "permissions:\n  id-token: write\n");
        write("target/classes/app.properties", "password=Sup3rS3cret!9\n");
        write(".git/config", "token=ghp_" + "a".repeat(36) + "\n");
        write("child/pom.xml", "<project/>\n");
        write("child/src/main/resources/app.properties", "password=Sup3rS3cret!9\n");
        List<String> walked = new java.util.ArrayList<>();
        PathSelector includes = new PathSelector() {
            @Override
            public boolean selects(String file) {
                walked.add(file);
                return file.equals("LICENSE.txt") || file.equals("NOTICE.txt");
            }

            @Override
            public boolean mayHoldSelected(String directory) {
                return true; // as for a **/ pattern: the pruning of target, .git and child is the scanner's own
            }

            @Override
            public String description() {
                return "includes LICENSE.txt, NOTICE.txt";
            }
        };

        Collected<SourceScan> collected = new SourceScanner()
                .scan(new SourceRequest(
                        base,
                        base.resolve("target"),
                        List.of(
                                SourceRoot.main(Path.of("src/main/java")),
                                new SourceRoot(Path.of("."), false, includes)),
                        List.of(Path.of("child")),
                        SourceRequest.DEFAULT_MAX_LINE_LENGTH));

        SourceScan scan = collected.value();
        assertEquals(3, scan.filesScanned(), "A.java, LICENSE.txt, NOTICE.txt");
        assertEquals(List.of(), scan.secrets());
        assertEquals(List.of(), scan.markers(), "the test's TODO is not main code");
        assertTrue(
                walked.stream()
                        .noneMatch(f -> f.startsWith("target/") || f.startsWith(".git/") || f.startsWith("child/")),
                walked.toString());
        assertEquals(
                "3 files, 1 lines of code (src/main/java: 1, .: 2 [includes LICENSE.txt, NOTICE.txt])",
                collected.records().get(0).detail());
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
        SourceScan withTests = new SourceScanner()
                .scan(SourceRequest.of(
                        base,
                        base.resolve("target"),
                        List.of(Path.of("src/main/java")),
                        List.of(Path.of("src/test/java"))))
                .value();

        assertEquals(1, withoutTests.filesScanned());
        assertEquals(2, withTests.filesScanned());
        assertEquals(List.of(), withTests.markers(), "markers are counted in main sources only");
        assertTrue(withTests.linesOfCode() >= withoutTests.linesOfCode());
    }

    private Collected<SourceScan> scan(List<Path> mainRoots) {
        return new SourceScanner().scan(SourceRequest.of(base, base.resolve("target"), mainRoots, List.of()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private void write(String path, String content) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
