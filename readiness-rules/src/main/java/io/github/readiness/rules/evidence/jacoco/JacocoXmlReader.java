package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageNode;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceFormat;
import io.github.readiness.rules.evidence.SafeXml;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads JaCoCo's {@code jacoco.xml} (DTD "Report 1.0" and "1.1") in one streaming pass: the bundle counters,
 * and per package (also inside {@code <group>}, flattened) and per class their own counters. Method, source
 * file and line data are skipped unread. The DTD is never loaded.
 */
public final class JacocoXmlReader {
    static final String ORIGIN = "jacoco.xml";
    private static final String REGENERATE = "delete it and regenerate it with mvn verify";

    /** One {@code <sessioninfo>}: the agent session the report was computed from (times in epoch milliseconds). */
    public record Session(String id, long start, long dump) {}

    /** The coverage and the sessions a report names, in file order. */
    public record Report(CoverageEvidence coverage, List<Session> sessions) {
        public Report {
            sessions = List.copyOf(sessions);
        }
    }

    /**
     * @param file the file shown in error messages (relative to the project base directory); never opened
     * @return the coverage; {@link CoverageEvidence#isEmpty()} for an empty aggregate or a session-only report
     */
    public CoverageEvidence read(InputStream in, Path file) throws EvidenceException {
        return readReport(in, file).coverage();
    }

    /** As {@link #read}, with the report's sessions, to hold against the exec files it claims to summarise. */
    public Report readReport(InputStream in, Path file) throws EvidenceException {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.reader(in, false); // JaCoCo's DTD declares no namespace
            String root = SafeXml.nextStartElement(xml);
            if (root == null) {
                throw new EvidenceException(file, "is empty, not a JaCoCo XML report: " + REGENERATE);
            }
            if (!root.equals("report")) {
                throw new EvidenceException(
                        file,
                        "is " + EvidenceFormat.ofRootElement(root).description()
                                + " (root element <" + root + ">), not a JaCoCo XML report: point the coverage"
                                + " configuration at JaCoCo's jacoco.xml (target/site/jacoco/jacoco.xml)");
            }
            return readRoot(xml, file);
        } catch (XMLStreamException e) {
            throw new EvidenceException(
                    file, "is malformed or truncated XML (" + SafeXml.problem(e) + "): " + REGENERATE, e);
        } finally {
            closeQuietly(xml);
        }
    }

    /** Reads the children of {@code <report>}; the reader stands on its start element. */
    private Report readRoot(XMLStreamReader xml, Path file) throws XMLStreamException, EvidenceException {
        Map<CounterType, Counter> bundle = new EnumMap<>(CounterType.class);
        List<CoverageNode> packages = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "counter" -> addCounter(xml, file, bundle);
                case "sessioninfo" -> {
                    sessions.add(new Session(
                            String.valueOf(SafeXml.attribute(xml, "id")), time(xml, "start"), time(xml, "dump")));
                    skipElement(xml);
                }
                case "package" -> packages.add(readPackage(xml, file));
                case "group" -> readGroup(xml, file, packages);
                default -> skipElement(xml);
            }
        }
        // read on to the end of the document: trailing garbage after </report> is a broken file too
        while (xml.hasNext()) {
            xml.next();
        }
        if (bundle.isEmpty() && !packages.isEmpty()) {
            bundle = CoverageEvidence.sum(packages);
        }
        return new Report(new CoverageEvidence(ORIGIN, bundle, packages), sessions);
    }

    /** A session time; -1 when absent or not a number (it then matches no exec session). */
    private static long time(XMLStreamReader xml, String attribute) {
        String text = SafeXml.attribute(xml, attribute);
        try {
            return text == null ? -1 : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Groups only structure the report (one per module in an aggregate): their packages are flattened. */
    private void readGroup(XMLStreamReader xml, Path file, List<CoverageNode> packages)
            throws XMLStreamException, EvidenceException {
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "package" -> packages.add(readPackage(xml, file));
                case "group" -> readGroup(xml, file, packages);
                default -> skipElement(xml);
            }
        }
    }

    private CoverageNode readPackage(XMLStreamReader xml, Path file) throws XMLStreamException, EvidenceException {
        String name = SafeXml.attribute(xml, "name");
        Map<CounterType, Counter> counters = new EnumMap<>(CounterType.class);
        List<CoverageNode> classes = new ArrayList<>();
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "counter" -> addCounter(xml, file, counters);
                case "class" -> classes.add(readClass(xml, file));
                default -> skipElement(xml); // sourcefile: line data the gate does not need
            }
        }
        return new CoverageNode(name == null ? "" : name, counters, classes);
    }

    private CoverageNode readClass(XMLStreamReader xml, Path file) throws XMLStreamException, EvidenceException {
        String name = SafeXml.attribute(xml, "name");
        Map<CounterType, Counter> counters = new EnumMap<>(CounterType.class);
        while (nextChild(xml)) {
            if (xml.getLocalName().equals("counter")) {
                addCounter(xml, file, counters);
            } else {
                skipElement(xml); // method counters are not needed
            }
        }
        return new CoverageNode(name == null ? "" : name, counters, List.of());
    }

    private void addCounter(XMLStreamReader xml, Path file, Map<CounterType, Counter> counters)
            throws XMLStreamException, EvidenceException {
        CounterType type = counterType(SafeXml.attribute(xml, "type"));
        if (type != null) {
            long missed = number(xml, file, "missed");
            long covered = number(xml, file, "covered");
            counters.merge(type, new Counter(missed, covered), Counter::plus);
        }
        skipElement(xml);
    }

    /** Null for a counter type this version does not know, so a newer JaCoCo's additions are ignored. */
    private static CounterType counterType(String type) {
        for (CounterType candidate : CounterType.values()) {
            if (candidate.name().equals(type)) {
                return candidate;
            }
        }
        return null;
    }

    private static long number(XMLStreamReader xml, Path file, String attribute) throws EvidenceException {
        String text = SafeXml.attribute(xml, attribute);
        try {
            long value = Long.parseLong(text == null ? "" : text.trim());
            // JaCoCo counts in ints: a larger value is no count, and sums of longs near the top would overflow
            if (value >= 0 && value <= Integer.MAX_VALUE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the line
        }
        throw new EvidenceException(
                file,
                "has a counter whose " + attribute + " is not a count (line "
                        + xml.getLocation().getLineNumber() + ": \"" + text + "\"): " + REGENERATE);
    }

    /** Moves to the next child element of the current element; false at its end tag. */
    private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamReader.END_ELEMENT) {
                return false;
            }
        }
        throw new XMLStreamException("the document ends inside an element", xml.getLocation());
    }

    /** Skips the current element and everything inside it, without looking at it. */
    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            if (!xml.hasNext()) {
                throw new XMLStreamException("the document ends inside an element", xml.getLocation());
            }
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void closeQuietly(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was written; the reading outcome is already decided
            }
        }
    }
}
