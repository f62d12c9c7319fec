package io.github.readiness.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** readiness.md as GitHub and a terminal show it, the build log within 120 characters a line (issue 17 items 7, 8). */
class ReadableOutputTest {
    private static final String PREPARE_AGENT = "add jacoco-maven-plugin's prepare-agent goal and run mvn verify:"
            + " <plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId><version>0.8.15"
            + "</version><executions><execution><goals><goal>prepare-agent</goal></goals></execution></executions>"
            + "</plugin> (if surefire sets <argLine>, it must include @{argLine})";

    @ParameterizedTest
    @ValueSource(strings = {"console.txt", "console-waived.txt", "console-compared.txt", "reactor/console.txt"})
    void everyLogLineFitsWithMavensPrefix(String golden) throws IOException {
        for (String line : read(golden).split("\n")) {
            assertTrue(line.length() <= ConsoleText.WIDTH, golden + ": " + line.length() + ": " + line);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "readiness.md",
                "readiness-waived.md",
                "readiness-compared.md",
                "reactor/readiness.md",
                "step-summary.md",
                "reactor/step-summary.md"
            })
    void markdownHasNoEntitiesAndNoWideFindingTable(String golden) throws IOException {
        String md = read(golden);
        assertFalse(md.contains("&lt;") || md.contains("&gt;") || md.contains("&amp;"), golden);
        assertFalse(md.contains("| Measured | Expected |"), golden);
        for (String line : md.split("\n")) {
            if (line.startsWith("|")) {
                assertTrue(line.split("(?<!\\\\)\\|", -1).length - 2 <= 9, golden + ": " + line); // numbers
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"step-summary.md", "reactor/step-summary.md"})
    void theStepSummaryListsFindingsAsNumberedItemsLikeReadinessMd(String golden) throws IOException {
        String md = read(golden);
        assertFalse(md.contains("| Minimum score |"), golden + ": the verdict is a sentence, not a 5-column table");
        assertFalse(md.contains("| Severity |"), golden + ": findings are numbered items, not a wide table");
        assertTrue(md.contains("\n1. **CRITICAL** `"), golden);
        assertTrue(md.contains("   - Fix (~"), golden + ": the fix under its finding");
        for (String line : md.split("\n")) {
            if (line.startsWith("|")) {
                assertTrue(line.split("(?<!\\\\)\\|", -1).length - 2 <= 6, golden + ": " + line);
            }
        }
    }

    @Test
    void theRemediationPlanRefersToFindingsInsteadOfRepeatingThem() throws IOException {
        String md = read("readiness.md");
        String plan = md.substring(md.indexOf("## Remediation plan"), md.indexOf("## Evidence"));
        assertTrue(plan.contains("1. Finding 1, CRITICAL `security.vulnerabilities`: ~4 h\n"), plan);
        assertFalse(plan.contains("Upgrade org.springframework"), "the fix is under the finding, not in the plan");
        assertEquals(1, md.split("CVE-2016-1000027 in org.springframework", -1).length - 1, "each finding once");
    }

    @Test
    void aLongPomSnippetLeavesTheSentenceForAFencedBlock() {
        MarkdownText.Prose prose = MarkdownText.prose(PREPARE_AGENT, MarkdownText.INLINE_MAX);

        assertEquals(
                "add jacoco-maven-plugin's prepare-agent goal and run mvn verify: the snippet below (if surefire"
                        + " sets `<argLine>`, it must include @{argLine})",
                prose.text());
        StringBuilder md = new StringBuilder();
        MarkdownText.fenced(prose.blocks().get(0), "   ", md);
        assertEquals("""
                   ```xml
                   <plugin>
                     <groupId>org.jacoco</groupId>
                     <artifactId>jacoco-maven-plugin</artifactId>
                     <version>0.8.15</version>
                     <executions>
                       <execution>
                         <goals>
                           <goal>prepare-agent</goal>
                         </goals>
                       </execution>
                     </executions>
                   </plugin>
                   ```
                """, md.toString());
    }

    @Test
    void textOutsideCodeIsTakenLiterally() {
        assertEquals(
                "expected: `<1>` but was: `<2>`; key AKIA**** in a.properties; no TEST-\\*.xml, \\*x*",
                MarkdownText.inline("expected: <1> but was: <2>; key AKIA**** in a.properties; no TEST-*.xml, *x*"));
        assertEquals("a `<notes>` element \\| b", MarkdownText.cell("a <notes> element | b"));
    }

    @Test
    void wrappingBreaksAtSpacesWithAHangingIndentAndKeepsEveryWord() {
        String text = "  1. [HIGH] coverage.evidence: no coverage data: " + PREPARE_AGENT;
        List<String> lines = ConsoleText.wrap(text, "     ");

        assertTrue(lines.size() > 3);
        lines.forEach(line -> assertTrue(line.length() <= ConsoleText.WIDTH, line));
        lines.subList(1, lines.size()).forEach(line -> assertTrue(line.startsWith("     ") && line.charAt(5) != ' '));
        assertTrue(
                lines.stream()
                        .anyMatch(line -> line.equals("     <version>0.8.15</version><executions><execution>"
                                + "<goals><goal>prepare-agent</goal></goals></execution>")), // broken between two tags
                String.join("\n", lines));
        assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "every character kept");
    }

    @Test
    void emphasisIsAddedAfterWrappingSoEscapeCodesNeverCountAsWidth() {
        ConsoleStyle brackets = new ConsoleStyle() {
            @Override
            public String failure(String text) {
                return "\u001B[31m" + text + "\u001B[0m";
            }
        };
        String message = "x".repeat(40) + " " + "y".repeat(60);
        List<String> plain = ConsoleText.wrap("  1. [HIGH] " + message, "     ");
        List<String> styled = ConsoleText.emphasise(
                plain, "[HIGH]", ConsoleText.severity(io.github.readiness.rules.model.Severity.HIGH, brackets));

        assertEquals(plain.size(), styled.size());
        assertEquals("  1. \u001B[31m[HIGH]\u001B[0m " + "x".repeat(40), styled.get(0));
        assertEquals(plain.get(1), styled.get(1));
    }

    private static String read(String golden) throws IOException {
        try (InputStream in = ReadableOutputTest.class.getResourceAsStream("/golden/" + golden)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
