package io.github.readiness.rules.evidence.junit;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Collects the test results of one module from the {@code TEST-*.xml} files of its Surefire and Failsafe report
 * directories, and tells apart the reasons there may be none: the build skipped the tests, the module has no
 * code, no tests, or tests that did not run, or reports left over from before the last compile. When the build runs
 * the tests itself ({@link BuildProvenance#judgesAge()}), reports written before it started are an earlier run's: a
 * directory with only such reports is NOT_RUN (its tests did not run in this build), and next to this build's own
 * reports they are left out and counted in the record.
 *
 * <p>Each report directory gives one evidence record, in the order of the request. {@code failsafe-summary.xml}
 * is not a test report and is never read.
 */
public final class TestReportCollector {
    private final SurefireReportReader reader = new SurefireReportReader();

    /**
     * @throws EvidenceException when a report cannot be read or is not a test report; the message names the file
     */
    public Collected<TestEvidence> collect(TestReportRequest request) throws EvidenceException {
        List<ReportDirectory> directories = new ArrayList<>();
        for (Path directory : request.reportDirectories()) {
            directories.add(
                    new ReportDirectory(directory, display(request, directory), reportsIn(request, directory), ""));
        }
        if (request.provenance().testSkip() != null) {
            return skipped(request.provenance().testSkip(), directories);
        }
        if (request.provenance().judgesAge()) {
            List<String> earlier = new ArrayList<>();
            directories = thisBuildsReports(request, directories, earlier);
            if (!earlier.isEmpty()) {
                return missing(
                        EvidenceStatus.NOT_RUN,
                        directories,
                        String.join("; ", earlier) + ": this build ran"
                                + " no test that reports there (skipped, or filtered out by -Dtest or the POM), so these"
                                + " reports are from an earlier run; run mvn clean verify");
            }
        }
        List<ReportDirectory> withReports =
                directories.stream().filter(d -> !d.reports().isEmpty()).toList();
        if (withReports.isEmpty()) {
            return withoutReports(request, directories);
        }
        Optional<FileTime> newestTestClass = newestClassFile(request, request.testClassesDirectory());
        FileTime newestReport = newestReport(request, withReports);
        if (newestTestClass.isPresent() && newestReport.compareTo(newestTestClass.get()) < 0) {
            return missing(
                    EvidenceStatus.STALE,
                    directories,
                    "test reports in " + and(withReports)
                            + " are older than the test classes: the tests did not run after the last compile; run mvn verify");
        }
        return readAll(request, directories);
    }

    /**
     * Leaves out the reports written before the build started. A directory where every report is that old is
     * described in {@code earlier} (file and age); one that also has this build's reports keeps only those and notes
     * the others.
     */
    private static List<ReportDirectory> thisBuildsReports(
            TestReportRequest request, List<ReportDirectory> directories, List<String> earlier)
            throws EvidenceException {
        BuildProvenance provenance = request.provenance();
        List<ReportDirectory> kept = new ArrayList<>();
        for (ReportDirectory directory : directories) {
            List<Path> fresh = new ArrayList<>();
            Path oldest = null;
            FileTime oldestTime = null;
            for (Path report : directory.reports()) {
                FileTime modified = lastModified(request, directory, report);
                if (!provenance.predatesBuild(modified)) {
                    fresh.add(report);
                } else if (oldestTime == null || modified.compareTo(oldestTime) < 0) {
                    oldest = report;
                    oldestTime = modified;
                }
            }
            if (oldest == null) {
                kept.add(directory);
                continue;
            }
            int old = directory.reports().size() - fresh.size();
            String example = display(request, oldest) + " was " + provenance.writtenBefore(oldestTime);
            if (fresh.isEmpty()) {
                earlier.add(example);
                kept.add(directory);
            } else {
                kept.add(new ReportDirectory(
                        directory.path(),
                        directory.shown(),
                        List.copyOf(fresh),
                        "; left out " + old + (old == 1 ? " report" : " reports") + " from an earlier run (" + example
                                + ")"));
            }
        }
        return kept;
    }

    private static FileTime lastModified(TestReportRequest request, ReportDirectory directory, Path report)
            throws EvidenceException {
        try {
            return Files.getLastModifiedTime(report);
        } catch (IOException e) {
            throw unreadableDirectory(request, directory.path(), e);
        }
    }

    private Collected<TestEvidence> withoutReports(TestReportRequest request, List<ReportDirectory> directories)
            throws EvidenceException {
        String testClasses = display(request, request.testClassesDirectory());
        if (hasClassFile(request, request.testClassesDirectory())) {
            return missing(
                    EvidenceStatus.NOT_AVAILABLE,
                    directories,
                    "test classes exist in " + testClasses
                            + " but there are no TEST-*.xml reports in " + or(directories)
                            + ": run the tests with maven-surefire-plugin (mvn verify)");
        }
        String classes = display(request, request.classesDirectory());
        if (!hasClassFile(request, request.classesDirectory())) {
            return missing(
                    EvidenceStatus.NOT_APPLICABLE,
                    directories,
                    "no code and no tests (no .class files in " + classes + " or " + testClasses + ")");
        }
        // main code without a single test class: the evidence is "zero tests", which the rules judge
        List<EvidenceRecord> records = directories.stream()
                .map(d -> d.record(EvidenceStatus.READ, "0 reports: no test classes in " + testClasses))
                .toList();
        Map<String, TestSummary> bySource = new LinkedHashMap<>();
        directories.forEach(d -> bySource.put(d.source(), TestSummary.EMPTY));
        return Collected.read(new TestEvidence(TestSummary.EMPTY, List.of(), 0, bySource), records);
    }

    private Collected<TestEvidence> readAll(TestReportRequest request, List<ReportDirectory> directories)
            throws EvidenceException {
        TestSummary summary = TestSummary.EMPTY;
        List<FailedTest> failedTests = new ArrayList<>();
        int reportFiles = 0;
        List<EvidenceRecord> records = new ArrayList<>();
        Map<String, TestSummary> bySource = new LinkedHashMap<>();
        for (ReportDirectory directory : directories) {
            for (Path report : directory.reports()) {
                TestEvidence evidence = read(request, report);
                summary = summary.plus(evidence.summary());
                bySource.merge(directory.source(), evidence.summary(), TestSummary::plus);
                failedTests.addAll(evidence.failedTests());
                reportFiles += evidence.reportFiles();
            }
            int count = directory.reports().size();
            // e.g. no failsafe-reports in a module without integration tests: say so rather than "READ, 0 reports"
            records.add(
                    count == 0
                            ? directory.record(EvidenceStatus.NOT_AVAILABLE, "no TEST-*.xml reports here")
                            : directory.record(
                                    EvidenceStatus.READ,
                                    count + (count == 1 ? " report" : " reports") + directory.note()));
        }
        return Collected.read(new TestEvidence(summary, failedTests, reportFiles, bySource), records);
    }

    private TestEvidence read(TestReportRequest request, Path report) throws EvidenceException {
        String shown = display(request, report);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(report))) {
            return reader.read(in, Path.of(shown), shown);
        } catch (IOException e) {
            throw new EvidenceException(
                    Path.of(shown),
                    "cannot be read (" + e.getMessage() + "): check its permissions"
                            + " or delete it and re-run the tests (mvn verify)",
                    e);
        }
    }

    /** One status and detail for the whole module, repeated in the record of each directory. */
    private static Collected<TestEvidence> missing(
            EvidenceStatus status, List<ReportDirectory> directories, String detail) {
        List<EvidenceRecord> records =
                directories.stream().map(d -> d.record(status, detail)).toList();
        return Collected.missing(status, detail, records);
    }

    /** Reports on disk are not this build's: each record says whether its directory holds left-overs. */
    private static Collected<TestEvidence> skipped(BuildProvenance.TestSkip skip, List<ReportDirectory> directories) {
        List<EvidenceRecord> records = directories.stream()
                .map(d -> d.record(EvidenceStatus.NOT_RUN, skippedDetail(skip, List.of(d))))
                .toList();
        return Collected.missing(EvidenceStatus.NOT_RUN, skippedDetail(skip, directories), records);
    }

    private static String skippedDetail(BuildProvenance.TestSkip skip, List<ReportDirectory> directories) {
        List<ReportDirectory> withReports =
                directories.stream().filter(d -> !d.reports().isEmpty()).toList();
        String leftOver = withReports.isEmpty() ? "" : " reports in " + and(withReports) + " are from an earlier run;";
        return "this build skipped the tests (" + skip.reason() + "):" + leftOver + " " + skip.fix();
    }

    /** {@code TEST-*.xml} files directly in {@code directory}, sorted by file name; none when it does not exist. */
    private static List<Path> reportsIn(TestReportRequest request, Path directory) throws EvidenceException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> reports = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "TEST-*.xml")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    reports.add(file);
                }
            }
        } catch (IOException e) {
            throw unreadableDirectory(request, directory, e);
        }
        reports.sort(Comparator.comparing(file -> file.getFileName().toString()));
        return List.copyOf(reports);
    }

    private static FileTime newestReport(TestReportRequest request, List<ReportDirectory> directories)
            throws EvidenceException {
        FileTime newest = FileTime.fromMillis(Long.MIN_VALUE);
        for (ReportDirectory directory : directories) {
            for (Path report : directory.reports()) {
                try {
                    FileTime modified = Files.getLastModifiedTime(report);
                    newest = modified.compareTo(newest) > 0 ? modified : newest;
                } catch (IOException e) {
                    throw unreadableDirectory(request, directory.path(), e);
                }
            }
        }
        return newest;
    }

    private static Optional<FileTime> newestClassFile(TestReportRequest request, Path directory)
            throws EvidenceException {
        return classFileTime(request, directory, false);
    }

    private static boolean hasClassFile(TestReportRequest request, Path directory) throws EvidenceException {
        return classFileTime(request, directory, true).isPresent();
    }

    /**
     * Modification time of the newest {@code .class} file under {@code directory}, or of the first one found when
     * {@code anyWillDo}; empty when there is none. Uses the attributes the walk already read.
     */
    private static Optional<FileTime> classFileTime(TestReportRequest request, Path directory, boolean anyWillDo)
            throws EvidenceException {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        FileTime[] newest = {null};
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()
                            && file.getFileName().toString().endsWith(".class")) {
                        FileTime modified = attributes.lastModifiedTime();
                        newest[0] = newest[0] == null || modified.compareTo(newest[0]) > 0 ? modified : newest[0];
                        return anyWillDo ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw unreadableDirectory(request, directory, e);
        }
        return Optional.ofNullable(newest[0]);
    }

    private static EvidenceException unreadableDirectory(TestReportRequest request, Path directory, IOException e) {
        return new EvidenceException(
                Path.of(display(request, directory)),
                "cannot be listed (" + e.getMessage() + "): check its permissions");
    }

    private static String display(TestReportRequest request, Path path) {
        return PathDisplay.relative(request.baseDir(), path);
    }

    private static String and(List<ReportDirectory> directories) {
        return directories.stream().map(d -> d.shown()).collect(Collectors.joining(" and "));
    }

    private static String or(List<ReportDirectory> directories) {
        return directories.stream().map(d -> d.shown()).collect(Collectors.joining(" or "));
    }

    /**
     * A report directory as found: where it is, how reports show it, its report files, and a note on the reports
     * left out (empty when none).
     */
    private record ReportDirectory(Path path, String shown, List<Path> reports, String note) {
        /** Failsafe writes to {@code failsafe-reports}; every other directory is Surefire's. */
        String source() {
            return path.getFileName() != null && path.getFileName().toString().contains("failsafe")
                    ? "failsafe"
                    : "surefire";
        }

        EvidenceRecord record(EvidenceStatus status, String detail) {
            return new EvidenceRecord(source(), shown, status, detail);
        }
    }
}
