package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;

/**
 * What JaCoCo's analysis of one class contributes to the bundle: its six counters and, because classes of one
 * source file merge line by line into the package and bundle LINE counters, the status of each of its lines.
 * A class JaCoCo skips (module-info, synthetic) is {@link #skipped()}: it has no name and contributes nothing.
 *
 * @param name VM name ({@code com/acme/Foo}), null when skipped
 * @param sourceFile the source file name, null when the class has no debug information
 * @param counters missed and covered of each {@link CounterType}, in declaration order (12 values)
 * @param lines the class's lines that hold instructions, each {@code line << 1 | (covered ? 1 : 0)}, ascending
 */
record ClassResult(String name, String sourceFile, int[] counters, int[] lines) {
    static final ClassResult SKIPPED =
            new ClassResult(null, null, new int[2 * CounterType.values().length], new int[0]);

    static ClassResult of(IClassCoverage coverage) {
        int[] counters = new int[2 * CounterType.values().length];
        for (CounterType type : CounterType.values()) {
            ICounter counter = coverage.getCounter(CounterEntity.valueOf(type.name()));
            counters[2 * type.ordinal()] = counter.getMissedCount();
            counters[2 * type.ordinal() + 1] = counter.getCoveredCount();
        }
        int first = coverage.getFirstLine();
        int[] lines = new int[first < 0 ? 0 : coverage.getLastLine() - first + 1];
        int count = 0;
        for (int line = first; first >= 0 && line <= coverage.getLastLine(); line++) {
            ICounter instructions = coverage.getLine(line).getInstructionCounter();
            if (instructions.getTotalCount() > 0) {
                lines[count++] = line << 1 | (instructions.getCoveredCount() > 0 ? 1 : 0);
            }
        }
        return new ClassResult(coverage.getName(), coverage.getSourceFileName(), counters, Arrays.copyOf(lines, count));
    }

    boolean skipped() {
        return name == null;
    }

    /** JaCoCo's package name: the VM name up to the last slash, "" for the default package. */
    String packageName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    Map<CounterType, Counter> counterMap() {
        return toMap(counters);
    }

    static Map<CounterType, Counter> toMap(int[] counters) {
        Map<CounterType, Counter> map = new EnumMap<>(CounterType.class);
        for (CounterType type : CounterType.values()) {
            map.put(type, new Counter(counters[2 * type.ordinal()], counters[2 * type.ordinal() + 1]));
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClassResult that
                && java.util.Objects.equals(name, that.name)
                && java.util.Objects.equals(sourceFile, that.sourceFile)
                && Arrays.equals(counters, that.counters)
                && Arrays.equals(lines, that.lines);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, sourceFile, Arrays.hashCode(counters), Arrays.hashCode(lines));
    }

    @Override
    public String toString() {
        return "ClassResult[" + name + ", " + sourceFile + ", " + Arrays.toString(counters) + ", " + lines.length
                + " lines]";
    }
}
