package io.github.readiness.rules.evidence.jacoco;

import static io.github.readiness.rules.evidence.EvidenceStatus.INVALID;
import static io.github.readiness.rules.evidence.EvidenceStatus.NOT_APPLICABLE;
import static io.github.readiness.rules.evidence.EvidenceStatus.NOT_AVAILABLE;
import static io.github.readiness.rules.evidence.EvidenceStatus.NOT_RUN;
import static io.github.readiness.rules.evidence.EvidenceStatus.READ;
import static io.github.readiness.rules.evidence.EvidenceStatus.STALE;
import static io.github.readiness.rules.evidence.jacoco.ExecFixtures.COMPILED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageNode;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ExcludedClasses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

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

    /**
     * Writes jacoco.xml as jacoco:report would from {@code execFile} (its sessions, the counters of its analysis) at
     * the given minute, listing only the classes of {@code listed} (VM names): the others are left out, as a report
     * execution's excludes leave them out.
     */
    private void reportOf(Path execFile, int minutesAfterCompile, List<String> listed) throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(execFile.toFile());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\"><report name=\"sample\">");
        for (SessionInfo session : loader.getSessionInfoStore().getInfos()) {
            String id =
                    session.getId().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            xml.append("<sessioninfo id=\"")
                    .append(id)
                    .append("\" start=\"")
                    .append(session.getStartTimeStamp())
                    .append("\" dump=\"")
                    .append(session.getDumpTimeStamp())
                    .append("\"/>");
        }
        CoverageEvidence measured =
                new JacocoExecAnalyzer().analyze(List.of(execFile), classes).coverage();
        for (CoverageNode pkg : measured.packages()) {
            List<CoverageNode> kept = pkg.children().stream()
                    .filter(c -> listed.contains(c.name()))
                    .toList();
            if (kept.isEmpty()) {
                continue;
            }
            xml.append("<package name=\"").append(pkg.name()).append("\">");
            for (CoverageNode cls : kept) {
                xml.append("<class name=\"")
                        .append(cls.name())
                        .append("\">")
                        .append(counters(cls))
                        .append("</class>");
            }
            xml.append(counters(new CoverageNode(pkg.name(), CoverageEvidence.sum(kept), List.of())))
                    .append("</package>");
        }
        List<CoverageNode> all = measured.packages().stream()
                .flatMap(p -> p.children().stream())
                .filter(c -> listed.contains(c.name()))
                .toList();
        xml.append(counters(new CoverageNode("", CoverageEvidence.sum(all), List.of())))
                .append("</report>");
        Path report = base.resolve(XML);
        Files.createDirectories(report.getParent());
        Files.writeString(report, xml);
        ExecFixtures.touch(report, COMPILED.plusSeconds(60L * minutesAfterCompile));
    }

    private static String counters(CoverageNode node) {
        StringBuilder xml = new StringBuilder();
        node.counters()
                .forEach((type, counter) -> xml.append("<counter type=\"")
                        .append(type)
                        .append("\" missed=\"")
                        .append(counter.missed())
                        .append("\" covered=\"")
                        .append(counter.covered())
                        .append("\"/>"));
        return xml.toString();
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
        assertEquals(
                List.of(
                        record(XML, NOT_AVAILABLE, "not generated; the exec files are used instead"),
                        record(EXEC, READ, "")),
                collected.records());
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
        assertEquals(
                List.of(XML, "target/jacoco-it.exec", EXEC),
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
        assertEquals(
                List.of(
                        record(XML, NOT_AVAILABLE, "not generated; the exec files are used instead"),
                        record(
                                "target/custom/it.exec",
                                NOT_AVAILABLE,
                                "does not exist: check the destFile of jacoco-maven-plugin's prepare-agent goal"),
                        record("target/custom/unit.exec", READ, "")),
                collected.records());
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
        assertEquals(
                List.of(
                        record(XML, NOT_AVAILABLE, "not generated; the exec files are used instead"),
                        record(EXEC, STALE, detail)),
                collected.records());
    }

    @Test
    void noExecAndNoXmlIsNotAvailable() throws Exception {
        Collected<CoverageEvidence> collected = collect();

        String detail = "no coverage data: neither target/jacoco.exec nor target/site/jacoco/jacoco.xml exists; add"
                + " jacoco-maven-plugin's prepare-agent goal and run mvn verify";
        assertEquals(NOT_AVAILABLE, collected.status());
        assertEquals(detail, collected.detail());
        assertEquals(
                List.of(record(XML, NOT_AVAILABLE, detail), record(EXEC, NOT_AVAILABLE, detail)), collected.records());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no classes directory", "only resources"})
    void noCompiledClassesIsNotApplicable(String layout) throws Exception {
        exec("jacoco.exec", 5);
        try (var files = Files.walk(classes)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        }
        if (layout.equals("only resources")) {
            Files.createDirectories(classes.resolve("META-INF"));
            Files.writeString(classes.resolve("META-INF/app.properties"), "name=app");
        }

        Collected<CoverageEvidence> collected = collect();

        assertEquals(NOT_APPLICABLE, collected.status());
        assertEquals("no compiled classes in target/classes", collected.detail());
        assertEquals(
                List.of(record("target/classes", NOT_APPLICABLE, "no compiled classes in target/classes")),
                collected.records());
    }

    @ParameterizedTest
    @ValueSource(strings = {"skipTests", "maven.test.skip"})
    void skippedTestsMeanTheFilesAreFromAnEarlierRun(String property) throws Exception {
        exec("jacoco.exec", 5);
        xml(ROLLERCOASTER, 120);

        Collected<CoverageEvidence> collected = collector.collect(new CoverageRequest(
                base, target, classes, List.of(), base.resolve(XML), BuildProvenance.skippedBy(property)));

        String detail = "this build skipped the tests (" + property + "=true), so coverage files in target/ are from"
                + " an earlier run; run the build without -D" + property;
        assertEquals(NOT_RUN, collected.status());
        assertEquals(detail, collected.detail());
        assertEquals(List.of(record(XML, NOT_RUN, detail), record(EXEC, NOT_RUN, detail)), collected.records());
    }

    /** The exec file is written 60 minutes after the compile; the xml report at the given minute. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "120 | jacoco.xml  | READ  | ''",
                "60  | jacoco.xml  | READ  | ''",
                "30  | jacoco.exec | STALE | target/site/jacoco/jacoco.xml is older than target/jacoco.exec: it was not"
                        + " regenerated after the last test run; run mvn verify",
                "-30 | jacoco.exec | STALE | target/site/jacoco/jacoco.xml is older than the classes in target/classes: it was"
                        + " not regenerated after the last compile; run mvn verify"
            })
    void usesTheXmlReportOnlyWhenItIsAsNewAsClassesAndExecFiles(
            int xmlMinute, String origin, EvidenceStatus xmlStatus, String xmlDetail) throws Exception {
        reportOf(exec("jacoco.exec", 5), xmlMinute, List.of(ExecFixtures.CALCULATOR_VM));

        Collected<CoverageEvidence> collected = collect();

        assertEquals(READ, collected.status());
        assertEquals(origin, collected.value().origin());
        assertEquals(new Counter(2, 3), collected.value().counter(CounterType.LINE));
        assertNull(collected.value().excluded());
        assertEquals(record(XML, xmlStatus, xmlDetail), collected.records().get(0));
        assertEquals(
                record(
                        EXEC,
                        READ,
                        origin.equals("jacoco.xml")
                                ? "already summarised in the newer target/site/jacoco/jacoco.xml"
                                : ""),
                collected.records().get(1));
    }

    @Test
    void aFreshXmlReportIsEnoughWithoutExecFiles() throws Exception {
        reportOf(
                ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), base.resolve("elsewhere.exec"), 5),
                1,
                List.of(ExecFixtures.CALCULATOR_VM));

        Collected<CoverageEvidence> collected = collect();

        assertEquals(new Counter(0, 1), collected.value().counter(CounterType.CLASS));
        assertEquals(List.of(record(XML, READ, "")), collected.records());
    }

    // ---- the jacoco.xml cross-checked with the exec files and the classes

    /** A report of another run (a hand-edited one, or one computed from other data) is not trusted for its time. */
    @Test
    void aReportOfAnotherRunFallsBackToTheExecFiles() throws Exception {
        reportOf(
                ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), base.resolve("earlier.exec"), 5, -5),
                120,
                List.of(ExecFixtures.CALCULATOR_VM));
        exec("jacoco.exec", 5);

        Collected<CoverageEvidence> collected = collect();

        assertEquals(READ, collected.status());
        assertEquals("jacoco.exec", collected.value().origin());
        assertEquals(
                new Counter(2, 3), collected.value().counter(CounterType.LINE), "this run's data, not the report's");
        EvidenceRecord xml = collected.records().get(0);
        assertEquals(INVALID, xml.status());
        assertTrue(
                xml.detail()
                        .matches(
                                "target/site/jacoco/jacoco.xml names a session \\(.+\\) that target/jacoco.exec"
                                        + " does not hold: it is not the report of this build's test run; the exec files are analysed instead"),
                xml.detail());
        assertEquals(record(EXEC, READ, ""), collected.records().get(1));
    }

    @Test
    void aReportWithoutSessionsIsNotTheReportOfTheExecFiles() throws Exception {
        exec("jacoco.exec", 5);
        reportOf(target.resolve("jacoco.exec"), 120, List.of(ExecFixtures.CALCULATOR_VM));
        Path xml = base.resolve(XML);
        Files.writeString(xml, Files.readString(xml).replaceAll("<sessioninfo [^>]*/>", ""));
        ExecFixtures.touch(xml, COMPILED.plusSeconds(7200));

        Collected<CoverageEvidence> collected = collect();

        assertEquals("jacoco.exec", collected.value().origin());
        assertEquals(
                record(
                        XML,
                        INVALID,
                        "target/site/jacoco/jacoco.xml names no session (no <sessioninfo>), so it"
                                + " cannot be the report of target/jacoco.exec: it was not written by jacoco:report from this build's"
                                + " data; the exec files are analysed instead"),
                collected.records().get(0));
    }

    /** Without exec files the sessions cannot be checked, the classes can: a report of other classes blocks. */
    @Test
    void aReportOfOtherClassesWithoutExecFilesIsInvalid() throws Exception {
        xml(ROLLERCOASTER, 120);

        Collected<CoverageEvidence> collected = collect();

        assertEquals(INVALID, collected.status());
        assertEquals(
                "target/site/jacoco/jacoco.xml lists 37 classes that target/classes does not hold (e.g."
                        + " com.java.rollercoaster.MybatisGenerator): it describes other classes; no exec file to"
                        + " measure instead: run mvn clean verify",
                collected.detail());
    }

    /** A class with code the report does not list is left out of its numbers: read, and stated. */
    @Test
    void classesTheReportLeavesOutAreCountedWithTheirLines() throws Exception {
        Path other = classes.resolve("io/github/readiness/rules/evidence/jacoco/ExecFixtures.class");
        try (var in = getClass().getResourceAsStream("/io/github/readiness/rules/evidence/jacoco/ExecFixtures.class")) {
            Files.write(other, in.readAllBytes());
        }
        ExecFixtures.touch(other, COMPILED);
        reportOf(exec("jacoco.exec", 5), 120, List.of(ExecFixtures.CALCULATOR_VM));

        Collected<CoverageEvidence> collected = collect();

        assertEquals("jacoco.xml", collected.value().origin());
        assertEquals(new Counter(2, 3), collected.value().counter(CounterType.LINE));
        ExcludedClasses excluded = collected.value().excluded();
        assertEquals(1, excluded.classes());
        assertEquals(List.of("io.github.readiness.rules.evidence.jacoco.ExecFixtures"), excluded.examples());
        assertEquals(0, excluded.coveredLines());
        assertTrue(excluded.lines() > 20, "ExecFixtures has " + excluded.lines() + " lines");
        assertEquals(
                record(
                        XML,
                        READ,
                        "leaves out 1 class with " + excluded.lines() + " executable lines (0 covered),"
                                + " e.g. io.github.readiness.rules.evidence.jacoco.ExecFixtures"),
                collected.records().get(0));
    }

    /** Interfaces without code, package-info and the like are never in a JaCoCo report: not left out. */
    @Test
    void classesWithoutCodeAreNotLeftOut() throws Exception {
        Path empty = classes.resolve("io/github/readiness/rules/evidence/jacoco/sample/package-info.class");
        ClassWriter writer = new ClassWriter(0);
        writer.visit(
                Opcodes.V17,
                Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT | Opcodes.ACC_SYNTHETIC,
                ExecFixtures.SAMPLE_PACKAGE_VM + "/package-info",
                null,
                "java/lang/Object",
                null);
        writer.visitEnd();
        Files.write(empty, writer.toByteArray());
        ExecFixtures.touch(empty, COMPILED);
        reportOf(exec("jacoco.exec", 5), 120, List.of(ExecFixtures.CALCULATOR_VM));

        Collected<CoverageEvidence> collected = collect();

        assertEquals("jacoco.xml", collected.value().origin());
        assertNull(collected.value().excluded());
    }

    /** "Every class excluded" is an empty report: never read as covered; the exec files measure instead. */
    @Test
    void aReportThatLeavesOutEveryClassIsNeverReadAsCovered() throws Exception {
        reportOf(exec("jacoco.exec", 5), 120, List.of());

        Collected<CoverageEvidence> collected = collect();

        assertEquals("jacoco.exec", collected.value().origin());
        assertEquals(new Counter(2, 3), collected.value().counter(CounterType.LINE));
        assertEquals(INVALID, collected.records().get(0).status());
        assertTrue(collected.records().get(0).detail().contains("excludes that leave out every class"));
    }

    @Test
    void aStaleXmlReportWithoutExecFilesIsStale() throws Exception {
        xml(ROLLERCOASTER, -1);

        Collected<CoverageEvidence> collected = collect();

        assertEquals(STALE, collected.status());
        assertEquals(
                List.of(record(XML, STALE, collected.detail()), record(EXEC, NOT_AVAILABLE, "does not exist")),
                collected.records());
        assertTrue(collected.detail().startsWith(XML + " is older than the classes in target/classes"));
    }

    @Test
    void anEmptyAggregateWithoutExecFilesIsInvalid() throws Exception {
        xml(EMPTY_AGGREGATE, 120);

        Collected<CoverageEvidence> collected = collect();

        String detail = "target/site/jacoco/jacoco.xml is an empty JaCoCo report (no counters): an empty"
                + " report-aggregate, or excludes that leave out every class? Point the configuration at the module's own jacoco.xml or jacoco.exec";
        assertEquals(INVALID, collected.status());
        assertEquals(detail, collected.detail());
        assertEquals(
                List.of(record(XML, INVALID, detail), record(EXEC, NOT_AVAILABLE, "does not exist")),
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
        assertEquals(
                List.of(INVALID, READ),
                collected.records().stream().map(EvidenceRecord::status).toList());
    }

    @Test
    void aTestReportAtTheXmlPathIsAnErrorNamingItsFormat() throws Exception {
        exec("jacoco.exec", 5);
        xml(
                "bundle-4156team-rollercoaster/target/surefire-reports/"
                        + "TEST-com.java.rollercoaster.service.TicketServiceTest.xml",
                120);

        EvidenceException e = assertThrows(EvidenceException.class, this::collect);

        assertTrue(
                e.getMessage().startsWith(XML + ": is a JUnit/Surefire test report (root element <testsuite>)"),
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

    @Test
    void aCacheFileOutsideTargetSurvivesCleanAndServesEveryClassOfTheNextBuild() throws Exception {
        Path cacheFile = base.resolve("ci-cache/org.example/calculator/coverage-cache.bin");
        CoverageRequest request = new CoverageRequest(base, target, classes, List.of(), null, null, cacheFile);
        exec("jacoco.exec", 5);
        Collected<CoverageEvidence> first = collector.collect(request);
        assertTrue(Files.isRegularFile(cacheFile));
        assertFalse(Files.exists(target.resolve(JacocoExecAnalyzer.CACHE_FILE)), "nothing cached under target/");

        // mvn clean, then the same sources and tests again: a CI build that restored the cache directory
        try (Stream<Path> files = Files.walk(target)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
        compile();
        exec("jacoco.exec", 5);
        FileTime restored = FileTime.from(COMPILED.minusSeconds(3600));
        Files.setLastModifiedTime(cacheFile, restored);
        Collected<CoverageEvidence> second = collector.collect(request);

        assertEquals(first.value().bundle(), second.value().bundle());
        assertEquals(first.value().packages(), second.value().packages());
        assertEquals(restored, Files.getLastModifiedTime(cacheFile), "every class came from the cache: not rewritten");
    }

    @Test
    void classesWhoseProbesChangedAreAnalysedAgainDespiteTheRestoredCache() throws Exception {
        Path cacheFile = base.resolve("ci-cache/coverage-cache.bin");
        CoverageRequest request = new CoverageRequest(base, target, classes, List.of(), null, null, cacheFile);
        exec("jacoco.exec", 5);
        Collected<CoverageEvidence> before = collector.collect(request);

        exec("jacoco.exec", -5); // the tests changed: the other branch of absolute() ran
        Collected<CoverageEvidence> cached = collector.collect(request);
        Collected<CoverageEvidence> uncached = collector.collect(
                new CoverageRequest(base, target, classes, List.of(), null, null, base.resolve("none/cache.bin")));

        assertEquals(uncached.value().bundle(), cached.value().bundle());
        assertNotEquals(before.value().bundle(), cached.value().bundle());
    }
}
