package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up per-class results exactly as JaCoCo's CoverageBuilder and bundle do: a class's counters go to its
 * package through its source file, where the LINE counter is recomputed from the merged lines of all classes of
 * that file (a line is covered when any class covers it); classes without a source file add their own counters.
 * The bundle is the sum of the packages.
 */
final class CoverageAssembler {
    private static final int LINE_MISSED = 2 * CounterType.LINE.ordinal();
    private static final int COUNTERS = 2 * CounterType.values().length;

    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, Map<String, SourceFile>> sourceFiles = new HashMap<>();
    private final Map<String, PackageTotals> packages = new TreeMap<>();

    /**
     * Adds one class; a second class of the same name and id is ignored, as JaCoCo does.
     *
     * @return false when a different class (another id) of the same name was added before
     */
    boolean add(long classId, ClassResult result) {
        Long known = ids.putIfAbsent(result.name(), classId);
        if (known != null) {
            return known == classId;
        }
        String packageName = result.packageName();
        PackageTotals totals = packages.computeIfAbsent(packageName, name -> new PackageTotals());
        totals.classes.add(new CoverageNode(result.name(), result.counterMap(), List.of()));
        if (result.sourceFile() == null) {
            totals.add(result.counters(), true);
        } else {
            sourceFiles
                    .computeIfAbsent(packageName, name -> new HashMap<>())
                    .computeIfAbsent(result.sourceFile(), name -> new SourceFile())
                    .add(result);
        }
        return true;
    }

    CoverageEvidence build(String origin) {
        sourceFiles.forEach((packageName, files) -> {
            PackageTotals totals = packages.get(packageName);
            for (SourceFile file : files.values()) {
                totals.add(file.counters, false);
                totals.counters[LINE_MISSED] += file.missedLines;
                totals.counters[LINE_MISSED + 1] += file.coveredLines;
            }
        });
        int[] bundle = new int[COUNTERS];
        List<CoverageNode> nodes = new ArrayList<>(packages.size());
        packages.forEach((name, totals) -> {
            for (int i = 0; i < COUNTERS; i++) {
                bundle[i] += totals.counters[i];
            }
            totals.classes.sort(java.util.Comparator.comparing(CoverageNode::name));
            nodes.add(new CoverageNode(name, ClassResult.toMap(totals.counters), totals.classes));
        });
        return new CoverageEvidence(JacocoExecAnalyzer.ORIGIN, ClassResult.toMap(bundle), nodes);
    }

    /** Counters of one package and its classes. */
    private static final class PackageTotals {
        final int[] counters = new int[COUNTERS];
        final List<CoverageNode> classes = new ArrayList<>();

        void add(int[] classCounters, boolean withLines) {
            for (int i = 0; i < COUNTERS; i++) {
                if (withLines || i < LINE_MISSED || i > LINE_MISSED + 1) {
                    counters[i] += classCounters[i];
                }
            }
        }
    }

    /** One source file: counters of its classes without LINE, and its lines merged across them. */
    private static final class SourceFile {
        final int[] counters = new int[COUNTERS];
        private final Map<Integer, Boolean> lineCovered = new HashMap<>();
        int missedLines;
        int coveredLines;

        void add(ClassResult result) {
            for (int i = 0; i < COUNTERS; i++) {
                counters[i] += result.counters()[i];
            }
            for (int packed : result.lines()) {
                boolean covered = (packed & 1) == 1;
                Boolean before = lineCovered.putIfAbsent(packed >>> 1, covered);
                if (before == null) {
                    if (covered) {
                        coveredLines++;
                    } else {
                        missedLines++;
                    }
                } else if (covered && !before) {
                    lineCovered.put(packed >>> 1, true);
                    missedLines--;
                    coveredLines++;
                }
            }
        }
    }
}
