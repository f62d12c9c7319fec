package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageNode;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.PathDisplay;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;
import org.jacoco.core.analysis.ICoverageVisitor;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.IncompatibleExecDataVersionException;
import org.jacoco.core.internal.analysis.ClassCoverageImpl;
import org.jacoco.core.internal.data.CRC64;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Computes coverage from JaCoCo exec files and the compiled classes, as {@code jacoco:report} would, with
 * jacoco-core. Used when no fresh jacoco.xml exists.
 */
public final class JacocoExecAnalyzer {
    static final String ORIGIN = "jacoco.exec";
    /** The cache file's place in the build directory: deleting it is always safe, it only saves time. */
    public static final String CACHE_FILE = "readiness/coverage-cache.bin";

    private static final String BUNDLE_NAME = "classes";

    private final Path baseDir;
    private final Path cacheFile;

    /** Names files in messages as given; keeps no cache. */
    public JacocoExecAnalyzer() {
        this(null, null);
    }

    /** Names files in messages relative to {@code baseDir}, the project base directory; keeps no cache. */
    public JacocoExecAnalyzer(Path baseDir) {
        this(baseDir, null);
    }

    /**
     * @param baseDir files in messages are shown relative to it; null to show them as given
     * @param cacheFile where per-class results are kept between builds (see {@link #CACHE_FILE}); null for none
     */
    public JacocoExecAnalyzer(Path baseDir, Path cacheFile) {
        this.baseDir = baseDir;
        this.cacheFile = cacheFile;
    }

    /**
     * Coverage of the classes and the classes whose execution data does not match them.
     *
     * @param noMatchClasses VM names, sorted, of classes with execution data for another version of the class
     *     (the exec file is left over from an earlier build)
     */
    public record ExecAnalysis(CoverageEvidence coverage, List<String> noMatchClasses) {
        public ExecAnalysis {
            noMatchClasses = List.copyOf(noMatchClasses);
        }
    }

    /**
     * @param execFiles existing exec files; their data is merged (jacoco.exec, jacoco-it.exec, ...)
     * @param classesDirectory the compiled classes the exec data describes (target/classes)
     */
    public ExecAnalysis analyze(List<Path> execFiles, Path classesDirectory) throws EvidenceException {
        List<Path> classFiles = new ArrayList<>();
        new FileTimes(this::shown).listClassFiles(classesDirectory, classFiles);
        return analyzeClassFiles(execFiles, classFiles);
    }

    /** As {@link #analyze}, on the class files already listed (sorted) by the caller. */
    ExecAnalysis analyzeClassFiles(List<Path> execFiles, List<Path> classFiles) throws EvidenceException {
        return analyzeLoaded(load(execFiles), classFiles);
    }

    /**
     * Reads and merges the exec files, each once: their sessions serve the jacoco.xml cross-check, their data the
     * analysis, so neither reads a file again.
     */
    ExecFileLoader load(List<Path> execFiles) throws EvidenceException {
        ExecFileLoader loader = new ExecFileLoader();
        for (Path execFile : execFiles) {
            load(loader, execFile);
        }
        return loader;
    }

    /** As {@link #analyzeClassFiles}, on exec files already {@linkplain #load loaded}. */
    ExecAnalysis analyzeLoaded(ExecFileLoader loader, List<Path> classFiles) throws EvidenceException {
        ExecutionDataStore store = loader.getExecutionDataStore();
        ExecAnalysis cached = analyzeWithCache(store, classFiles);
        return cached != null ? cached : analyzeAll(store, classFiles);
    }

    /** JaCoCo's analysis of these classes alone, without the cache: for the few classes a report leaves out. */
    CoverageEvidence analyzeOnly(ExecutionDataStore store, List<Path> classFiles) throws EvidenceException {
        return analyzeAll(store, classFiles).coverage();
    }

    /**
     * Reuses the cached result of every class whose bytes and probes are unchanged and analyses the others; null
     * when a class has Kotlin inline fragments, which change other classes' counters: those need the whole analysis.
     */
    private ExecAnalysis analyzeWithCache(ExecutionDataStore store, List<Path> classFiles) throws EvidenceException {
        CoverageCache cache = new CoverageCache(cacheFile);
        Map<CoverageCache.Key, ClassResult> known = cacheFile == null ? Map.of() : cache.read();
        Map<CoverageCache.Key, ClassResult> used = new HashMap<>(Math.max(16, classFiles.size() * 4 / 3 + 1));
        LastCoverage last = new LastCoverage();
        Analyzer analyzer = new Analyzer(store, last);
        CoverageAssembler assembler = new CoverageAssembler();
        Set<String> noMatch = new TreeSet<>();
        int analysed = 0;
        for (Path classFile : classFiles) {
            byte[] bytes = readClass(classFile);
            ClassResult result = null;
            CoverageCache.Key key = null;
            if (!known.isEmpty()) {
                key = key(store, CRC64.classId(bytes), bytes);
                result = known.get(key);
            }
            if (result == null) {
                IClassCoverage coverage = analyzeClass(analyzer, bytes, classFile, last);
                if (coverage instanceof ClassCoverageImpl impl
                        && !impl.getFragments().isEmpty()) {
                    return null;
                }
                // the analyzer computed the class id already: no second CRC64 of the bytes (a first build's cost)
                key = key != null ? key : key(store, coverage == null ? CRC64.classId(bytes) : coverage.getId(), bytes);
                result = coverage == null ? ClassResult.SKIPPED : ClassResult.of(coverage);
                analysed++;
            }
            long classId = key.classId();
            ExecutionData data = store.get(classId);
            if (cacheFile != null) {
                used.put(key, result);
            }
            if (result.skipped()) {
                continue;
            }
            if (!assembler.add(classId, result)) {
                throw new EvidenceException(
                        shown(classFile),
                        "is not a readable class file (Can't add different" + " class with same name: " + result.name()
                                + "): delete it and recompile (mvn clean verify)");
            }
            if (data == null && store.contains(result.name())) {
                noMatch.add(result.name());
            }
        }
        if (analysed > 0 || used.size() != known.size()) {
            cache.write(used);
        }
        return new ExecAnalysis(assembler.build(ORIGIN), List.copyOf(noMatch));
    }

    private static CoverageCache.Key key(ExecutionDataStore store, long classId, byte[] bytes) {
        ExecutionData data = store.get(classId);
        return new CoverageCache.Key(classId, bytes.length, data == null ? null : data.getProbes());
    }

    /** JaCoCo's own analysis of every class, used when per-class results cannot be added up independently. */
    private ExecAnalysis analyzeAll(ExecutionDataStore store, List<Path> classFiles) throws EvidenceException {
        CoverageBuilder builder = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(store, builder);
        for (Path classFile : classFiles) {
            analyzeClass(analyzer, readClass(classFile), classFile, null);
        }
        IBundleCoverage bundle = builder.getBundle(BUNDLE_NAME);
        List<String> noMatch = builder.getNoMatchClasses().stream()
                .map(IClassCoverage::getName)
                .sorted()
                .toList();
        return new ExecAnalysis(new CoverageEvidence(ORIGIN, counters(bundle), packages(bundle)), noMatch);
    }

    private void load(ExecFileLoader loader, Path execFile) throws EvidenceException {
        if (isEmpty(execFile)) {
            // the agent creates the file at start-up and writes only at JVM exit: empty means the test JVM died
            throw new EvidenceException(
                    shown(execFile),
                    "is empty (0 bytes): the test JVM ended before JaCoCo wrote"
                            + " its data; delete it and re-run the tests (mvn clean verify)");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(execFile))) {
            loader.load(in);
        } catch (IncompatibleExecDataVersionException e) {
            throw new EvidenceException(
                    shown(execFile),
                    "was written by another JaCoCo version (" + oneLine(e)
                            + "): delete it and re-run the tests with this JaCoCo version (mvn clean verify)",
                    e);
        } catch (IOException | IllegalStateException e) {
            // IllegalStateException: same class, different probe count than an exec file loaded before
            throw new EvidenceException(
                    shown(execFile),
                    "is not a readable JaCoCo exec file (" + oneLine(e)
                            + "): it is corrupt or truncated; delete it and re-run the tests (mvn clean verify)",
                    e);
        }
    }

    private boolean isEmpty(Path execFile) throws EvidenceException {
        try {
            return Files.size(execFile) == 0;
        } catch (IOException e) {
            throw new EvidenceException(
                    shown(execFile), "cannot be read (" + e.getMessage() + "): check its permissions", e);
        }
    }

    /** The class's coverage as the analyzer reported it to {@code last}, or null when JaCoCo skipped the class. */
    private IClassCoverage analyzeClass(Analyzer analyzer, byte[] bytes, Path classFile, LastCoverage last)
            throws EvidenceException {
        try {
            if (last != null) {
                last.coverage = null;
            }
            analyzer.analyzeClass(bytes, classFile.toString());
            return last == null ? null : last.coverage;
        } catch (IOException | RuntimeException e) {
            // jacoco wraps ASM's failure as "Error while analyzing <file>"; its cause says why
            Throwable reason = e.getCause() != null ? e.getCause() : e;
            throw new EvidenceException(
                    shown(classFile),
                    "is not a readable class file (" + oneLine(reason)
                            + "): delete it and recompile (mvn clean verify)",
                    e);
        }
    }

    private byte[] readClass(Path classFile) throws EvidenceException {
        try {
            return Files.readAllBytes(classFile);
        } catch (IOException e) {
            throw new EvidenceException(
                    shown(classFile), "cannot be read (" + oneLine(e) + "): check its permissions", e);
        }
    }

    /** Receives the coverage of the one class just analysed. */
    private static final class LastCoverage implements ICoverageVisitor {
        IClassCoverage coverage;

        @Override
        public void visitCoverage(IClassCoverage coverage) {
            this.coverage = coverage;
        }
    }

    private static List<CoverageNode> packages(IBundleCoverage bundle) {
        List<CoverageNode> packages = new ArrayList<>();
        for (IPackageCoverage pkg : bundle.getPackages()) {
            List<CoverageNode> classes = new ArrayList<>();
            for (IClassCoverage cls : pkg.getClasses()) {
                classes.add(new CoverageNode(cls.getName(), counters(cls), List.of()));
            }
            classes.sort(Comparator.comparing(CoverageNode::name));
            packages.add(new CoverageNode(pkg.getName(), counters(pkg), classes));
        }
        packages.sort(Comparator.comparing(CoverageNode::name));
        return packages;
    }

    private static Map<CounterType, Counter> counters(ICoverageNode node) {
        Map<CounterType, Counter> counters = new EnumMap<>(CounterType.class);
        for (CounterType type : CounterType.values()) {
            ICounter counter = node.getCounter(CounterEntity.valueOf(type.name()));
            counters.put(type, new Counter(counter.getMissedCount(), counter.getCoveredCount()));
        }
        return counters;
    }

    private Path shown(Path file) {
        return baseDir == null ? file : Path.of(PathDisplay.relative(baseDir, file));
    }

    private static String oneLine(Throwable e) {
        if (e instanceof EOFException && e.getMessage() == null) {
            return "the file ends in the middle of a record";
        }
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return text.replaceAll("\\s+", " ").trim().replaceAll("\\.$", "");
    }
}
