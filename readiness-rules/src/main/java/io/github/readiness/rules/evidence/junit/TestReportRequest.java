package io.github.readiness.rules.evidence.junit;

import io.github.readiness.rules.evidence.BuildProvenance;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where to look for the test reports of one module, and whether this build ran the tests at all.
 *
 * @param baseDir the project base directory; paths in records and messages are shown relative to it
 * @param reportDirectories directories holding {@code TEST-*.xml} files, read in this order (not recursively)
 * @param classesDirectory compiled main classes ({@code target/classes})
 * @param testClassesDirectory compiled test classes ({@code target/test-classes})
 * @param provenance what this build did (skipped tests, started when); null when unknown
 */
public record TestReportRequest(
        Path baseDir,
        List<Path> reportDirectories,
        Path classesDirectory,
        Path testClassesDirectory,
        BuildProvenance provenance) {
    public TestReportRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        reportDirectories = List.copyOf(reportDirectories);
        Objects.requireNonNull(classesDirectory, "classesDirectory");
        Objects.requireNonNull(testClassesDirectory, "testClassesDirectory");
        provenance = provenance == null ? BuildProvenance.UNKNOWN : provenance;
    }

    /**
     * Maven's default layout: {@code target/surefire-reports} and {@code target/failsafe-reports},
     * {@code target/classes}, {@code target/test-classes}; {@code testsSkippedBy} is the property that skipped the
     * tests, or null.
     */
    public static TestReportRequest defaults(Path baseDir, String testsSkippedBy) {
        Path target = baseDir.resolve("target");
        return new TestReportRequest(
                baseDir,
                List.of(target.resolve("surefire-reports"), target.resolve("failsafe-reports")),
                target.resolve("classes"),
                target.resolve("test-classes"),
                BuildProvenance.skippedBy(testsSkippedBy));
    }
}
