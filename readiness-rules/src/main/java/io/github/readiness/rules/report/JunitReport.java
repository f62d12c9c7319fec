package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * TEST-readiness.xml: the gate as a JUnit report, so CI test tabs show it. One {@code <testsuite name="readiness">}
 * with a test case {@code readiness/verdict} (fails when the verdict is NOT_READY, with the reasons) and one test
 * case per evaluated rule ({@code classname="readiness.<category>"}, {@code name="<rule id>"}). A rule fails when it
 * has blocking findings: the failure's message is the first blocker, its text lists every blocker with location and
 * fix. A rule whose findings are all non-blocking passes; its findings (and waived ones, with their waiver) are in
 * {@code <system-out>}. Times are 0 and there is no timestamp: the same scorecard gives the same bytes.
 */
public final class JunitReport {
    static final String SUITE = "readiness";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private JunitReport() {}

    public static void write(Scorecard card, Writer out) throws IOException {
        Map<String, RuleMetadata> rules = EvaluatedRules.of(card);
        long failedRules = rules.keySet().stream()
                .filter(id -> EvaluatedRules.findingsOf(card, id).stream().anyMatch(Finding::blocks))
                .count();
        long failures = failedRules + (card.verdict() == Verdict.NOT_READY ? 1 : 0);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", String.valueOf(rules.size() + 1));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            properties(xml, card);
            verdict(xml, card);
            for (RuleMetadata rule : rules.values()) {
                rule(xml, rule, EvaluatedRules.findingsOf(card, rule.id()));
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void properties(XMLStreamWriter xml, Scorecard card) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        property(xml, "project", card.project().coordinates());
        property(xml, "score", card.score() == null ? "n/a" : String.valueOf(card.score()));
        property(xml, "minScore", String.valueOf(card.minScore()));
        property(xml, "verdict", card.verdict().name());
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", safe(value));
    }

    /** The overall gate: a score below the minimum fails it even when no rule has a blocker. */
    private static void verdict(XMLStreamWriter xml, Scorecard card) throws XMLStreamException {
        boolean notReady = card.verdict() == Verdict.NOT_READY;
        if (!startCase(xml, SUITE, "verdict", notReady || !card.verdictReasons().isEmpty())) {
            return;
        }
        if (notReady) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", "Readiness verdict is NOT_READY (score " + Formats.score(card.score())
                    + ", minimum " + card.minScore() + ")");
            xml.writeAttribute("type", Verdict.NOT_READY.name());
            xml.writeCharacters(safe(String.join("\n", card.verdictReasons())));
            xml.writeEndElement();
        } else if (!card.verdictReasons().isEmpty()) {
            systemOut(xml, card.verdict() + ": " + String.join("\n", card.verdictReasons()));
        }
        endCase(xml);
    }

    private static void rule(XMLStreamWriter xml, RuleMetadata rule, List<Finding> findings)
            throws XMLStreamException {
        if (!startCase(xml, SUITE + "." + rule.category().id(), rule.id(), !findings.isEmpty())) {
            return;
        }
        List<Finding> blockers = findings.stream().filter(Finding::blocks).toList();
        if (!blockers.isEmpty()) {
            Finding first = blockers.get(0);
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", safe("[" + first.severity() + "] " + first.message()));
            xml.writeAttribute("type", first.severity().name());
            StringBuilder text = new StringBuilder();
            blockers.forEach(f -> describe(f, text));
            xml.writeCharacters(safe(text.toString()));
            xml.writeEndElement();
        }
        StringBuilder others = new StringBuilder();
        findings.stream().filter(f -> !f.blocks()).forEach(f -> describe(f, others));
        if (!others.isEmpty()) {
            systemOut(xml, others.toString());
        }
        endCase(xml);
    }

    /** "[HIGH] message (at file:line)", its fix with effort, and the waiver of a waived finding. */
    private static void describe(Finding f, StringBuilder text) {
        text.append('[').append(f.severity()).append("] ").append(f.message());
        if (f.location() != null) {
            text.append(" (at ").append(f.location()).append(')');
        }
        text.append("\n    Fix (").append(Effort.format(f.effortMinutes())).append("): ").append(f.remediation())
                .append('\n');
        WaiverNote waiver = f.waiver();
        if (waiver != null) {
            text.append("    Waived until ").append(waiver.expires()).append(" by ").append(waiver.owner())
                    .append(": ").append(waiver.reason()).append('\n');
        }
    }

    /** Starts a test case and returns true, or writes an empty one and returns false when it has no content. */
    private static boolean startCase(XMLStreamWriter xml, String classname, String name, boolean hasContent)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        if (hasContent) {
            xml.writeStartElement("testcase");
        } else {
            xml.writeEmptyElement("testcase");
        }
        xml.writeAttribute("classname", classname);
        xml.writeAttribute("name", name);
        xml.writeAttribute("time", "0");
        return hasContent;
    }

    private static void endCase(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void systemOut(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(safe(text));
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD. */
    static String safe(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(
                c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000 ? c : 0xFFFD));
        return clean.toString();
    }
}
