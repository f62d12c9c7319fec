package io.github.readiness.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold shots: every case runs in a fresh JVM ({@link Shot}), {@code shots} times, the cases interleaved round by
 * round so that load on the machine hits them alike. Prints the median time inside the measured method, the
 * median wall time of the whole JVM (the {@code noop} case is the bare JVM), MB/s for readers, retained heap,
 * and each case's ratio to JaCoCo's analysis of the same module.
 *
 * <p>{@code java -cp benchmarks.jar io.github.readiness.benchmarks.ColdShots [-Dreadiness.bench.data=DIR]
 * [shots] [case[@Xmx] ...]}; cases: noop, jacoco-N, bytes-N, exec-N, exec-first-build-N, exec-no-cache-N, xml-N,
 * check-N, reader-dc-json, reader-sarif, reader-surefire; {@code @16m} runs the case with {@code -Xmx16m}.
 */
public final class ColdShots {
    static final List<String> DEFAULT_CASES = List.of(
            "noop",
            "jacoco-2000",
            "exec-2000",
            "exec-first-build-2000",
            "exec-no-cache-2000",
            "xml-2000",
            "bytes-2000",
            "check-2000",
            "jacoco-20000",
            "exec-20000",
            "exec-first-build-20000",
            "exec-no-cache-20000",
            "xml-20000",
            "bytes-20000",
            "check-20000",
            "reader-dc-json@16m",
            "reader-sarif@64m",
            "reader-surefire@16m");

    private ColdShots() {}

    public static void main(String[] args) throws Exception {
        int shots = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> cases = args.length > 1 ? List.of(args).subList(1, args.length) : DEFAULT_CASES;
        BenchData data = BenchData.fromSystemProperty();
        String dataDir = data.root().toAbsolutePath().toString();
        for (String name : cases) { // generate before any timing
            prepare(data, name.split("@")[0]);
        }
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (int round = 0; round < shots; round++) {
            for (String name : cases) {
                samples.computeIfAbsent(name, n -> new ArrayList<>()).add(shot(name, dataDir));
            }
        }
        print(samples, data);
    }

    private static void prepare(BenchData data, String name) throws Exception {
        if (name.startsWith("reader-")) {
            data.bigReports();
        } else if (!name.equals("noop")) {
            data.module(Integer.parseInt(name.substring(name.lastIndexOf('-') + 1)));
        }
    }

    /** {wall ms, in-method ms, retained bytes} of one fresh JVM. */
    private static double[] shot(String name, String dataDir) throws IOException, InterruptedException {
        String[] parts = name.split("@");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (parts.length > 1) {
            command.add("-Xmx" + parts[1]);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Shot.class.getName());
        command.add(parts[0]);
        command.add(dataDir);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        if (exit != 0 || !last.startsWith("ms=")) {
            throw new IllegalStateException(name + " failed (exit " + exit + "):\n" + output);
        }
        String[] fields = last.split(" ");
        return new double[] {
            wall, Double.parseDouble(fields[0].substring(3)), Double.parseDouble(fields[1].substring(9))
        };
    }

    private static void print(Map<String, List<double[]>> samples, BenchData data) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "%-26s %10s %10s %8s %10s %10s %10s%n",
                "case (median of " + samples.values().iterator().next().size() + ")",
                "method ms",
                "JVM ms",
                "vs jacoco",
                "JVM ratio",
                "MB/s",
                "retained MB");
        for (Map.Entry<String, List<double[]>> entry : samples.entrySet()) {
            String name = entry.getKey();
            double wall = median(entry.getValue(), 0);
            double inner = median(entry.getValue(), 1);
            double retained = median(entry.getValue(), 2) / (1 << 20);
            String base = name.split("@")[0];
            String size = base.substring(base.lastIndexOf('-') + 1);
            List<double[]> jacoco = samples.get("jacoco-" + size);
            String ratio = jacoco == null || base.startsWith("jacoco")
                    ? ""
                    : String.format(Locale.ROOT, "%.2fx", inner / median(jacoco, 1));
            String wallRatio = jacoco == null || base.startsWith("jacoco")
                    ? ""
                    : String.format(Locale.ROOT, "%.2fx", wall / median(jacoco, 0));
            String speed = base.startsWith("reader-")
                    ? String.format(Locale.ROOT, "%.0f", megabytes(data, base) / (inner / 1000))
                    : "";
            System.out.printf(
                    Locale.ROOT,
                    "%-26s %10.0f %10.0f %8s %10s %10s %10.1f%n",
                    name,
                    inner,
                    wall,
                    ratio,
                    wallRatio,
                    speed,
                    retained);
        }
    }

    private static double megabytes(BenchData data, String reader) throws IOException {
        BenchData.ReportFiles reports = data.bigReports();
        Path path = switch (reader) {
            case "reader-dc-json" -> reports.dependencyCheck();
            case "reader-sarif" -> reports.sarif();
            default -> reports.surefireReports();
        };
        if (Files.isDirectory(path)) {
            try (var files = Files.list(path)) {
                return files.mapToLong(f -> f.toFile().length()).sum() / (double) (1 << 20);
            }
        }
        return Files.size(path) / (double) (1 << 20);
    }

    private static double median(List<double[]> values, int field) {
        double[] sorted = values.stream().mapToDouble(v -> v[field]).sorted().toArray();
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
