package io.github.readiness.maven.evidence;

import java.io.File;
import java.util.List;

/**
 * Where the goals look for evidence, as configured (null or empty lists mean "the tool's default location"); the
 * parameters themselves are documented on {@code AbstractEvaluationMojo}.
 */
public record EvidenceLocations(
        File classesDirectory,
        File testClassesDirectory,
        List<File> jacocoExecFiles,
        File jacocoXmlReport,
        List<File> testReportsDirectories,
        List<File> dependencyCheckReports,
        List<String> sarifReports,
        File spotbugsReport,
        File pmdReport,
        File checkstyleReport,
        boolean scanTestSources,
        File coverageCacheDirectory,
        List<String> performanceReports) {
    /** The locations with the coverage cache in its default place and each performance tool's default location. */
    public EvidenceLocations(
            File classesDirectory,
            File testClassesDirectory,
            List<File> jacocoExecFiles,
            File jacocoXmlReport,
            List<File> testReportsDirectories,
            List<File> dependencyCheckReports,
            List<String> sarifReports,
            File spotbugsReport,
            File pmdReport,
            File checkstyleReport,
            boolean scanTestSources) {
        this(
                classesDirectory,
                testClassesDirectory,
                jacocoExecFiles,
                jacocoXmlReport,
                testReportsDirectories,
                dependencyCheckReports,
                sarifReports,
                spotbugsReport,
                pmdReport,
                checkstyleReport,
                scanTestSources,
                null,
                List.of());
    }
}
