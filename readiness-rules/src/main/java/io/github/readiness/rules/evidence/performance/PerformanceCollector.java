package io.github.readiness.rules.evidence.performance;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.evidence.security.FileGlob;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and reads the performance results of a module: at each tool's default location, or where {@code
 * performanceReports} says. Each file's format is told by its content ({@link PerformanceFormat}). A result older
 * than the newest compiled class measured other code: it is set aside as STALE. A default location holding another
 * tool's file, or an empty results folder, is recorded as a problem the {@code performance.evidence} rule reports; a
 * configured file that is not a performance result is an error naming it.
 */
public final class PerformanceCollector {
    static final String SOURCE = "performance";

    /** Where each tool writes by default, relative to the build directory. */
    static final List<String> DEFAULT_PATTERNS = List.of(
            "gatling/*/js/stats.json", // gatling-maven-plugin: target/gatling/<simulation>-<timestamp>/
            "gatling/*/js/assertions.json",
            "jmeter/results/*.jtl", // jmeter-maven-plugin: target/jmeter/results/<timestamp>-<test>.csv|.jtl
            "jmeter/results/*.csv",
            "jmeter/results/*.xml",
            "k6/*.json", // k6 run --summary-export=target/k6/summary.json (k6 has no default file)
            "jmh-result.json", // JMH's default -rff name, run from the build directory
            "jmh/*.json");

    static final String HOW_TO_PRODUCE =
            "run a load test or benchmark in the build: gatling-maven-plugin (target/gatling),"
                    + " jmeter-maven-plugin (target/jmeter/results), k6 run --summary-export=target/k6/summary.json, or JMH"
                    + " with -rf json -rff target/jmh-result.json; or list the files under performanceReports";

    private final List<ScenarioResult> scenarios = new ArrayList<>();
    private final List<BenchmarkResult> benchmarks = new ArrayList<>();
    private final List<String> assertions = new ArrayList<>();
    private final List<EvidenceRecord> problems = new ArrayList<>();
    private final List<EvidenceRecord> records = new ArrayList<>();

    /**
     * @throws EvidenceException when a file cannot be used: broken JSON or XML, a JTL without its header, a configured
     *     file of another tool; the message names the file and the fix
     */
    public Collected<PerformanceEvidence> collect(PerformanceRequest request) throws EvidenceException {
        boolean configured = !request.patterns().isEmpty();
        String build = shown(request, request.buildDirectory());
        List<String> patterns = configured
                ? request.patterns()
                : DEFAULT_PATTERNS.stream().map(p -> build + "/" + p).toList();
        FileTime classes = newestClass(request.classesDirectory());
        Set<Path> seen = new LinkedHashSet<>();
        for (String pattern : patterns) {
            List<Path> matches = FileGlob.expand(request.baseDir(), pattern);
            if (matches.isEmpty() && configured) {
                problem(pattern, EvidenceStatus.NOT_AVAILABLE, "performanceReports '" + pattern + "' matches no file");
            }
            for (Path file : matches) {
                if (seen.add(file.normalize())) {
                    read(request, file, configured, classes);
                }
            }
        }
        if (!configured) {
            emptyFolder(
                    request,
                    "jmeter/results",
                    "the JMeter run wrote no result: check jmeter-maven-plugin's"
                            + " <resultsFileFormat> and that its jmeter goal ran");
            emptyFolder(
                    request,
                    "gatling",
                    "the Gatling run wrote no report: check that gatling-maven-plugin's"
                            + " test goal ran and did not set noReports");
        }
        if (records.isEmpty()) {
            String looked = configured ? String.join(", ", patterns) : build + "/{gatling,jmeter/results,k6,jmh}";
            return Collected.missing(
                    EvidenceStatus.NOT_AVAILABLE,
                    "no performance results at " + looked + ": " + HOW_TO_PRODUCE,
                    List.of(new EvidenceRecord(SOURCE, looked, EvidenceStatus.NOT_AVAILABLE, HOW_TO_PRODUCE)));
        }
        return Collected.read(new PerformanceEvidence(scenarios, benchmarks, assertions, problems, List.of()), records);
    }

    private void read(PerformanceRequest request, Path file, boolean configured, FileTime classes)
            throws EvidenceException {
        String shown = shown(request, file);
        Path named = Path.of(shown);
        PerformanceFormat format = PerformanceFormat.detect(file);
        if (format == PerformanceFormat.OTHER) {
            String problem = "not a performance result (not Gatling statistics, a JMeter JTL, a k6 summary or JMH"
                    + " JSON results)";
            if (configured) {
                throw new EvidenceException(named, "is " + problem + ": list only such files under performanceReports");
            }
            problem(shown, EvidenceStatus.INVALID, problem + ": move it out of " + shown(request, file.getParent()));
            return;
        }
        if (format == PerformanceFormat.JTL_CSV_NO_HEADER) {
            throw new EvidenceException(
                    named,
                    "is a JMeter JTL in CSV without its header line, so its columns are unknown; "
                            + JtlCsvReader.fixHeader());
        }
        FileTime modified = modified(file);
        if (classes != null && modified.compareTo(classes) < 0) {
            problem(
                    shown,
                    EvidenceStatus.STALE,
                    format.description() + " written "
                            + BuildProvenance.age(Duration.between(modified.toInstant(), classes.toInstant()))
                            + " before the classes were compiled, so it measured other code: run the test again");
            return;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            switch (format) {
                case GATLING_STATS -> scenarios.addAll(GatlingStatsReader.read(in, named, shown));
                case GATLING_ASSERTIONS -> assertions.addAll(GatlingAssertionsReader.failed(in, named));
                case JTL_CSV -> {
                    Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
                    scenarios.addAll(JtlCsvReader.read(reader, named, shown));
                }
                case JTL_XML -> scenarios.addAll(JtlXmlReader.read(in, named, shown));
                case K6_SUMMARY -> scenarios.addAll(K6SummaryReader.read(in, named, shown));
                case JMH_JSON -> benchmarks.addAll(JmhResultReader.read(in, named));
                default -> throw new IllegalStateException("format " + format + " has no reader");
            }
        } catch (IOException e) {
            throw new EvidenceException(named, "cannot be read (" + e.getMessage() + ")", e);
        }
        records.add(new EvidenceRecord(SOURCE, shown, EvidenceStatus.READ, format.description()));
    }

    private void emptyFolder(PerformanceRequest request, String folder, String why) throws EvidenceException {
        Path directory = request.buildDirectory().resolve(folder);
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> children = Files.list(directory)) {
            if (children.findAny().isEmpty()) {
                problem(shown(request, directory), EvidenceStatus.NOT_AVAILABLE, "empty folder: " + why);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(directory, "cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    private void problem(String path, EvidenceStatus status, String detail) {
        EvidenceRecord record = new EvidenceRecord(SOURCE, path, status, detail);
        problems.add(record);
        records.add(record);
    }

    /** The time of the newest .class file; null without classes (nothing to be older than). */
    static FileTime newestClass(Path classes) throws EvidenceException {
        if (classes == null || !Files.isDirectory(classes)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(PerformanceCollector::modifiedOrNull)
                    .filter(java.util.Objects::nonNull)
                    .max(FileTime::compareTo)
                    .orElse(null);
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(classes, "cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    private static FileTime modifiedOrNull(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static FileTime modified(Path file) throws EvidenceException {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new EvidenceException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String shown(PerformanceRequest request, Path file) {
        return PathDisplay.relative(request.baseDir(), file);
    }
}
