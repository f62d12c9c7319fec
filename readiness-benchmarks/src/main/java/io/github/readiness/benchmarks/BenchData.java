package io.github.readiness.benchmarks;

import io.github.readiness.rules.evidence.jacoco.JacocoExecAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generated evidence, under one root directory (default {@code target/bench-data}), made once and reused:
 * {@code module-<N>/} is a module of N classes (classes, jacoco.exec, jacoco.xml, a warm coverage cache, Surefire
 * reports, a small dependency-check report, a SARIF file, sources) and {@code reports/} holds the big reports. A
 * {@code .complete} marker says a directory was written to the end. Run {@code main} to generate ahead of time.
 */
public final class BenchData {
    public static final long SEED = 20261122L;
    public static final int SMALL = 2_000;
    public static final int LARGE = 20_000;
    static final Instant COMPILED = Instant.parse("2026-11-01T10:00:00Z");

    private final Path root;

    public BenchData(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** {@code -Dreadiness.bench.data=DIR}, else target/bench-data of the working directory. */
    public static BenchData fromSystemProperty() {
        String dir = System.getProperty("readiness.bench.data");
        if (dir != null) {
            return new BenchData(Path.of(dir));
        }
        Path module = Path.of("readiness-benchmarks");
        return new BenchData(
                (Files.isDirectory(module) ? module.resolve("target") : Path.of("target")).resolve("bench-data"));
    }

    /** Generates what is missing: {@code BenchData [root] [class counts...]}; defaults 2,000 and 20,000. */
    public static void main(String[] args) throws Exception {
        BenchData data = args.length > 0 ? new BenchData(Path.of(args[0])) : fromSystemProperty();
        int[] sizes = args.length > 1
                ? Stream.of(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] {SMALL, LARGE};
        for (int size : sizes) {
            System.out.println(
                    "module of " + size + " classes: " + data.module(size).base());
        }
        System.out.println("reports: " + data.bigReports().dependencyCheck().getParent());
    }

    /** A module of {@code classes} generated classes with all its evidence. */
    public ModuleData module(int classes) throws Exception {
        ModuleData module = new ModuleData(root.resolve("module-" + classes));
        Path marker = module.base().resolve(".complete");
        if (!Files.exists(marker)) {
            deleteTree(module.base());
            List<ClassCorpus.GeneratedClass> generated = new ClassCorpus(SEED).generate(classes);
            ClassCorpus.write(generated, module.classes());
            touchTree(module.classes(), COMPILED);
            CoverageRun.writeExec(generated, module.exec());
            touch(module.exec(), COMPILED.plusSeconds(600));
            CoverageRun.writeXml(module.classes(), module.exec(), module.xml());
            touch(module.xml(), COMPILED.plusSeconds(1200));
            ReportCorpus reports = new ReportCorpus(SEED + classes);
            reports.surefireReports(module.surefireReports(), Math.max(1, classes / 10));
            reports.dependencyCheckJson(module.dependencyCheck(), 2_500_000);
            reports.sarif(module.sarif(), 1_000);
            SourceCorpus.write(module.base().resolve("src/main/java"), Math.max(1, classes / 20));
            // the build before this one left its per-class results: the cache a second build finds
            new JacocoExecAnalyzer(module.base(), module.cacheFile()).analyze(List.of(module.exec()), module.classes());
            Files.writeString(marker, "seed " + SEED + "\n");
        }
        return module;
    }

    /**
     * The big reports of the reader benchmarks: 100 MB dependency-check JSON, 100,000 SARIF results, 10,000 Surefire
     * reports, unless {@code readiness.bench.jsonMB}, {@code .sarifResults}, {@code .surefireReports} say otherwise.
     */
    public ReportFiles bigReports() throws IOException {
        return reports(
                Long.getLong("readiness.bench.jsonMB", 100) << 20,
                Integer.getInteger("readiness.bench.sarifResults", 100_000),
                Integer.getInteger("readiness.bench.surefireReports", 10_000));
    }

    /** The big reports: a dependency-check JSON report of {@code jsonBytes}, SARIF and Surefire reports. */
    public ReportFiles reports(long jsonBytes, int sarifResults, int surefireReports) throws IOException {
        Path dir = root.resolve("reports-" + jsonBytes + "-" + sarifResults + "-" + surefireReports);
        ReportFiles files = new ReportFiles(
                dir.resolve("dependency-check-report.json"),
                dir.resolve("results.sarif"),
                dir.resolve("surefire-reports"));
        Path marker = dir.resolve(".complete");
        if (!Files.exists(marker)) {
            deleteTree(dir);
            ReportCorpus corpus = new ReportCorpus(SEED);
            corpus.dependencyCheckJson(files.dependencyCheck(), jsonBytes);
            corpus.sarif(files.sarif(), sarifResults);
            corpus.surefireReports(files.surefireReports(), surefireReports);
            Files.writeString(marker, "seed " + SEED + "\n");
        }
        return files;
    }

    /** The big reports' paths. */
    public record ReportFiles(Path dependencyCheck, Path sarif, Path surefireReports) {}

    static void touch(Path file, Instant time) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    private static void touchTree(Path dir, Instant time) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                touch(file, time);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
