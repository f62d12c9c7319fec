package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageNode;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.ExcludedClasses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfo;

/**
 * Holds a jacoco.xml against what it claims to summarise, so that a report is not trusted on its file time alone:
 * its {@code <sessioninfo>} entries must be sessions of this build's exec files (a hand-edited report, or one
 * computed from another run, names others or none), and its classes must be class files of the classes directory.
 * Class files with code that the report does not list are left out of it (a {@code report} execution's
 * {@code <excludes>}): not a reason to distrust the report, but a fact the gate states.
 */
final class JacocoXmlCrossCheck {
    private static final int EXAMPLES = 3;

    private JacocoXmlCrossCheck() {}

    /**
     * Why the report is not a report of these exec files, or null when every session it names is one of theirs. The
     * exec files may hold more sessions (jacoco-it.exec, or earlier runs appended to jacoco.exec), never fewer.
     */
    static String sessionMismatch(
            List<JacocoXmlReader.Session> reported,
            Collection<SessionInfo> recorded,
            String xmlShown,
            String execShown) {
        if (reported.isEmpty()) {
            return xmlShown + " names no session (no <sessioninfo>), so it cannot be the report of " + execShown
                    + ": it was not written by jacoco:report from this build's data";
        }
        Set<JacocoXmlReader.Session> known = new HashSet<>();
        for (SessionInfo session : recorded) {
            known.add(new JacocoXmlReader.Session(
                    session.getId(), session.getStartTimeStamp(), session.getDumpTimeStamp()));
        }
        List<String> foreign = reported.stream()
                .filter(s -> !known.contains(s))
                .map(JacocoXmlReader.Session::id)
                .distinct()
                .toList();
        if (foreign.isEmpty()) {
            return null;
        }
        return xmlShown + " names " + (foreign.size() == 1 ? "a session" : foreign.size() + " sessions") + " ("
                + foreign.get(0) + ") that " + execShown + " does not hold: it is not the report of this build's test"
                + " run";
    }

    /** The report's classes that are not class files of the directory: it describes other classes. */
    static List<String> foreignClasses(CoverageEvidence report, Map<String, Path> classFiles) {
        return reportedClasses(report).stream()
                .filter(name -> !classFiles.containsKey(name))
                .sorted()
                .toList();
    }

    /**
     * The class files with code the report leaves out, analysed alone against {@code store} (the loaded exec data;
     * an empty store when there is none) for their lines; null when it leaves out none.
     */
    static ExcludedClasses excluded(
            CoverageEvidence report,
            Map<String, Path> classFiles,
            ExecutionDataStore store,
            JacocoExecAnalyzer analyzer)
            throws EvidenceException {
        Set<String> reported = reportedClasses(report);
        List<Path> missing = new ArrayList<>();
        classFiles.forEach((name, file) -> {
            if (!reported.contains(name)) {
                missing.add(file);
            }
        });
        if (missing.isEmpty()) {
            return null;
        }
        missing.sort(null);
        // JaCoCo lists no class without code (interfaces, package-info, module-info, synthetic): neither do we
        CoverageEvidence left = analyzer.analyzeOnly(store, missing);
        TreeSet<String> names = new TreeSet<>();
        for (CoverageNode pkg : left.packages()) {
            for (CoverageNode cls : pkg.children()) {
                names.add(cls.name().replace('/', '.'));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        var lines = left.counter(CounterType.LINE);
        return new ExcludedClasses(
                names.size(),
                lines.total(),
                lines.covered(),
                names.stream().limit(EXAMPLES).toList());
    }

    /** Class files by VM class name ({@code com/acme/Foo}), relative to the classes directory. */
    static Map<String, Path> byClassName(Path classesDirectory, List<Path> classFiles) {
        Map<String, Path> byName = new HashMap<>(Math.max(16, classFiles.size() * 4 / 3 + 1));
        for (Path file : classFiles) {
            String relative = classesDirectory.relativize(file).toString().replace('\\', '/');
            byName.put(relative.substring(0, relative.length() - ".class".length()), file);
        }
        return byName;
    }

    private static Set<String> reportedClasses(CoverageEvidence report) {
        Set<String> names = new HashSet<>();
        for (CoverageNode pkg : report.packages()) {
            for (CoverageNode cls : pkg.children()) {
                names.add(cls.name());
            }
        }
        return names;
    }
}
