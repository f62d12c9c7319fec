package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageExclusions;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
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
 * an earlier run), no classes (nothing to measure, unless there are sources: then the evidence is invalid), a test
 * plugin that drops JaCoCo's agent, exec files written before a build that ran the tests (an earlier run's), a
 * jacoco.xml at least as new as the classes and the exec files (reuses what the build computed), else the exec files
 * analysed against the classes. Every path looked at becomes an {@link EvidenceRecord}: the xml report first, then
 * the exec files by name. What counts as this build's evidence is {@link BuildProvenance}'s to say.
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
            this.execFiles =
                    execCandidates.stream().filter(Files::isRegularFile).toList();
        }

        Collected<CoverageEvidence> collect() throws EvidenceException {
            BuildProvenance provenance = request.provenance();
            if (provenance.testSkip() != null) {
                String detail =
                        "this build skipped the tests (" + provenance.testSkip().reason() + "), so coverage"
                                + " files in " + shown(request.buildDirectory()) + "/ are from an earlier run; "
                                + provenance.testSkip().fix();
                return missing(EvidenceStatus.NOT_RUN, detail, xmlIfConfigured(), path -> detail);
            }
            FileTime newestClass = times.listClassFiles(request.classesDirectory(), classFiles);
            if (newestClass == null) {
                return withoutClasses();
            }
            if (provenance.agentDrop() != null) {
                String detail = provenance.agentDrop().describe() + agentDropEvidence();
                return missing(EvidenceStatus.INVALID, detail, List.of(), path -> detail);
            }
            List<Path> earlier = new ArrayList<>();
            for (Path exec : execFiles) {
                if (provenance.predatesBuild(times.lastModified(exec))) {
                    earlier.add(exec);
                }
            }
            if (!earlier.isEmpty()) {
                analyze(); // a corrupt file is an error to fix whatever its age
                Path exec = earlier.get(0);
                String detail = shown(exec) + " was " + provenance.writtenBefore(times.lastModified(exec))
                        + ", and this build's tests wrote no coverage data to it (no test ran, or the tests ran"
                        + " without JaCoCo's agent), so it is from an earlier run; run mvn clean verify";
                return missing(
                        EvidenceStatus.STALE,
                        detail,
                        xmlIfConfigured(),
                        path -> earlier.contains(path)
                                ? detail
                                : "not used: " + shown(exec) + " is from an earlier run");
            }
            Path xml = request.xmlReport();
            if (xml == null || !Files.isRegularFile(xml)) {
                if (xml != null && !execFiles.isEmpty()) {
                    records.add(record(
                            xml, EvidenceStatus.NOT_AVAILABLE, "not generated; the exec files are used instead"));
                }
                return fromExecFiles(newestClass, null, null);
            }
            FileTime xmlTime = times.lastModified(xml);
            if (xmlTime.compareTo(newestClass) < 0) {
                return fromExecFiles(
                        newestClass,
                        EvidenceStatus.STALE,
                        shown(xml) + " is older than the classes in "
                                + shown(request.classesDirectory()) + ": it was not regenerated after the last compile;"
                                + " run mvn verify");
            }
            Path newestExec = times.newest(execFiles);
            if (newestExec != null && xmlTime.compareTo(times.lastModified(newestExec)) < 0) {
                return fromExecFiles(
                        newestClass,
                        EvidenceStatus.STALE,
                        shown(xml) + " is older than " + shown(newestExec)
                                + ": it was not regenerated after the last test run; run mvn verify");
            }
            JacocoXmlReader.Report report = readXml(xml);
            CoverageEvidence coverage = report.coverage();
            if (coverage.isEmpty()) {
                return fromExecFiles(
                        newestClass,
                        EvidenceStatus.INVALID,
                        shown(xml) + " is an empty JaCoCo report"
                                + " (no counters): an empty report-aggregate, or excludes that leave out every class? Point the"
                                + " configuration at the module's own jacoco.xml or jacoco.exec");
            }
            // trusted on its time alone, a hand-edited report or one of another run would win: cross-check it
            ExecFileLoader loader = execFiles.isEmpty() ? null : execAnalyzer().load(execFiles);
            String mismatch = crossCheck(xml, report, loader);
            if (mismatch != null) {
                return fromExecFiles(
                        newestClass,
                        EvidenceStatus.INVALID,
                        mismatch
                                + (execFiles.isEmpty()
                                        ? "; no exec file to measure instead: run mvn clean verify"
                                        : "; the exec files are analysed instead"),
                        loader);
            }
            ExcludedClasses excluded = JacocoXmlCrossCheck.excluded(
                    coverage,
                    classesByName(),
                    loader == null ? new ExecutionDataStore() : loader.getExecutionDataStore(),
                    execAnalyzer());
            records.add(record(
                    xml,
                    EvidenceStatus.READ,
                    excluded == null ? "" : "leaves out " + CoverageExclusions.describe(excluded)));
            addExecRecords(EvidenceStatus.READ, path -> "already summarised in the newer " + shown(xml));
            return Collected.read(coverage.withExcluded(excluded), records);
        }

        /** Why the report is not this build's, or null: its sessions against the exec files, its classes. */
        private String crossCheck(Path xml, JacocoXmlReader.Report report, ExecFileLoader loader) {
            if (loader != null) {
                String execs = execFiles.stream().map(this::shown).collect(Collectors.joining(", "));
                String mismatch = JacocoXmlCrossCheck.sessionMismatch(
                        report.sessions(), loader.getSessionInfoStore().getInfos(), shown(xml), execs);
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
            return new JacocoExecAnalyzer(request.baseDir(), request.cacheFile());
        }

        /**
         * No class files: nothing to measure when the module has no sources; with sources, the coverage data on disk
         * describes classes that are gone (deleted after the tests, or a file in the directory's place).
         */
        private Collected<CoverageEvidence> withoutClasses() {
            Path classes = request.classesDirectory();
            String sources = request.provenance().mainSources();
            String where = "no compiled classes in " + shown(classes)
                    + (Files.exists(classes) && !Files.isDirectory(classes) ? " (it is a file, not a directory)" : "");
            if (sources == null) {
                records.add(record(classes, EvidenceStatus.NOT_APPLICABLE, where));
                return Collected.missing(EvidenceStatus.NOT_APPLICABLE, where, records);
            }
            if (execFiles.isEmpty()) {
                String detail = where + ", but " + sources + " has sources: compile and test them (mvn verify)";
                return missing(EvidenceStatus.NOT_AVAILABLE, detail, List.of(classes), path -> detail);
            }
            String detail = where + ", but " + sources + " has sources and " + shown(execFiles.get(0))
                    + " has coverage data: the classes it describes are missing, so coverage cannot be measured"
                    + " (deleted after the tests?); run mvn clean verify";
            return missing(EvidenceStatus.INVALID, detail, List.of(classes), path -> detail);
        }

        /** Which exec files this build wrote and which are an earlier run's, after a dropped agent. */
        private String agentDropEvidence() throws EvidenceException {
            BuildProvenance provenance = request.provenance();
            List<String> fresh = new ArrayList<>();
            String earlier = "";
            for (Path exec : execFiles) {
                FileTime time = times.lastModified(exec);
                if (!provenance.predatesBuild(time)) {
                    fresh.add(shown(exec));
                } else if (earlier.isEmpty()) {
                    earlier = "; " + shown(exec) + " is from an earlier run (" + provenance.writtenBefore(time) + ")";
                }
            }
            String only = fresh.isEmpty() ? "" : "; coverage data comes only from " + String.join(", ", fresh);
            return only + earlier;
        }

        /** Falls back to the exec files; a non-null {@code xmlStatus} and {@code xmlDetail} say why not the xml. */
        private Collected<CoverageEvidence> fromExecFiles(
                FileTime newestClass, EvidenceStatus xmlStatus, String xmlDetail) throws EvidenceException {
            return fromExecFiles(newestClass, xmlStatus, xmlDetail, null);
        }

        /**
         * Falls back to the exec files; a non-null {@code xmlStatus} and {@code xmlDetail} say why not the xml.
         * {@code loaded}: the exec files as the cross-check read them, or null to read them here.
         */
        private Collected<CoverageEvidence> fromExecFiles(
                FileTime newestClass, EvidenceStatus xmlStatus, String xmlDetail, ExecFileLoader loaded)
                throws EvidenceException {
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

        private JacocoExecAnalyzer.ExecAnalysis analyze() throws EvidenceException {
            return execAnalyzer().analyzeClassFiles(execFiles, classFiles);
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
                records.add(
                        execFiles.contains(exec)
                                ? record(exec, status, detail.apply(exec))
                                : record(
                                        exec,
                                        EvidenceStatus.NOT_AVAILABLE,
                                        "does not exist: check the destFile of jacoco-maven-plugin's prepare-agent goal"));
            }
        }

        private String noCoverageData() {
            String execs = (execCandidates.isEmpty() ? List.of(defaultExecFile()) : execCandidates)
                    .stream().map(this::shown).collect(Collectors.joining(", "));
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
                throw new EvidenceException(
                        Path.of(shown(xml)), "cannot be read (" + e.getMessage() + "): check its permissions", e);
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
