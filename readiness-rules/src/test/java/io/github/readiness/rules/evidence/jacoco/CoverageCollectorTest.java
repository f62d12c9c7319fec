package io.github.readiness.rules.evidence.jacoco;

import static io.github.readiness.rules.evidence.EvidenceStatus.INVALID;
import static io.github.readiness.rules.evidence.EvidenceStatus.NOT_APPLICABLE;
import static io.github.readiness.rules.evidence.EvidenceStatus.NOT_AVAILABLE;
import static io.github.readiness.rules.evidence.EvidenceStatus.NOT_RUN;
import static io.github.readiness.rules.evidence.EvidenceStatus.READ;
import static io.github.readiness.rules.evidence.EvidenceStatus.STALE;
import static io.github.readiness.rules.evidence.jacoco.ExecFixtures.COMPILED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A module laid out as Maven leaves it: target/classes with the compiled Calculator (at COMPILED), exec files
 * in target (written one hour later unless a test sets another time), target/site/jacoco/jacoco.xml.
 */
class CoverageCollectorTest {
    private static final String XML = "target/site/jacoco/jacoco.xml";
    private static final String EXEC = "target/jacoco.exec";
    private static final String ROLLERCOASTER = JacocoXmlReaderTest.ROLLERCOASTER;
    private static final String EMPTY_AGGREGATE = "jacoco-empty-aggregate-cia/jacoco.xml";

    @TempDir
    Path base;

    private Path target;
    private Path classes;
    private final CoverageCollector collector = new CoverageCollector();

    @BeforeEach
    void compile() throws Exception {
        target = base.resolve("target");
        classes = target.resolve("classes");
        ExecFixtures.writeClass(classes, ExecFixtures.calculatorBytes());
    }

    private Collected<CoverageEvidence> collect() throws EvidenceException {
        return collector.collect(new CoverageRequest(base, target, classes, List.of(), base.resolve(XML), null));
    }

    private Path exec(String name, int... absoluteValues) throws Exception {
        return ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), target.resolve(name), absoluteValues);
    }

    private void xml(String realReport, int minutesAfterCompile) throws Exception {
        Path xml = base.resolve(XML);
        Files.createDirectories(xml.getParent());
        Files.copy(JacocoXmlReaderTest.realReport(realReport), xml, StandardCopyOption.REPLACE_EXISTING);
        ExecFixtures.touch(xml, COMPILED.plusSeconds(60L * minutesAfterCompile));
    }

    private static EvidenceRecord record(String path, EvidenceStatus status, String detail) {
        return new EvidenceRecord("jacoco", path, status, detail);
    }

    @Test
    void analysesTheExecFileWhenThereIsNoXmlReport() throws Exception {
        exec("jacoco.exec", 5);

        Collected<CoverageEvidence> collected = collect();

        assertEquals(READ, collected.status());
        assertEquals("jacoco.exec", collected.value().origin());
        assertEquals(new Counter(2, 3), collected.value().counter(CounterType.LINE));
        assertEquals(List.of(record(XML, NOT_AVAILABLE, "not generated; the exec files are used instead"),
                record(EXEC, READ, "")), collected.records());
    }

    @Test
    void mergesEveryExecFileDirectlyInTheBuildDirectory() throws Exception {
        exec("jacoco.exec", 5);
        exec("jacoco-it.exec", -5);
        // not directly in target: never looked at, or this garbage would fail the collection
        Files.createDirectories(target.resolve("nested"));
        Files.writeString(target.resolve("nested/old.exec"), "garbage");

        Collected<CoverageEvidence> collected = collect();

        assertEquals(new Counter(1, 4), collected.value().counter(CounterType.LINE));
        assertEquals(new Counter(0, 2), collected.value().counter(CounterType.BRANCH));
        assertEquals(List.of(XML, "target/jacoco-it.exec", EXEC),
                collected.records().stream().map(EvidenceRecord::path).toList());
    }

    @Test
    void usesExactlyTheConfiguredExecFilesAndReportsMissingOnes() throws Exception {
        Path custom = exec("custom/unit.exec", -5);
        Files.writeString(target.resolve("jacoco.exec"), "garbage that is not configured, so never read");
        Path missing = target.resolve("custom/it.exec");

        Collected<CoverageEvidence> collected = collector.collect(
                new CoverageRequest(base, target, classes, List.of(custom, missing), base.resolve(XML), null));

        // absolute(-5) runs "return -value" (3 instructions), absolute(5) would run "return value" (2)
        assertEquals(new Counter(6, 8), collected.value().counter(CounterType.INSTRUCTION));
        assertEquals(List.of(record(XML, NOT_AVAILABLE, "not generated; the exec files are used instead"),
                record("target/custom/it.exec", NOT_AVAILABLE,
                        "does not exist: check the destFile of jacoco-maven-plugin's prepare-agent goal"),
                record("target/custom/unit.exec", READ, "")), collected.records());
    }

    @Test
    void aTruncatedExecFileIsAnErrorNamingIt() throws Exception {
        Path good = exec("good.exec", 5);
        Files.move(good, target.resolve("good.bak"));
        ExecFixtures.truncatedCopy(target.resolve("good.bak"), target.resolve("jacoco.exec"), 40);

        EvidenceException e = assertThrows(EvidenceException.class, this::collect);

        assertTrue(e.getMessage().startsWith(EXEC + ": is not a readable JaCoCo exec file ("), e.getMessage());
    }

    @Test
    void aCorruptExecFileIsAnErrorEvenWhenItIsAlsoOld() throws Exception {
        Path good = exec("good.exec", 5);
        Files.move(good, target.resolve("good.bak"));
        ExecFixtures.truncatedCopy(target.resolve("good.bak"), target.resolve("jacoco.exec"), 40);
        ExecFixtures.touch(target.resolve("jacoco.exec"), COMPILED.minusSeconds(60));

        EvidenceException e = assertThrows(EvidenceException.class, this::collect);

        assertTrue(e.getMessage().startsWith(EXEC + ": is not a readable JaCoCo exec file ("), e.getMessage());
    }

    @Test
    void execDataOfAnotherBuildOfTheClassesIsStale() throws Exception {
        ExecFixtures.runAbsolute(ExecFixtures.changedCalculatorBytes(), target.resolve("jacoco.exec"), 5);

        Collected<CoverageEvidence> collected = collect();

        String detail = "execution data of 1 class does not match the compiled classes (e.g. "
                + ExecFixtures.CALCULATOR_VM + "): left over from an earlier build; run mvn clean verify";
        assertEquals(STALE, collected.status());
        assertNull(collected.value());
        assertEquals(detail, collected.detail());
        assertEquals(record(EXEC, STALE, detail), collected.records().get(1));
    }

    @Test
    void execOlderThanTheClassesIsStale() throws Exception {
        ExecFixtures.touch(exec("jacoco.exec", 5), COMPILED.minusSeconds(60));

        Collected<CoverageEvidence> collected = collect();

        String detail = "target/jacoco.exec is older than the classes in target/classes: tests did not run after the"
                + " last compile; run mvn verify";
        assertEquals(STALE, collected.status());
        assertEquals(detail, collected.detail());
        assertEquals(List.of(record(XML, NOT_AVAILABLE, "not generated; the exec files are used instead"),
                record(EXEC, STALE, detail)), collected.records());
    }

    @Test
    void noExecAndNoXmlIsNotAvailable() throws Exception {
        Collected<CoverageEvidence> collected = collect();

        String detail = "no coverage data: neither target/jacoco.exec nor target/site/jacoco/jacoco.xml exists; add"
                + " jacoco-maven-plugin's prepare-agent goal and run mvn verify";
        assertEquals(NOT_AVAILABLE, collected.status());
        assertEquals(detail, collected.detail());
        assertEquals(List.of(record(XML, NOT_AVAILABLE, detail), record(EXEC, NOT_AVAILABLE, detail)),
                collected.records());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no classes directory", "only resources"})
    void noCompiledClassesIsNotApplicable(String layout) throws Exception {
        exec("jacoco.exec", 5);
        try (var files = Files.walk(classes)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        if (layout.equals("only resources")) {
            Files.createDirectories(classes.resolve("META-INF"));
            Files.writeString(classes.resolve("META-INF/app.properties"), "name=app");
        }

        Collected<CoverageEvidence> collected = collect();

        assertEquals(NOT_APPLICABLE, collected.status());
        assertEquals("no compiled classes in target/classes", collected.detail());
        assertEquals(List.of(record("target/classes", NOT_APPLICABLE, "no compiled classes in target/classes")),
                collected.records());
    }

    @ParameterizedTest
    @ValueSource(strings = {"skipTests", "maven.test.skip"})
    void skippedTestsMeanTheFilesAreFromAnEarlierRun(String property) throws Exception {
        exec("jacoco.exec", 5);
        xml(ROLLERCOASTER, 120);

        Collected<CoverageEvidence> collected =
                collector.collect(new CoverageRequest(base, target, classes, List.of(), base.resolve(XML),
                        BuildProvenance.skippedBy(property)));

        String detail = "this build skipped the tests (" + property + "=true), so coverage files in target/ are from"
                + " an earlier run; run the build without -D" + property;
        assertEquals(NOT_RUN, collected.status());
        assertEquals(detail, collected.detail());
        assertEquals(List.of(record(XML, NOT_RUN, detail), record(EXEC, NOT_RUN, detail)), collected.records());
    }

    /** The exec file is written 60 minutes after the compile; the xml report at the given minute. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "120 | jacoco.xml  | READ  | ''",
        "60  | jacoco.xml  | READ  | ''",
        "30  | jacoco.exec | STALE | target/site/jacoco/jacoco.xml is older than target/jacoco.exec: it was not"
                + " regenerated after the last test run; run mvn verify",
        "-30 | jacoco.exec | STALE | target/site/jacoco/jacoco.xml is older than the classes in target/classes: it was"
                + " not regenerated after the last compile; run mvn verify"})
    void usesTheXmlReportOnlyWhenItIsAsNewAsClassesAndExecFiles(
            int xmlMinute, String origin, EvidenceStatus xmlStatus, String xmlDetail) throws Exception {
        exec("jacoco.exec", 5);
        xml(ROLLERCOASTER, xmlMinute);

        Collected<CoverageEvidence> collected = collect();

        assertEquals(READ, collected.status());
        assertEquals(origin, collected.value().origin());
        assertEquals(origin.equals("jacoco.xml") ? new Counter(16, 1060) : new Counter(2, 3),
                collected.value().counter(CounterType.LINE));
        assertEquals(record(XML, xmlStatus, xmlDetail), collected.records().get(0));
        assertEquals(record(EXEC, READ, origin.equals("jacoco.xml")
                ? "already summarised in the newer target/site/jacoco/jacoco.xml" : ""), collected.records().get(1));
    }

    @Test
    void aFreshXmlReportIsEnoughWithoutExecFiles() throws Exception {
        xml(ROLLERCOASTER, 1);

        Collected<CoverageEvidence> collected = collect();

        assertEquals(new Counter(2, 35), collected.value().counter(CounterType.CLASS));
        assertEquals(List.of(record(XML, READ, "")), collected.records());
    }

    @Test
    void aStaleXmlReportWithoutExecFilesIsStale() throws Exception {
        xml(ROLLERCOASTER, -1);

        Collected<CoverageEvidence> collected = collect();

        assertEquals(STALE, collected.status());
        assertEquals(List.of(record(XML, STALE, collected.detail()), record(EXEC, NOT_AVAILABLE, "does not exist")),
                collected.records());
        assertTrue(collected.detail().startsWith(XML + " is older than the classes in target/classes"));
    }

    @Test
    void anEmptyAggregateWithoutExecFilesIsInvalid() throws Exception {
        xml(EMPTY_AGGREGATE, 120);

        Collected<CoverageEvidence> collected = collect();

        String detail = "target/site/jacoco/jacoco.xml is an empty JaCoCo report (no counters): an empty"
                + " report-aggregate? Point the configuration at the module's own jacoco.xml or jacoco.exec";
        assertEquals(INVALID, collected.status());
        assertEquals(detail, collected.detail());
        assertEquals(List.of(record(XML, INVALID, detail), record(EXEC, NOT_AVAILABLE, "does not exist")),
                collected.records());
    }

    @Test
    void anEmptyAggregateFallsBackToTheExecFiles() throws Exception {
        exec("jacoco.exec", 5);
        xml(EMPTY_AGGREGATE, 120);

        Collected<CoverageEvidence> collected = collect();

        assertEquals(READ, collected.status());
        assertEquals("jacoco.exec", collected.value().origin());
        assertEquals(new Counter(2, 3), collected.value().counter(CounterType.LINE));
        assertEquals(List.of(INVALID, READ), collected.records().stream().map(EvidenceRecord::status).toList());
    }

    @Test
    void aTestReportAtTheXmlPathIsAnErrorNamingItsFormat() throws Exception {
        exec("jacoco.exec", 5);
        xml("bundle-4156team-rollercoaster/target/surefire-reports/"
                + "TEST-com.java.rollercoaster.service.TicketServiceTest.xml", 120);

        EvidenceException e = assertThrows(EvidenceException.class, this::collect);

        assertTrue(e.getMessage().startsWith(XML + ": is a JUnit/Surefire test report (root element <testsuite>)"),
                e.getMessage());
    }

    @Test
    void withoutAnXmlReportConfiguredOnlyExecFilesAreLookedAt() throws Exception {
        Collected<CoverageEvidence> collected =
                collector.collect(new CoverageRequest(base, target, classes, List.of(), null, null));

        String detail = "no coverage data: target/jacoco.exec does not exist; add jacoco-maven-plugin's prepare-agent"
                + " goal and run mvn verify";
        assertEquals(detail, collected.detail());
        assertEquals(List.of(record(EXEC, NOT_AVAILABLE, detail)), collected.records());
    }
}
