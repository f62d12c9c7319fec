package io.github.readiness.benchmarks;

import io.github.readiness.rules.evidence.jacoco.JacocoExecAnalyzer;
import java.nio.file.Path;

/** The layout of one generated module; {@code target/} holds what a build would leave there. */
public record ModuleData(Path base) {
    public Path target() {
        return base.resolve("target");
    }

    public Path classes() {
        return target().resolve("classes");
    }

    public Path exec() {
        return target().resolve("jacoco.exec");
    }

    public Path xml() {
        return target().resolve("site/jacoco/jacoco.xml");
    }

    /** The coverage cache the last build left in target/. */
    public Path cacheFile() {
        return target().resolve(JacocoExecAnalyzer.CACHE_FILE);
    }

    public Path surefireReports() {
        return target().resolve("surefire-reports");
    }

    public Path dependencyCheck() {
        return target().resolve("dependency-check-report.json");
    }

    public Path sarif() {
        return target().resolve("codeql.sarif");
    }
}
