package io.github.readiness.rules.evidence.jacoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The assembler on hand-made class results, for the cases a generated corpus rarely has: classes of one source file
 * sharing a line (an anonymous class's first line), classes without debug information, two classes of one name.
 * Expected values follow JaCoCo's SourceFileCoverageImpl: a line is covered when any class covers it.
 */
class CoverageAssemblerTest {
    /** 12 counters with only LINE (missed, covered) and INSTRUCTION set. */
    private static int[] counters(int instructionsMissed, int instructionsCovered, int linesMissed, int linesCovered) {
        int[] counters = new int[2 * CounterType.values().length];
        counters[2 * CounterType.INSTRUCTION.ordinal()] = instructionsMissed;
        counters[2 * CounterType.INSTRUCTION.ordinal() + 1] = instructionsCovered;
        counters[2 * CounterType.LINE.ordinal()] = linesMissed;
        counters[2 * CounterType.LINE.ordinal() + 1] = linesCovered;
        return counters;
    }

    private static int missed(int line) {
        return line << 1;
    }

    private static int covered(int line) {
        return line << 1 | 1;
    }

    @Test
    void aLineMissedInOneClassAndCoveredInAnotherOfTheSameFileIsCoveredOnce() {
        // Outer: lines 3 (covered), 5 (missed); Outer$1: lines 5 (covered), 6 (missed). File: 3 and 5 covered, 6
        // missed.
        ClassResult outer =
                new ClassResult("a/Outer", "Outer.java", counters(2, 1, 1, 1), new int[] {covered(3), missed(5)});
        ClassResult inner =
                new ClassResult("a/Outer$1", "Outer.java", counters(1, 1, 1, 1), new int[] {covered(5), missed(6)});
        for (List<ClassResult> order : List.of(List.of(outer, inner), List.of(inner, outer))) {
            CoverageAssembler assembler = new CoverageAssembler();
            long id = 1;
            for (ClassResult result : order) {
                assertTrue(assembler.add(id++, result));
            }
            CoverageEvidence evidence = assembler.build("test");
            assertEquals(new Counter(1, 2), evidence.counter(CounterType.LINE), "order " + order);
            assertEquals(new Counter(3, 2), evidence.counter(CounterType.INSTRUCTION), "summed, never merged");
        }
    }

    @Test
    void aLineMissedInEveryClassStaysMissed() {
        CoverageAssembler assembler = new CoverageAssembler();
        assembler.add(1, new ClassResult("a/A", "A.java", counters(1, 0, 1, 0), new int[] {missed(4)}));
        assembler.add(2, new ClassResult("a/A$1", "A.java", counters(1, 0, 1, 0), new int[] {missed(4)}));
        assertEquals(new Counter(1, 0), assembler.build("test").counter(CounterType.LINE));
    }

    @Test
    void aClassWithoutSourceFileAddsItsOwnLineCounter() {
        CoverageAssembler assembler = new CoverageAssembler();
        assembler.add(1, new ClassResult("a/NoDebug", null, counters(4, 6, 2, 3), new int[0]));
        assembler.add(2, new ClassResult("a/A", "A.java", counters(0, 1, 0, 1), new int[] {covered(9)}));
        CoverageEvidence evidence = assembler.build("test");
        assertEquals(new Counter(2, 4), evidence.counter(CounterType.LINE));
        assertEquals(new Counter(4, 7), evidence.counter(CounterType.INSTRUCTION));
    }

    @Test
    void aSecondClassOfTheSameNameIsIgnoredAndReportedWhenItsIdDiffers() {
        CoverageAssembler assembler = new CoverageAssembler();
        ClassResult a = new ClassResult("a/A", "A.java", counters(1, 1, 1, 1), new int[] {covered(1), missed(2)});
        assertTrue(assembler.add(7, a));
        assertTrue(assembler.add(7, a), "the same class twice (same id) is no conflict");
        assertFalse(assembler.add(8, a), "another class of the same name");
        assertEquals(new Counter(1, 1), assembler.build("test").counter(CounterType.LINE), "counted once");
    }
}
