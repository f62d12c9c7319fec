package io.github.readiness.benchmarks;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.performance.JtlCsvReader;
import io.github.readiness.rules.evidence.performance.ScenarioResult;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The JMeter JTL reader on a large CSV (10 million samples by default, about 1.3 GB, the columns JMeter 5 writes),
 * side by side with a plain {@code readLine} + {@code String.split} pass over the same file in the same JVM: MB/s of
 * each, the peak heap each reached and the heap the reader's result retains. Run it in a 64 MB heap to show the
 * reader's memory does not grow with the file:
 *
 * <pre>
 * java -Xmx64m -cp readiness-benchmarks/target/benchmarks.jar io.github.readiness.benchmarks.JtlShots [samples] [rounds]
 * </pre>
 *
 * The file is generated once under {@code target/bench-data} (or {@code -Dreadiness.bench.data=DIR}), deterministic:
 * 20 labels, latencies log-normal around 120 ms with a tail to 30 s, 1 % failures.
 */
public final class JtlShots {
    private static final String HEADER = "timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,"
            + "success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect";

    private JtlShots() {}

    public static void main(String[] args) throws Exception {
        long samples = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = BenchData.fromSystemProperty().root().resolve("jtl-" + samples + ".csv");
        if (!Files.isRegularFile(file)) {
            generate(file, samples);
        }
        double megabytes = Files.size(file) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "%s: %,d samples, %.0f MB; max heap %d MB%n",
                file,
                samples,
                megabytes,
                Runtime.getRuntime().maxMemory() >> 20);
        for (int round = 1; round <= rounds; round++) {
            resetPeak();
            long start = System.nanoTime();
            List<ScenarioResult> results = reader(file);
            double readerSeconds = (System.nanoTime() - start) / 1e9;
            long readerPeak = peakHeap();
            System.gc();
            long retained = usedHeap();
            resetPeak();
            start = System.nanoTime();
            Map<String, long[]> split = split(file);
            double splitSeconds = (System.nanoTime() - start) / 1e9;
            long splitPeak = peakHeap();
            System.out.printf(
                    Locale.ROOT,
                    "round %d: reader %.1f MB/s (%.2f s, peak heap %d MB, %d labels, retained heap after GC %d MB);"
                            + " plain split %.1f MB/s (%.2f s, peak heap %d MB, %d labels)%n",
                    round,
                    megabytes / readerSeconds,
                    readerSeconds,
                    readerPeak >> 20,
                    results.size(),
                    retained >> 20,
                    megabytes / splitSeconds,
                    splitSeconds,
                    splitPeak >> 20,
                    split.size());
            if (round == rounds) {
                ScenarioResult first = results.get(0);
                System.out.printf(
                        Locale.ROOT,
                        "%s: %d samples, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, %d errors (split: %d samples)%n",
                        first.scenario(),
                        first.samples(),
                        first.p50(),
                        first.p95(),
                        first.p99(),
                        first.errors(),
                        split.get(first.scenario())[0]);
            }
        }
    }

    static List<ScenarioResult> reader(Path file) throws IOException, EvidenceException {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            return JtlCsvReader.read(in, file, file.getFileName().toString());
        }
    }

    /** The plain way: each line split on commas, count and sum of elapsed per label (no percentiles). */
    static Map<String, long[]> split(Path file) throws IOException {
        Map<String, long[]> sums = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] fields = line.split(",");
                long[] sum = sums.computeIfAbsent(fields[2], l -> new long[2]);
                sum[0]++;
                sum[1] += Long.parseLong(fields[1]);
            }
        }
        return sums;
    }

    static void generate(Path file, long samples) throws IOException {
        Files.createDirectories(file.getParent());
        SplittableRandom random = new SplittableRandom(22);
        long time = 1_700_000_000_000L;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(200);
            for (long i = 0; i < samples; i++) {
                int label = random.nextInt(20);
                long elapsed = Math.min(30_000, Math.round(Math.exp(4.8 + 0.6 * gaussian(random))));
                boolean ok = random.nextInt(100) != 0;
                time += random.nextInt(3);
                line.setLength(0);
                line.append(time)
                        .append(',')
                        .append(elapsed)
                        .append(",GET /api/item/")
                        .append(label)
                        .append(ok ? ",200,OK," : ",500,Internal Server Error,")
                        .append("Thread Group 1-")
                        .append(1 + random.nextInt(50))
                        .append(",text,")
                        .append(ok)
                        .append(ok ? "," : ",Response code was 500,")
                        .append(900 + random.nextInt(200))
                        .append(",120,50,50,http://localhost:8080/api/item/")
                        .append(label)
                        .append(',')
                        .append(elapsed - random.nextInt((int) Math.max(1, elapsed)))
                        .append(",0,")
                        .append(random.nextInt(3))
                        .append('\n');
                out.append(line);
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static void resetPeak() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap's peak since the last reset: the sum of the heap pools' peaks (an upper bound). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
