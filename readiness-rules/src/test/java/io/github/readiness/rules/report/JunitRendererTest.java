package io.github.readiness.rules.report;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.score.Scorecard;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** TEST-readiness.xml parsed back as a CI would read it. */
class JunitRendererTest {
    @Test
    void countsMatchTheTestCasesAndRulesWithBlockersFail() throws Exception {
        Scorecard card = ReportGoldenTest.notReadyCard();
        Element suite = parse(card);
        List<Element> cases = elements(suite, "testcase");
        assertEquals("readiness", suite.getAttribute("name"));
        assertEquals(card.rules().size() + 1, cases.size(), "the verdict and one case per evaluated rule");
        assertEquals(String.valueOf(cases.size()), suite.getAttribute("tests"));
        long failed =
                cases.stream().filter(c -> !elements(c, "failure").isEmpty()).count();
        assertEquals(String.valueOf(failed), suite.getAttribute("failures"));
        assertEquals(
                List.of("verdict", "coverage.line", "coverage.branch", "tests.failures", "security.vulnerabilities"),
                cases.stream()
                        .filter(c -> !elements(c, "failure").isEmpty())
                        .map(c -> c.getAttribute("name"))
                        .toList());
    }

    @Test
    void aFailureNamesTheFirstBlockerAndListsEveryBlockerWithItsLocation() throws Exception {
        Scorecard card = ReportGoldenTest.notReadyCard();
        Element tests = testCase(parse(card), "tests.failures");
        assertEquals("readiness.tests", tests.getAttribute("classname"));
        Element failure = elements(tests, "failure").get(0);
        Finding blocker = card.blockers().stream()
                .filter(f -> f.rule().equals("tests.failures"))
                .findFirst()
                .orElseThrow();
        assertEquals("[HIGH] " + blocker.message(), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("(at " + blocker.location() + ")"), failure.getTextContent());
        String out = elements(tests, "system-out").get(0).getTextContent();
        assertTrue(out.startsWith("[MEDIUM] 1 test(s) failed first"), "non-blocking findings pass, in system-out");
    }

    @Test
    void aWaivedBlockerPassesAndShowsItsWaiver() throws Exception {
        Element tests = testCase(parse(ReportGoldenTest.waivedCard()), "tests.failures");
        assertTrue(elements(tests, "failure").isEmpty());
        assertTrue(elements(tests, "system-out")
                .get(0)
                .getTextContent()
                .contains("Waived until 2026-11-20 by alice: fix in progress, PAY-881"));
    }

    @Test
    void aReadyProjectHasNoFailure() throws Exception {
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        Scorecard card = engine.evaluate(PROJECT, EvidenceFixtures.healthy(), engine.defaultPolicy(), TOOL);
        Element suite = parse(card);
        assertTrue(card.verdict() != Verdict.NOT_READY, "fixture: " + card.verdict());
        assertEquals("0", suite.getAttribute("failures"));
        assertTrue(elements(suite, "failure").isEmpty());
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreReplaced() {
        assertEquals("a\uFFFDb\tc\n", JunitRenderer.safe("a\u0001b\tc\n"));
        assertEquals("emoji \uD83D\uDE80 stays", JunitRenderer.safe("emoji \uD83D\uDE80 stays"));
    }

    static Element parse(Scorecard card) throws Exception {
        String xml = MachineReportGoldenTest.render(JunitRenderer::write, card);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static Element testCase(Element suite, String name) {
        return elements(suite, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
