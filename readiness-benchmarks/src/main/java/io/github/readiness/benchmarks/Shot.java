package io.github.readiness.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold shot in a fresh JVM: {@code Shot <case> <data-dir>} runs the case once and prints
 * {@code ms=<time in the method> retained=<bytes still reachable from the result>}. The case {@code noop} does
 * nothing: the launcher's wall time for it is what the bare JVM costs.
 */
public final class Shot {
    private Shot() {}

    public static void main(String[] args) throws Exception {
        String name = args[0];
        BenchData data = new BenchData(Path.of(args[1]));
        Object[] result = new Object[1];
        long start;
        long retainedBefore = used();
        if (name.equals("noop")) {
            start = System.nanoTime();
        } else if (name.startsWith("reader-")) {
            BenchData.ReportFiles reports = data.bigReports();
            retainedBefore = used();
            start = System.nanoTime();
            result[0] = switch (name) {
                case "reader-dc-json" -> Workloads.readDependencyCheck(reports.dependencyCheck());
                case "reader-sarif" -> Workloads.readSarif(reports.sarif());
                case "reader-surefire" ->
                    Workloads.readSurefire(
                            reports.surefireReports(), reports.surefireReports().getParent());
                default -> throw new IllegalArgumentException("unknown case " + name);
            };
        } else {
            int dash = name.lastIndexOf('-');
            ModuleData module = data.module(Integer.parseInt(name.substring(dash + 1)));
            Path firstBuildCache = module.target().resolve("readiness/first-build-cache.bin");
            Files.deleteIfExists(firstBuildCache);
            retainedBefore = used();
            start = System.nanoTime();
            result[0] = switch (name.substring(0, dash)) {
                case "jacoco" -> Workloads.jacocoAnalysis(module);
                case "bytes" -> Workloads.readClassBytes(module);
                case "exec" -> Workloads.coverageFromExec(module);
                case "exec-first-build" -> Workloads.coverageFirstBuild(module, firstBuildCache);
                case "exec-no-cache" -> Workloads.coverageNoCache(module);
                case "xml" -> Workloads.coverageFromXml(module);
                case "check" -> Workloads.wholeCheck(module);
                default -> throw new IllegalArgumentException("unknown case " + name);
            };
        }
        long nanos = System.nanoTime() - start;
        long retained = Math.max(0, used() - retainedBefore);
        System.out.println("ms=" + nanos / 1_000_000.0 + " retained=" + retained + " result=" + (result[0] != null));
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
