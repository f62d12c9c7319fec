package io.github.readiness.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.policy.file.TracedPolicy;
import io.github.readiness.rules.readback.ScorecardJsonReader;
import io.github.readiness.rules.score.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

/** The page rendered through a real Doxia 2 XHTML5 sink from the engine's golden scorecards. */
class ReadinessReportRendererTest {
    /** The engine's golden readiness.json files: the same scorecards its renderers are tested with. */
    private static final Path GOLDEN = Path.of("../readiness-rules/src/test/resources/golden");

    private static final ReportLabels ENGLISH = ReportLabels.of(Locale.ENGLISH);

    @Test
    void sectionsComeInTheOrderOfTheIssue() throws Exception {
        String html = render(card("readiness-compared.json"), Map.of());
        List<String> titles = new ArrayList<>();
        Matcher heading = Pattern.compile("<h2>([^<]+)</h2>").matcher(html);
        while (heading.find()) {
            titles.add(heading.group(1));
        }
        assertEquals(
                List.of(
                        "Verdict",
                        "Categories",
                        "Measured",
                        "Against the baseline",
                        "Blockers",
                        "Other findings",
                        "Remediation roadmap",
                        "Evidence used",
                        "Policy in force",
                        "How the score is computed"),
                titles);
        assertTrue(html.indexOf("<svg") > html.indexOf("<h2>Verdict</h2>"), "the chart follows the verdict");
        assertTrue(html.indexOf("<svg") < html.indexOf("<h2>Categories</h2>"), "and precedes the categories");
    }

    @Test
    void verdictAndConditionsToReachReady() throws Exception {
        Scorecard card = card("readiness-compared.json");
        String html = render(card, Map.of());
        assertTrue(html.contains("<td>NOT READY</td>"), "verdict label from the bundle");
        assertTrue(html.contains("<td>" + card.score() + "/100</td>"));
        for (String reason : card.verdictReasons()) {
            assertTrue(html.contains("<li>" + escaped(reason) + "</li>"), reason);
        }
    }

    @Test
    void theMeasuredCountersAndTestTotalsAreShown() throws Exception {
        String html = render(card("readiness.json"), Map.of());
        assertTrue(html.contains("<td>Line</td><td>713</td><td>287</td><td>1000</td><td>71.30 %</td>"), html);
        assertTrue(html.contains("<td>Instruction</td><td>0</td><td>0</td><td>0</td><td>n/a</td>"), html);
        assertTrue(
                html.contains("<td>tests</td><td>48</td><td>45</td><td>1</td><td>0</td><td>2</td><td>1</td>"
                        + "<td>3.250 s</td>"),
                html);
    }

    @Test
    void theChartIsTheOnlyRawMarkupAndWellFormed() throws Exception {
        String html = render(card("readiness-waived.json"), Map.of());
        assertEquals(1, count(html, "<svg"));
        assertFalse(html.contains("<script"), "no JavaScript");
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
    }

    @Test
    void waivedFindingsShowTheirExpiry() throws Exception {
        String html = render(card("readiness-waived.json"), Map.of());
        assertTrue(html.contains("<h2>Waived findings</h2>"));
        assertTrue(
                html.contains("<td>not exploitable: no HttpInvoker endpoint (reviewed in SEC-142)</td>"
                        + "<td>payments-team</td><td>2027-03-31</td>"),
                "reason, owner, expiry of the waived CVE");
        assertTrue(html.contains("<td>too-far-ahead</td>"), "every waiver of the policy with its state");
    }

    @Test
    void roadmapPhasesWithWeeksAndEffort() throws Exception {
        Scorecard card = card("readiness.json");
        String html = render(card, Map.of());
        card.roadmap()
                .phases()
                .forEach(phase -> assertTrue(html.contains("<td>" + phase.weeks() + "</td>"), phase.weeks()));
        assertTrue(html.contains("<td>1. Fix the blockers</td>"));
    }

    @Test
    void evidenceShowsItsAge() throws Exception {
        String html = render(
                card("readiness.json"),
                Map.of(
                        "target/jacoco.exec",
                        Duration.ofMinutes(3),
                        "target/surefire-reports",
                        Duration.ofDays(3).negated(),
                        "target/dependency-check-report.json",
                        Duration.ofDays(9)));
        assertTrue(html.contains("<td>jacoco</td><td>target/jacoco.exec</td><td>3 min</td><td>READ</td>"));
        assertTrue(html.contains("<td>target/surefire-reports</td><td>this build</td>"));
        assertTrue(html.contains("<td>target/dependency-check-report.json</td><td>9 d</td>"));
        assertTrue(html.contains("<td>failsafe</td><td>target/failsafe-reports</td><td>-</td>"), "unknown age");
    }

    @Test
    void policyInForceWithOrigins() throws Exception {
        String html = render(card("readiness.json"), Map.of());
        assertTrue(html.contains("<td>minScore</td><td>80</td><td>built-in default</td>"));
        assertTrue(html.contains("<td>coverage.line threshold</td><td>80 %</td><td>built-in default</td>"));
    }

    @Test
    void sameScorecardSamePage() throws Exception {
        Scorecard card = card("readiness-compared.json");
        assertEquals(render(card, Map.of()), render(card, Map.of()));
    }

    static Scorecard card(String golden) throws IOException {
        try (InputStream in = Files.newInputStream(GOLDEN.resolve(golden))) {
            return ScorecardJsonReader.read(in, List.of());
        }
    }

    static String render(Scorecard card, Map<String, Duration> ages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
        TracedPolicy policy = TracedPolicy.of(ReadinessEngine.withBuiltInRules().defaultPolicy());
        new ReadinessReportRenderer(
                        sink, new ReportPage(card, "Payments 1.4.0", PolicyListing.values(policy), ages), ENGLISH)
                .render();
        sink.close();
        // Doxia indents and breaks lines between elements: one line per page makes the assertions readable
        return out.toString(StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
