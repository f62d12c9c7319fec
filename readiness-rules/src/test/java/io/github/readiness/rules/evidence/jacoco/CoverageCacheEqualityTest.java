package io.github.readiness.rules.evidence.jacoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageNode;
import io.github.readiness.rules.evidence.jacoco.JacocoExecAnalyzer.ExecAnalysis;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.internal.data.CRC64;
import org.jacoco.core.internal.flow.ClassProbesAdapter;
import org.jacoco.core.internal.flow.ClassProbesVisitor;
import org.jacoco.core.internal.flow.MethodProbesVisitor;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;

/**
 * The per-class path (fresh, from the cache, after a cache that does not fit) must give every counter of the
 * bundle, of every package and of every class exactly as JaCoCo's CoverageBuilder, on real class files: Jackson's
 * and ASM's jars, with many nested classes per source file (so LINE counters merge) and random probe data.
 */
class CoverageCacheEqualityTest {
    @TempDir
    static Path base;

    private static Path classes;
    private static Path exec;

    @BeforeAll
    static void realClassesAndRandomProbes() throws Exception {
        classes = base.resolve("target/classes");
        exec = base.resolve("target/jacoco.exec");
        Files.createDirectories(classes);
        Random random = new Random(42);
        try (OutputStream out = Files.newOutputStream(exec)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            for (Class<?> anchor : List.of(JsonFactory.class, ClassReader.class)) {
                Path jar = Path.of(anchor.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                extract(jar, random, writer);
            }
        }
    }

    private static void extract(Path jar, Random random, ExecutionDataWriter writer) throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/")) {
                    continue;
                }
                byte[] bytes = file.getInputStream(entry).readAllBytes();
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                String vmName = name.substring(0, name.length() - ".class".length());
                int choice = random.nextInt(10);
                if (choice == 0) {
                    continue; // never loaded by the tests
                }
                boolean[] probes = new boolean[probeCount(bytes)]; // 1 in 10 all false
                for (int i = 0; i < probes.length && choice > 1; i++) {
                    probes[i] = random.nextInt(10) < choice;
                }
                long id = choice == 9 && random.nextBoolean() ? CRC64.classId(bytes) + 1 : CRC64.classId(bytes);
                writer.visitClassExecution(new ExecutionData(id, vmName, probes));
            }
        }
    }

    /** How many probes JaCoCo's instrumentation gives the class (the exec data's array length). */
    private static int probeCount(byte[] bytes) {
        int[] count = {0};
        ClassProbesVisitor counter = new ClassProbesVisitor() {
            @Override
            public MethodProbesVisitor visitMethod(
                    int access, String name, String descriptor, String signature, String[] exceptions) {
                return null;
            }

            @Override
            public void visitTotalProbeCount(int total) {
                count[0] = total;
            }
        };
        new ClassReader(bytes).accept(new ClassProbesAdapter(counter, false), 0);
        return count[0];
    }

    @Test
    void freshCachedAndRecoveredAnalysesEqualJacocosOwn() throws Exception {
        ExecAnalysis expected = jacocoOwn();
        assertTrue(
                expected.coverage().packages().size() > 10,
                "a real corpus: " + expected.coverage().packages().size());
        assertTrue(expected.noMatchClasses().size() > 10, "some classes do not match their data");

        Path cacheFile = base.resolve("target/" + JacocoExecAnalyzer.CACHE_FILE);
        JacocoExecAnalyzer analyzer = new JacocoExecAnalyzer(base, cacheFile);
        assertSame(expected, analyzer.analyze(List.of(exec), classes), "first build, cache written");
        assertTrue(Files.size(cacheFile) > 0);
        assertSame(expected, analyzer.analyze(List.of(exec), classes), "second build, every class from the cache");

        byte[] bytes = Files.readAllBytes(cacheFile);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(cacheFile, bytes);
        assertSame(expected, analyzer.analyze(List.of(exec), classes), "corrupt cache: ignored");
        assertNotEquals(bytes[bytes.length / 2], Files.readAllBytes(cacheFile)[bytes.length / 2], "and rewritten");

        Files.write(cacheFile, java.util.Arrays.copyOf(bytes, 100));
        assertSame(expected, analyzer.analyze(List.of(exec), classes), "truncated cache: ignored");
    }

    @Test
    void changedProbesAreAnalysedAgain() throws Exception {
        Path cacheFile = base.resolve("target/other-cache.bin");
        JacocoExecAnalyzer analyzer = new JacocoExecAnalyzer(base, cacheFile);
        ExecAnalysis before = analyzer.analyze(List.of(exec), classes);
        assertSame(jacocoOwn(), before, "cache filled");

        // the next test run covers everything: same class bytes, other probes
        Path original = base.resolve("target/original.exec");
        Files.copy(exec, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            ExecFileLoader loader = new ExecFileLoader();
            loader.load(exec.toFile());
            try (OutputStream out = Files.newOutputStream(exec)) {
                ExecutionDataWriter writer = new ExecutionDataWriter(out);
                for (ExecutionData data : loader.getExecutionDataStore().getContents()) {
                    java.util.Arrays.fill(data.getProbes(), true);
                    writer.visitClassExecution(data);
                }
            }
            ExecAnalysis after = analyzer.analyze(List.of(exec), classes);
            assertSame(jacocoOwn(), after, "probes changed");
            assertNotEquals(before.coverage().bundle(), after.coverage().bundle());
        } finally {
            Files.copy(original, exec, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void assertSame(ExecAnalysis expected, ExecAnalysis actual, String when) {
        assertEquals(expected.noMatchClasses(), actual.noMatchClasses(), when);
        CoverageEvidence want = expected.coverage();
        CoverageEvidence got = actual.coverage();
        assertEquals(want.bundle(), got.bundle(), when + ": bundle");
        assertEquals(want.packages().size(), got.packages().size(), when);
        for (int i = 0; i < want.packages().size(); i++) {
            CoverageNode pkg = want.packages().get(i);
            assertEquals(pkg, got.packages().get(i), when + ": package " + pkg.name());
        }
    }

    /** JaCoCo's own CoverageBuilder over the same data, as jacoco:report computes it. */
    private static ExecAnalysis jacocoOwn() throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(exec.toFile());
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classes.toFile());
        IBundleCoverage bundle = builder.getBundle("classes");
        List<CoverageNode> packages = new ArrayList<>();
        for (IPackageCoverage pkg : bundle.getPackages()) {
            List<CoverageNode> nodes = new ArrayList<>();
            for (IClassCoverage cls : pkg.getClasses()) {
                nodes.add(new CoverageNode(cls.getName(), counters(cls), List.of()));
            }
            nodes.sort(java.util.Comparator.comparing(CoverageNode::name));
            packages.add(new CoverageNode(pkg.getName(), counters(pkg), nodes));
        }
        packages.sort(java.util.Comparator.comparing(CoverageNode::name));
        List<String> noMatch = builder.getNoMatchClasses().stream()
                .map(IClassCoverage::getName)
                .sorted()
                .toList();
        return new ExecAnalysis(new CoverageEvidence("jacoco.exec", counters(bundle), packages), noMatch);
    }

    private static Map<CounterType, Counter> counters(ICoverageNode node) {
        Map<CounterType, Counter> map = new EnumMap<>(CounterType.class);
        for (CounterType type : CounterType.values()) {
            var counter = node.getCounter(ICoverageNode.CounterEntity.valueOf(type.name()));
            map.put(type, new Counter(counter.getMissedCount(), counter.getCoveredCount()));
        }
        return map;
    }
}
