package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ReactorAggregator;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 *
 * <p>The reactor's file ({@link #write(ReactorResult, Writer)}) is a {@code <testsuites>} document: the suite
 * {@code readiness} holds the reactor verdict and the aggregated coverage rules, then one suite
 * {@code readiness.<module>} per module, as the module's own file has it ({@code classname="readiness.<module>"} and
 * {@code "readiness.<module>.<category>"}, locations relative to the reactor root); a module that was not checked is
 * one skipped test case {@code verdict} naming its status.
 */
public final class JunitRenderer {
    static final String SUITE = "readiness";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private JunitRenderer() {}

    public static void write(Scorecard card, Writer out) throws IOException {
        Map<String, RuleMetadata> rules = EvaluatedRules.of(card);
        JunitSuite suite = new JunitSuite(SUITE, SUITE, "", card, rules, id -> EvaluatedRules.findingsOf(card, id));
        document(out, xml -> suite.write(xml, ""));
    }

    /** The reactor's TEST-readiness.xml: the reactor suite, then one suite per module in reactor order. */
    public static void write(ReactorResult reactor, Writer out) throws IOException {
        Scorecard card = reactor.card();
        Map<String, RuleMetadata> aggregateRules = new LinkedHashMap<>();
        EvaluatedRules.of(card).forEach((id, rule) -> {
            if (!aggregateFindings(card, id).isEmpty()) {
                aggregateRules.put(id, rule);
            }
        });
        List<JunitSuite> suites = new ArrayList<>();
        suites.add(new JunitSuite(SUITE, SUITE, "", card, aggregateRules, id -> aggregateFindings(card, id)));
        for (ModuleResult module : reactor.modules()) {
            String name = SUITE + "." + module.name();
            if (module.isChecked()) {
                Scorecard own = module.card();
                suites.add(new JunitSuite(
                        name,
                        name,
                        SarifRenderer.prefix(module.path()),
                        own,
                        EvaluatedRules.of(own),
                        id -> EvaluatedRules.findingsOf(own, id)));
            } else {
                suites.add(JunitSuite.notChecked(name, module.status().id()));
            }
        }
        document(out, xml -> {
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute(
                    "tests",
                    String.valueOf(suites.stream().mapToLong(JunitSuite::tests).sum()));
            xml.writeAttribute(
                    "failures",
                    String.valueOf(
                            suites.stream().mapToLong(JunitSuite::failures).sum()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute(
                    "skipped",
                    String.valueOf(
                            suites.stream().mapToLong(JunitSuite::skipped).sum()));
            xml.writeAttribute("time", "0");
            for (JunitSuite suite : suites) {
                xml.writeCharacters("\n  ");
                suite.write(xml, "  ");
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    private static List<Finding> aggregateFindings(Scorecard card, String ruleId) {
        return EvaluatedRules.findingsOf(card, ruleId).stream()
                .filter(f -> ReactorAggregator.AGGREGATE_MODULE.equals(f.module()))
                .toList();
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void document(Writer out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD. */
    static String safe(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> clean.appendCodePoint(
                        c == '\t'
                                        || c == '\n'
                                        || c == '\r'
                                        || (c >= 0x20 && c <= 0xD7FF)
                                        || (c >= 0xE000 && c <= 0xFFFD)
                                        || c >= 0x10000
                                ? c
                                : 0xFFFD));
        return clean.toString();
    }
}
