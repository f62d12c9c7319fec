package io.github.readiness.rules.report;

import static io.github.readiness.rules.report.JunitRenderer.safe;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One {@code <testsuite>}: the verdict case and one case per rule.
 *
 * @param classname the verdict case's class name; rule cases get {@code .<category>} after it
 * @param folder put in front of finding locations ({@code beta/}), empty in a module's own file
 * @param card null for a module that was not checked; then {@code status} says why
 */
record JunitSuite(
        String name,
        String classname,
        String folder,
        Scorecard card,
        Map<String, RuleMetadata> rules,
        Function<String, List<Finding>> findingsOf,
        String status) {
    /** A checked module or the reactor: the verdict case and one case per rule. */
    JunitSuite(
            String name,
            String classname,
            String folder,
            Scorecard card,
            Map<String, RuleMetadata> rules,
            Function<String, List<Finding>> findingsOf) {
        this(name, classname, folder, card, rules, findingsOf, null);
    }

    /** A module that was not checked: its status, as one skipped case. */
    static JunitSuite notChecked(String name, String status) {
        return new JunitSuite(name, name, "", null, Map.of(), id -> List.of(), status);
    }

    long tests() {
        return rules.size() + 1L + rulesOff().size();
    }

    /** The rules the policy turned OFF: one skipped case each, so a CI dashboard shows what was not checked. */
    private List<String> rulesOff() {
        return card == null ? List.of() : card.rulesOff();
    }

    long failures() {
        if (card == null) {
            return 0;
        }
        long failedRules = rules.keySet().stream()
                .filter(id -> findingsOf.apply(id).stream().anyMatch(Finding::blocks))
                .count();
        return failedRules + (card.verdict() == Verdict.NOT_READY ? 1 : 0);
    }

    long skipped() {
        return card == null ? 1 : rulesOff().size();
    }

    void write(XMLStreamWriter xml, String pad) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", safe(name));
        xml.writeAttribute("tests", String.valueOf(tests()));
        xml.writeAttribute("failures", String.valueOf(failures()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped()));
        xml.writeAttribute("time", "0");
        if (card == null) {
            startCase(xml, pad, classname, "verdict", true);
            xml.writeCharacters("\n    " + pad);
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", status);
            endCase(xml, pad);
        } else {
            properties(xml, pad);
            verdict(xml, pad);
            for (RuleMetadata rule : rules.values()) {
                rule(xml, pad, rule, findingsOf.apply(rule.id()));
            }
            for (String off : rulesOff()) {
                startCase(xml, pad, classname + ".off", off, true);
                xml.writeCharacters("\n    " + pad);
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", "turned OFF by the policy");
                endCase(xml, pad);
            }
        }
        xml.writeCharacters("\n" + pad);
        xml.writeEndElement();
    }

    private void properties(XMLStreamWriter xml, String pad) throws XMLStreamException {
        xml.writeCharacters("\n  " + pad);
        xml.writeStartElement("properties");
        property(xml, pad, "project", card.project().coordinates());
        property(xml, pad, "score", card.score() == null ? "n/a" : String.valueOf(card.score()));
        property(xml, pad, "minScore", String.valueOf(card.minScore()));
        property(xml, pad, "verdict", card.verdict().name());
        xml.writeCharacters("\n  " + pad);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String pad, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    " + pad);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", safe(value));
    }

    /** The overall gate: a score below the minimum fails it even when no rule has a blocker. */
    private void verdict(XMLStreamWriter xml, String pad) throws XMLStreamException {
        boolean notReady = card.verdict() == Verdict.NOT_READY;
        if (!startCase(
                xml,
                pad,
                classname,
                "verdict",
                notReady || !card.verdictReasons().isEmpty())) {
            return;
        }
        if (notReady) {
            xml.writeCharacters("\n    " + pad);
            xml.writeStartElement("failure");
            xml.writeAttribute(
                    "message",
                    "Readiness verdict is NOT_READY (score " + DisplayText.score(card.score()) + ", minimum "
                            + card.minScore() + ")");
            xml.writeAttribute("type", Verdict.NOT_READY.name());
            xml.writeCharacters(safe(String.join("\n", card.verdictReasons())));
            xml.writeEndElement();
        } else {
            systemOut(xml, pad, card.verdict() + ": " + String.join("\n", card.verdictReasons()));
        }
        endCase(xml, pad);
    }

    private void rule(XMLStreamWriter xml, String pad, RuleMetadata rule, List<Finding> findings)
            throws XMLStreamException {
        if (!startCase(xml, pad, classname + "." + rule.category().id(), rule.id(), !findings.isEmpty())) {
            return;
        }
        List<Finding> blockers = findings.stream().filter(Finding::blocks).toList();
        if (!blockers.isEmpty()) {
            Finding first = blockers.get(0);
            xml.writeCharacters("\n    " + pad);
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
            systemOut(xml, pad, others.toString());
        }
        endCase(xml, pad);
    }

    /** "[HIGH] message (at file:line)", its fix with effort, and the waiver of a waived finding. */
    private void describe(Finding f, StringBuilder text) {
        text.append('[').append(f.severity()).append("] ").append(f.message());
        if (f.location() != null) {
            text.append(" (at ").append(folder).append(f.location()).append(')');
        }
        text.append("\n    Fix (")
                .append(Effort.format(f.effortMinutes()))
                .append("): ")
                .append(f.remediation())
                .append('\n');
        WaiverNote waiver = f.waiver();
        if (waiver != null) {
            text.append("    Waived until ")
                    .append(waiver.expires())
                    .append(" by ")
                    .append(waiver.owner())
                    .append(": ")
                    .append(waiver.reason())
                    .append('\n');
        }
    }

    /** Starts a test case and returns true, or writes an empty one and returns false when it has no content. */
    static boolean startCase(XMLStreamWriter xml, String pad, String classname, String name, boolean hasContent)
            throws XMLStreamException {
        xml.writeCharacters("\n  " + pad);
        if (hasContent) {
            xml.writeStartElement("testcase");
        } else {
            xml.writeEmptyElement("testcase");
        }
        xml.writeAttribute("classname", safe(classname));
        xml.writeAttribute("name", name);
        xml.writeAttribute("time", "0");
        return hasContent;
    }

    static void endCase(XMLStreamWriter xml, String pad) throws XMLStreamException {
        xml.writeCharacters("\n  " + pad);
        xml.writeEndElement();
    }

    static void systemOut(XMLStreamWriter xml, String pad, String text) throws XMLStreamException {
        xml.writeCharacters("\n    " + pad);
        xml.writeStartElement("system-out");
        xml.writeCharacters(safe(text));
        xml.writeEndElement();
    }
}
