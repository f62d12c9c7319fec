package io.github.readiness.rules.evidence.jacoco;

import static io.github.readiness.rules.evidence.jacoco.ExecFixtures.CALCULATOR_VM;
import static io.github.readiness.rules.evidence.jacoco.ExecFixtures.SAMPLE_PACKAGE_VM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageNode;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.jacoco.JacocoExecAnalyzer.ExecAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JacocoExecAnalyzerTest {
    @TempDir
    Path base;

    private Path classes;
    private JacocoExecAnalyzer analyzer;

    @BeforeEach
    void compile() throws Exception {
        classes = base.resolve("target/classes");
        ExecFixtures.writeClass(classes, ExecFixtures.calculatorBytes());
        analyzer = new JacocoExecAnalyzer(base);
    }

    /**
     * Calculator: 5 lines, 14 instructions, 2 branches, 3 methods, complexity 4. Each row is one exec file per
     * inner array (the values passed to absolute) and the expected counters as {missed, covered}.
     */
    static Stream<Arguments> runs() {
        return Stream.of(
                // absolute(5): the constructor, "if" and "return value" run; "return -value" and twice() do not
                Arguments.of(
                        new int[][] {{5}},
                        Map.of(
                                CounterType.LINE, new Counter(2, 3),
                                CounterType.INSTRUCTION, new Counter(7, 7),
                                CounterType.BRANCH, new Counter(1, 1),
                                CounterType.COMPLEXITY, new Counter(2, 2),
                                CounterType.METHOD, new Counter(1, 2),
                                CounterType.CLASS, new Counter(0, 1))),
                // two exec files, absolute(5) and absolute(-5): merged, both branches are covered
                Arguments.of(
                        new int[][] {{5}, {-5}},
                        Map.of(
                                CounterType.LINE, new Counter(1, 4),
                                CounterType.INSTRUCTION, new Counter(4, 10),
                                CounterType.BRANCH, new Counter(0, 2),
                                CounterType.COMPLEXITY, new Counter(1, 3),
                                CounterType.METHOD, new Counter(1, 2),
                                CounterType.CLASS, new Counter(0, 1))),
                // only new Calculator(): the constructor's one line and three instructions
                Arguments.of(
                        new int[][] {{}},
                        Map.of(
                                CounterType.LINE, new Counter(4, 1),
                                CounterType.INSTRUCTION, new Counter(11, 3),
                                CounterType.BRANCH, new Counter(2, 0),
                                CounterType.COMPLEXITY, new Counter(3, 1),
                                CounterType.METHOD, new Counter(2, 1),
                                CounterType.CLASS, new Counter(0, 1))));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void countsWhatTheTestsRan(int[][] runs, Map<CounterType, Counter> expected) throws Exception {
        List<Path> execFiles = new ArrayList<>();
        for (int i = 0; i < runs.length; i++) {
            Path exec = base.resolve("target/run" + i + ".exec");
            execFiles.add(ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), exec, runs[i]));
        }

        ExecAnalysis analysis = analyzer.analyze(execFiles, classes);

        CoverageEvidence coverage = analysis.coverage();
        assertEquals("jacoco.exec", coverage.origin());
        assertEquals(expected, coverage.bundle());
        assertEquals(List.of(), analysis.noMatchClasses());
        CoverageNode pkg = coverage.packages().get(0);
        assertEquals(SAMPLE_PACKAGE_VM, pkg.name());
        assertEquals(expected, pkg.counters(), "the only package carries the bundle's counters");
        assertEquals(CALCULATOR_VM, pkg.children().get(0).name());
        assertEquals(expected, pkg.children().get(0).counters(), "the only class carries the bundle's counters");
    }

    @Test
    void execDataOfAnotherBuildOfTheClassIsNoMatch() throws Exception {
        byte[] nextBuild = ExecFixtures.changedCalculatorBytes();
        Path exec = ExecFixtures.runAbsolute(nextBuild, base.resolve("target/jacoco.exec"), 5, -5);

        ExecAnalysis analysis = analyzer.analyze(List.of(exec), classes);

        assertEquals(List.of(CALCULATOR_VM), analysis.noMatchClasses());
        // JaCoCo cannot use probes of other bytes: the class counts as not run at all
        assertEquals(new Counter(5, 0), analysis.coverage().counter(CounterType.LINE));
    }

    @Test
    void noClassesGiveEmptyCoverage() throws Exception {
        Path exec = ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), base.resolve("target/jacoco.exec"), 5);

        ExecAnalysis analysis = analyzer.analyze(List.of(exec), base.resolve("target/no-classes"));

        assertTrue(analysis.coverage().isEmpty());
        assertEquals(List.of(), analysis.coverage().packages());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 20, -1})
    void truncatedExecFileIsNamedWithTheFix(int cut) throws Exception {
        Path good = ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), base.resolve("target/good.exec"), 5);
        int length = cut > 0 ? cut : (int) Files.size(good) + cut;
        Path truncated = ExecFixtures.truncatedCopy(good, base.resolve("target/jacoco.exec"), length);

        EvidenceException e =
                assertThrows(EvidenceException.class, () -> analyzer.analyze(List.of(good, truncated), classes));

        String message = e.getMessage();
        assertTrue(message.startsWith("target/jacoco.exec: is not a readable JaCoCo exec file ("), message);
        assertTrue(
                message.endsWith("): it is corrupt or truncated; delete it and re-run the tests (mvn clean verify)"),
                message);
        assertEquals(Path.of("target/jacoco.exec"), e.file());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void anEmptyExecFileIsNotZeroCoverage() throws Exception {
        Path empty = base.resolve("target/jacoco.exec");
        Files.createDirectories(empty.getParent());
        Files.write(empty, new byte[0]);

        EvidenceException e = assertThrows(EvidenceException.class, () -> analyzer.analyze(List.of(empty), classes));

        assertEquals(
                "target/jacoco.exec: is empty (0 bytes): the test JVM ended before JaCoCo wrote its data; delete"
                        + " it and re-run the tests (mvn clean verify)",
                e.getMessage());
    }

    @Test
    void garbageIsNotAnExecFile() throws Exception {
        Path garbage = base.resolve("target/jacoco.exec");
        Files.createDirectories(garbage.getParent());
        Files.writeString(garbage, "<html>Not Found</html>");

        EvidenceException e = assertThrows(EvidenceException.class, () -> analyzer.analyze(List.of(garbage), classes));

        assertEquals(
                "target/jacoco.exec: is not a readable JaCoCo exec file (Invalid execution data file): it is"
                        + " corrupt or truncated; delete it and re-run the tests (mvn clean verify)",
                e.getMessage());
    }

    @Test
    void execFileOfAnotherJacocoVersionSaysSo() throws Exception {
        Path old = base.resolve("target/jacoco.exec");
        Files.createDirectories(old.getParent());
        // block type 0x01 (header), magic 0xC0C0, format version 0x1006 (JaCoCo 0.7.4 and older)
        Files.write(old, new byte[] {0x01, (byte) 0xC0, (byte) 0xC0, 0x10, 0x06});

        EvidenceException e = assertThrows(EvidenceException.class, () -> analyzer.analyze(List.of(old), classes));

        assertTrue(
                e.getMessage()
                        .startsWith("target/jacoco.exec: was written by another JaCoCo version (Cannot read"
                                + " execution data version 0x1006"),
                e.getMessage());
        assertTrue(
                e.getMessage().endsWith("re-run the tests with this JaCoCo version (mvn clean verify)"),
                e.getMessage());
    }

    @Test
    void brokenClassFileIsNamed() throws Exception {
        Path exec = ExecFixtures.runAbsolute(ExecFixtures.calculatorBytes(), base.resolve("target/jacoco.exec"), 5);
        Path broken = classes.resolve("com/acme/Broken.class");
        Files.createDirectories(broken.getParent());
        Files.write(broken, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 1, 2, 3});

        EvidenceException e = assertThrows(EvidenceException.class, () -> analyzer.analyze(List.of(exec), classes));

        assertTrue(
                e.getMessage().startsWith("target/classes/com/acme/Broken.class: is not a readable class file ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("): delete it and recompile (mvn clean verify)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}
