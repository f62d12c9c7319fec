package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceFormat;
import io.github.readiness.rules.evidence.SafeXml;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the three static analysis readers share: a secure StAX reader, the root element check, the one-line errors
 * for broken files, and attribute parsing that names the line of a bad value. Elements are matched by local name,
 * so a namespace (PMD 6+ writes {@code http://pmd.sourceforge.net/report/2.0.0}) changes nothing.
 */
final class QualityXml {
    /** Reads the content of the root element the reader stands on. */
    interface Body {
        StaticAnalysisReport read(XMLStreamReader xml) throws XMLStreamException, EvidenceException;
    }

    private QualityXml() {}

    static StaticAnalysisReport read(InputStream in, Path file, AnalysisTool tool, Body body) throws EvidenceException {
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            try {
                String root = SafeXml.nextStartElement(xml);
                EvidenceFormat format = root == null ? EvidenceFormat.NOT_XML : EvidenceFormat.ofRootElement(root);
                if (format != tool.format()) {
                    throw wrongFormat(file, tool, format);
                }
                return body.read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new EvidenceException(
                    file,
                    "is malformed or truncated XML (" + SafeXml.problem(e) + "): regenerate" + " it: "
                            + tool.howToProduce(),
                    e);
        }
    }

    /** The error for a file of another format than the tool's: says what the file is and what to point at. */
    static EvidenceException wrongFormat(Path file, AnalysisTool tool, EvidenceFormat actual) {
        return new EvidenceException(
                file,
                "is " + actual.description() + ", not " + tool.format().description()
                        + ": point the " + tool.displayName() + " report configuration at the " + tool.defaultFileName()
                        + " that " + tool.displayName() + " writes");
    }

    /** A required attribute of the element the reader stands on. */
    static String required(XMLStreamReader xml, String name, Path file, AnalysisTool tool) throws EvidenceException {
        String value = SafeXml.attribute(xml, name);
        if (value == null || value.isBlank()) {
            throw bad(xml, file, tool, "has no " + name + " attribute");
        }
        return value;
    }

    /** A whole-number attribute: {@code absent} when missing, an error when not a number >= 0. */
    static int number(XMLStreamReader xml, String name, int absent, Path file, AnalysisTool tool)
            throws EvidenceException {
        String value = SafeXml.attribute(xml, name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the line
        }
        throw bad(xml, file, tool, name + "=\"" + value + "\" is not a whole number");
    }

    /** "line 12: {@code <violation>} has no rule attribute: regenerate it: run ...", one line. */
    static EvidenceException bad(XMLStreamReader xml, Path file, AnalysisTool tool, String problem) {
        int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
        return new EvidenceException(
                file,
                (line > 0 ? "line " + line + ": " : "") + "<" + xml.getLocalName() + "> " + problem
                        + ": regenerate it: " + tool.howToProduce());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
