package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.BuildProvenance;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where to look for coverage evidence of one module. All paths are absolute or relative to the working
 * directory; messages show them relative to {@code baseDir}.
 *
 * @param baseDir the project base directory
 * @param buildDirectory {@code target}; searched for {@code *.exec} when {@code execFiles} is empty
 * @param classesDirectory {@code target/classes}, the classes coverage is measured on
 * @param execFiles exec files to use; empty to discover {@code target/*.exec}
 * @param xmlReport {@code target/site/jacoco/jacoco.xml}, used when fresh; null to never use one
 * @param provenance what this build did (skipped tests, started when, dropped the agent); null when unknown
 * @param cacheFile where the per-class analysis results are kept between builds; null for the default,
 *     {@code target/readiness/coverage-cache.bin} ({@link JacocoExecAnalyzer#CACHE_FILE}), which {@code mvn clean}
 *     deletes: a file elsewhere survives it, so a CI build that restores it analyses only the classes that changed
 */
public record CoverageRequest(
        Path baseDir,
        Path buildDirectory,
        Path classesDirectory,
        List<Path> execFiles,
        Path xmlReport,
        BuildProvenance provenance,
        Path cacheFile) {
    /** A request with the cache in its default place under the build directory. */
    public CoverageRequest(
            Path baseDir,
            Path buildDirectory,
            Path classesDirectory,
            List<Path> execFiles,
            Path xmlReport,
            BuildProvenance provenance) {
        this(baseDir, buildDirectory, classesDirectory, execFiles, xmlReport, provenance, null);
    }

    public CoverageRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        Objects.requireNonNull(classesDirectory, "classesDirectory");
        execFiles = execFiles == null ? List.of() : List.copyOf(execFiles);
        provenance = provenance == null ? BuildProvenance.UNKNOWN : provenance;
        cacheFile = cacheFile == null ? buildDirectory.resolve(JacocoExecAnalyzer.CACHE_FILE) : cacheFile;
    }
}
