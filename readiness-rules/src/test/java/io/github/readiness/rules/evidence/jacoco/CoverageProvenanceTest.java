package io.github.readiness.rules.evidence.jacoco;

import static io.github.readiness.rules.evidence.jacoco.ExecFixtures.COMPILED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.BuildProvenance.AgentDrop;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage evidence judged by what the build did ({@link BuildProvenance}): the exec files are written one hour after
 * the classes ({@link ExecFixtures#runAbsolute}); a build that started after that did not write them.
 */
class CoverageProvenanceTest {
    private static final Instant EXEC_WRITTEN = COMPILED.plusSeconds(3600);
    private static final AgentDrop XSS = new AgentDrop("maven-surefire-plugin", "-Xss640k", "argLine");

    @TempDir
    Path base;

    private Path target;
    private Path classes;

    @BeforeEach
    void compile() throws Exception {
        target = base.resolve("target");
        classes = target.resolve("classes");
        ExecFixtures.writeClass(classes, ExecFixtures.calculatorBytes());
    }

    private Collected<CoverageEvidence> collect(BuildProvenance provenance) throws Exception {
        return new CoverageCollector().collect(new CoverageRequest(base, target, classes, List.of(), null, provenance));
    }

    private static BuildProvenance lifecycle(Instant start, AgentDrop drop) {
        return new BuildProvenance(start, true, null, drop, "src/main/java");
    }

    @Test
    void execDataWrittenBeforeALifecycleBuildStartedIsAnEarlierRuns() throws Exception {
        ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), target.resolve("jacoco.exec"), 5);

        Collected<CoverageEvidence> collected = collect(lifecycle(EXEC_WRITTEN.plusSeconds(300), null));

        assertEquals(EvidenceStatus.STALE, collected.status());
        assertEquals(
                "target/jacoco.exec was written 5 min before this build started, and this build's tests wrote no"
                        + " coverage data to it (no test ran, or the tests ran without JaCoCo's agent), so it is from an"
                        + " earlier run; run mvn clean verify",
                collected.detail());
    }

    @Test
    void aCorruptExecFileIsAnErrorEvenWhenItIsFromAnEarlierRun() throws Exception {
        Path good = ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), base.resolve("good.exec"), 5);
        ExecFixtures.touch(ExecFixtures.truncatedCopy(good, target.resolve("jacoco.exec"), 20), EXEC_WRITTEN);

        assertThrows(EvidenceException.class, () -> collect(lifecycle(EXEC_WRITTEN.plusSeconds(300), null)));
    }

    @Test
    void execDataWrittenDuringTheBuildIsRead() throws Exception {
        ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), target.resolve("jacoco.exec"), 5);

        // same second as the start: file systems that keep whole seconds must not make it look older
        assertEquals(
                EvidenceStatus.READ,
                collect(lifecycle(EXEC_WRITTEN.plusMillis(700), null)).status());
    }

    @Test
    void standaloneCheckAcceptsEarlierExecData() throws Exception {
        ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), target.resolve("jacoco.exec"), 5);

        BuildProvenance standalone = new BuildProvenance(EXEC_WRITTEN.plusSeconds(86400), false, null, null, null);
        assertEquals(EvidenceStatus.READ, collect(standalone).status());
    }

    @Test
    void aDroppedAgentSaysWhereTheCoverageComesFrom() throws Exception {
        ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), target.resolve("jacoco-it.exec"), 5);
        Path old = ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), target.resolve("jacoco.exec"), -5);
        ExecFixtures.touch(old, EXEC_WRITTEN.minusSeconds(60 + 3 * 3600));

        Collected<CoverageEvidence> collected = collect(lifecycle(EXEC_WRITTEN.minusSeconds(60), XSS));

        assertEquals(EvidenceStatus.INVALID, collected.status());
        assertEquals(
                "maven-surefire-plugin's <argLine>-Xss640k</argLine> references neither @{argLine} nor"
                        + " -javaagent, so JaCoCo's agent (from jacoco-maven-plugin's prepare-agent) is not attached and its"
                        + " tests run unmeasured; fix: <argLine>@{argLine} -Xss640k</argLine>; coverage data comes only from"
                        + " target/jacoco-it.exec; target/jacoco.exec is from an earlier run (written 3 h before this build"
                        + " started)",
                collected.detail());
    }

    @Test
    void sourcesWithoutClassesAndWithExecDataAreInvalid() throws Exception {
        ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), target.resolve("jacoco.exec"), 5);
        deleteClasses();
        Files.writeString(classes, "a file where the directory was");

        Collected<CoverageEvidence> collected = collect(new BuildProvenance(null, false, null, null, "src/main/java"));

        assertEquals(EvidenceStatus.INVALID, collected.status());
        assertEquals(
                "no compiled classes in target/classes (it is a file, not a directory), but src/main/java has"
                        + " sources and target/jacoco.exec has coverage data: the classes it describes are missing, so"
                        + " coverage cannot be measured (deleted after the tests?); run mvn clean verify",
                collected.detail());
    }

    @Test
    void sourcesWithoutClassesOrExecDataAreMissingEvidence() throws Exception {
        deleteClasses();

        Collected<CoverageEvidence> collected = collect(new BuildProvenance(null, false, null, null, "src/main/java"));

        assertEquals(EvidenceStatus.NOT_AVAILABLE, collected.status());
        assertEquals(
                new EvidenceRecord(
                        "jacoco",
                        "target/classes",
                        EvidenceStatus.NOT_AVAILABLE,
                        "no compiled classes in target/classes, but src/main/java has sources: compile and test them (mvn"
                                + " verify)"),
                collected.records().get(0));
    }

    @Test
    void noSourcesAndNoClassesIsNothingToMeasure() throws Exception {
        deleteClasses();

        assertEquals(
                EvidenceStatus.NOT_APPLICABLE, collect(BuildProvenance.UNKNOWN).status());
    }

    @Test
    void agesAreShort() {
        assertEquals(
                List.of("40 s", "5 min", "3 h", "2 d"),
                List.of(
                        BuildProvenance.age(java.time.Duration.ofSeconds(40)),
                        BuildProvenance.age(java.time.Duration.ofMinutes(5)),
                        BuildProvenance.age(java.time.Duration.ofHours(3)),
                        BuildProvenance.age(java.time.Duration.ofDays(2))));
    }

    private void deleteClasses() throws Exception {
        try (var files = Files.walk(classes)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
