package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.CoverageExclusions;
import io.github.readiness.rules.evidence.ExcludedClasses;
import io.github.readiness.rules.evidence.PathDisplay;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Decides which coverage evidence of a module to trust, in this order: tests skipped (files on disk are from
 * an earlier run), no classes (nothing to measure), a jacoco.xml at least as new as the classes and the exec
 * files (reuses what the build computed), else the exec files analysed against the classes. Every path looked
 * at becomes an {@link EvidenceRecord}: the xml report first, then the exec files by name.
 */
public final class CoverageCollector {
    static final String SOURCE = "jacoco";

    private final JacocoXmlReader xmlReader = new JacocoXmlReader();

    public Collected<CoverageEvidence> collect(CoverageRequest request) throws EvidenceException {
        return new Collection(request).collect();
    }

    /** One collection: the request, the exec files found for it and the records written so far. */
    private final class Collection {
        private final CoverageRequest request;
        private final FileTimes times;
        private final List<Path> execCandidates;
        private final List<Path> execFiles;
        private final List<EvidenceRecord> records = new ArrayList<>();
        private final List<Path> classFiles = new ArrayList<>();
        private Map<String, Path> classesByName;

        Collection(CoverageRequest request) throws EvidenceException {
            this.request = request;
            this.times = new FileTimes(path -> Path.of(shown(path)));
            this.execCandidates = request.execFiles().isEmpty()
                    ? times.execFilesIn(request.buildDirectory())
                    : request.execFiles().stream().sorted().toList();
            this.execFiles = execCandidates.stream().filter(Files::isRegularFile).toList();
        }

        Collected<CoverageEvidence> collect() throws EvidenceException {
            if (request.testsSkippedBy() != null) {
                String property = request.testsSkippedBy();
                String detail = "this build skipped the tests (" + property + "=true), so coverage files in "
                        + shown(request.buildDirectory()) + "/ are from an earlier run; run the build without -D"
                        + property;
                return missing(EvidenceStatus.NOT_RUN, detail, xmlIfConfigured(), path -> detail);
            }
            FileTime newestClass = times.listClassFiles(request.classesDirectory(), classFiles);
            if (newestClass == null) {
                String detail = "no compiled classes in " + shown(request.classesDirectory());
                records.add(record(request.classesDirectory(), EvidenceStatus.NOT_APPLICABLE, detail));
                return Collected.missing(EvidenceStatus.NOT_APPLICABLE, detail, records);
            }
            Path xml = request.xmlReport();
            if (xml == null || !Files.isRegularFile(xml)) {
                if (xml != null && !execFiles.isEmpty()) {
                    records.add(record(xml, EvidenceStatus.NOT_AVAILABLE,
                            "not generated; the exec files are used instead"));
                }
                return fromExecFiles(newestClass, null, null);
            }
            FileTime xmlTime = times.lastModified(xml);
            if (xmlTime.compareTo(newestClass) < 0) {
                return fromExecFiles(newestClass, EvidenceStatus.STALE, shown(xml) + " is older than the classes in "
                        + shown(request.classesDirectory()) + ": it was not regenerated after the last compile;"
                        + " run mvn verify");
            }
            Path newestExec = times.newest(execFiles);
            if (newestExec != null && xmlTime.compareTo(times.lastModified(newestExec)) < 0) {
                return fromExecFiles(newestClass, EvidenceStatus.STALE, shown(xml) + " is older than "
                        + shown(newestExec) + ": it was not regenerated after the last test run; run mvn verify");
            }
            JacocoXmlReader.Report report = readXml(xml);
            CoverageEvidence coverage = report.coverage();
            if (coverage.isEmpty()) {
                return fromExecFiles(newestClass, EvidenceStatus.INVALID, shown(xml) + " is an empty JaCoCo report"
                        + " (no counters): an empty report-aggregate, or excludes that leave out every class? Point the"
                        + " configuration at the module's own jacoco.xml or jacoco.exec");
            }
            // trusted on its time alone, a hand-edited report or one of another run would win: cross-check it
            ExecFileLoader loader = execFiles.isEmpty() ? null : execAnalyzer().load(execFiles);
            String mismatch = crossCheck(xml, report, loader);
            if (mismatch != null) {
                return fromExecFiles(newestClass, EvidenceStatus.INVALID, mismatch
                        + (execFiles.isEmpty() ? "; no exec file to measure instead: run mvn clean verify"
                                : "; the exec files are analysed instead"), loader);
            }
            ExcludedClasses excluded = JacocoXmlCrossCheck.excluded(coverage, classesByName(),
                    loader == null ? new ExecutionDataStore() : loader.getExecutionDataStore(), execAnalyzer());
            records.add(record(xml, EvidenceStatus.READ, excluded == null ? "" : "leaves out "
                    + CoverageExclusions.describe(excluded)));
            addExecRecords(EvidenceStatus.READ, path -> "already summarised in the newer " + shown(xml));
            return Collected.read(coverage.withExcluded(excluded), records);
        }

        /** Why the report is not this build's, or null: its sessions against the exec files, its classes. */
        private String crossCheck(Path xml, JacocoXmlReader.Report report, ExecFileLoader loader) {
            if (loader != null) {
                String execs = execFiles.stream().map(this::shown).collect(Collectors.joining(", "));
                String mismatch = JacocoXmlCrossCheck.sessionMismatch(report.sessions(),
                        loader.getSessionInfoStore().getInfos(), shown(xml), execs);
                if (mismatch != null) {
                    return mismatch;
                }
            }
            List<String> foreign = JacocoXmlCrossCheck.foreignClasses(report.coverage(), classesByName());
            if (foreign.isEmpty()) {
                return null;
            }
            return shown(xml) + " lists " + (foreign.size() == 1 ? "1 class" : foreign.size() + " classes")
                    + " that " + shown(request.classesDirectory()) + " does not hold (e.g. "
                    + foreign.get(0).replace('/', '.') + "): it describes other classes";
        }

        private Map<String, Path> classesByName() {
            if (classesByName == null) {
                classesByName = JacocoXmlCrossCheck.byClassName(request.classesDirectory(), classFiles);
            }
            return classesByName;
        }

        private JacocoExecAnalyzer execAnalyzer() {
            return new JacocoExecAnalyzer(request.baseDir(),
                    request.buildDirectory().resolve(JacocoExecAnalyzer.CACHE_FILE));
        }

        private Collected<CoverageEvidence> fromExecFiles(
                FileTime newestClass, EvidenceStatus xmlStatus, String xmlDetail) throws EvidenceException {
            return fromExecFiles(newestClass, xmlStatus, xmlDetail, null);
        }

        /**
         * Falls back to the exec files; a non-null {@code xmlStatus} and {@code xmlDetail} say why not the xml.
         * {@code loaded}: the exec files as the cross-check read them, or null to read them here.
         */
        private Collected<CoverageEvidence> fromExecFiles(FileTime newestClass, EvidenceStatus xmlStatus,
                String xmlDetail, ExecFileLoader loaded) throws EvidenceException {
            if (xmlStatus != null) {
                records.add(record(request.xmlReport(), xmlStatus, xmlDetail));
            }
            if (execFiles.isEmpty()) {
                if (xmlStatus != null) {
                    // the unusable xml is the whole story; the exec files simply are not there
                    addExecRecords(EvidenceStatus.NOT_AVAILABLE, path -> "does not exist");
                    return Collected.missing(xmlStatus, xmlDetail, records);
                }
                String detail = noCoverageData();
                return missing(EvidenceStatus.NOT_AVAILABLE, detail, xmlIfConfigured(), path -> detail);
            }
            // analyse first: a corrupt file is an error to fix whatever its age
            JacocoExecAnalyzer analyzer = execAnalyzer();
            JacocoExecAnalyzer.ExecAnalysis analysis = loaded != null
                    ? analyzer.analyzeLoaded(loaded, classFiles)
                    : analyzer.analyzeClassFiles(execFiles, classFiles);
            Path newestExec = times.newest(execFiles);
            if (times.lastModified(newestExec).compareTo(newestClass) < 0) {
                String detail = shown(newestExec) + " is older than the classes in " + shown(request.classesDirectory())
                        + ": tests did not run after the last compile; run mvn verify";
                return missing(EvidenceStatus.STALE, detail, List.of(), path -> detail);
            }
            List<String> noMatch = analysis.noMatchClasses();
            if (!noMatch.isEmpty()) {
                String classes = noMatch.size() == 1 ? "1 class" : noMatch.size() + " classes";
                String detail = "execution data of " + classes + " does not match the compiled classes (e.g. "
                        + noMatch.get(0) + "): left over from an earlier build; run mvn clean verify";
                return missing(EvidenceStatus.STALE, detail, List.of(), path -> detail);
            }
            addExecRecords(EvidenceStatus.READ, path -> "");
            return Collected.read(analysis.coverage(), records);
        }

        /** Records {@code leadingPaths}, then the exec files, with {@code status}; returns no evidence. */
        private Collected<CoverageEvidence> missing(
                EvidenceStatus status, String detail, List<Path> leadingPaths, Function<Path, String> execDetail) {
            leadingPaths.forEach(path -> records.add(record(path, status, detail)));
            addExecRecords(status, execDetail);
            return Collected.missing(status, detail, records);
        }

        /**
         * Existing exec files get {@code status}; configured ones that do not exist are NOT_AVAILABLE. With none
         * found, the default target/jacoco.exec is the path that was looked for, unless a report was READ anyway.
         */
        private void addExecRecords(EvidenceStatus status, Function<Path, String> detail) {
            if (execCandidates.isEmpty() && status != EvidenceStatus.READ) {
                Path expected = defaultExecFile();
                records.add(record(expected, status, detail.apply(expected)));
            }
            for (Path exec : execCandidates) {
                records.add(execFiles.contains(exec)
                        ? record(exec, status, detail.apply(exec))
                        : record(exec, EvidenceStatus.NOT_AVAILABLE,
                                "does not exist: check the destFile of jacoco-maven-plugin's prepare-agent goal"));
            }
        }

        private String noCoverageData() {
            String execs = (execCandidates.isEmpty() ? List.of(defaultExecFile()) : execCandidates).stream()
                    .map(this::shown)
                    .collect(Collectors.joining(", "));
            String lookedFor = request.xmlReport() == null
                    ? execs + " does not exist"
                    : "neither " + execs + " nor " + shown(request.xmlReport()) + " exists";
            return "no coverage data: " + lookedFor
                    + "; add jacoco-maven-plugin's prepare-agent goal and run mvn verify";
        }

        private JacocoXmlReader.Report readXml(Path xml) throws EvidenceException {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(xml))) {
                return xmlReader.readReport(in, Path.of(shown(xml)));
            } catch (IOException e) {
                throw new EvidenceException(Path.of(shown(xml)), "cannot be read (" + e.getMessage()
                        + "): check its permissions", e);
            }
        }

        private List<Path> xmlIfConfigured() {
            return request.xmlReport() == null ? List.of() : List.of(request.xmlReport());
        }

        private Path defaultExecFile() {
            return request.buildDirectory().resolve("jacoco.exec");
        }

        private EvidenceRecord record(Path path, EvidenceStatus status, String detail) {
            return new EvidenceRecord(SOURCE, shown(path), status, detail);
        }

        private String shown(Path path) {
            return PathDisplay.relative(request.baseDir(), path);
        }
    }
}
