package io.github.readiness.rules.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyLoader;
import io.github.readiness.rules.policy.file.TracedPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One site page per rule (src/site/markdown/rules/&lt;id&gt;.md), and none without a rule: each page's header table
 * (id, title, category, default level, threshold, effort model) must say what {@link RuleMetadata} says, and
 * rules.md must list every rule under its category. After a metadata change, run with
 * -Dreadiness.updateRulePages=true: it rewrites the headers and the index (and writes a stub for a new rule), then
 * review the diff and write the stub's sections.
 */
class RulePagesTest {
    static final Path SITE = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .getParent()
            .resolve("src/site/markdown");
    static final Path PAGES = SITE.resolve("rules");
    private static final boolean UPDATE = Boolean.getBoolean("readiness.updateRulePages");
    static final List<String> SECTIONS = List.of(
            "## What it checks",
            "## Severity",
            "## Score",
            "## Effort",
            "## Remediation",
            "## Configuration",
            "## Example finding");

    static List<RuleMetadata> rules() {
        return Rules.metadata(Rules.builtIn());
    }

    @Test
    void everyRuleHasAPage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (RuleMetadata rule : rules()) {
            Path page = page(rule);
            if (!Files.isRegularFile(page)) {
                if (UPDATE) {
                    Files.createDirectories(PAGES);
                    Files.writeString(page, RulePages.stub(rule), StandardCharsets.UTF_8);
                }
                missing.add(rule.id());
            }
        }
        assertEquals(
                List.of(),
                missing,
                "rules without a page in " + PAGES
                        + (UPDATE
                                ? " (stubs written: fill in their sections)"
                                : " (-Dreadiness.updateRulePages=true writes stubs)"));
    }

    @Test
    void everyPageHasARule() throws IOException {
        Set<String> ids = rules().stream().map(RuleMetadata::id).collect(Collectors.toSet());
        try (Stream<Path> pages = Files.list(PAGES)) {
            Set<String> orphans = pages.map(p -> p.getFileName().toString())
                    .filter(name -> !ids.contains(name.replaceFirst("\\.md$", "")))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(
                    Set.of(),
                    orphans,
                    "pages in " + PAGES + " whose rule is not in Rules.builtIn(): delete or rename them");
        }
    }

    @Test
    void ruleIdsAreUnique() {
        List<String> ids = rules().stream().map(RuleMetadata::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "duplicate rule ids: " + ids);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void pageHeaderAgreesWithTheMetadata(RuleMetadata rule) throws IOException {
        Path page = page(rule);
        assertTrue(Files.isRegularFile(page), "no page " + page);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        if (UPDATE && !disagreements(rule, text).isEmpty()) {
            text = RulePages.header(rule) + text.substring(headerEnd(text));
            Files.writeString(page, text, StandardCharsets.UTF_8);
        }
        assertEquals(
                List.of(), disagreements(rule, text), page + " (-Dreadiness.updateRulePages=true rewrites the header)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void pageHasEverySectionWithContent(RuleMetadata rule) throws IOException {
        String text = Files.readString(page(rule), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        for (String section : SECTIONS) {
            int at = lines.indexOf(section);
            assertTrue(at >= 0, page(rule) + " has no section '" + section + "'");
            boolean hasContent = lines.stream()
                    .skip(at + 1)
                    .takeWhile(l -> !l.startsWith("## "))
                    .anyMatch(l -> !l.isBlank());
            assertTrue(hasContent, page(rule) + ": section '" + section + "' is empty");
        }
    }

    /** The readiness.yaml examples on a rule's page are valid policy files (read like a project's own). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void yamlExamplesAreValidPolicies(RuleMetadata rule, @TempDir Path dir) throws IOException {
        List<String> examples = yamlBlocks(Files.readString(page(rule), StandardCharsets.UTF_8));
        assertTrue(!examples.isEmpty(), page(rule) + " has no readiness.yaml example");
        PolicyLoader loader = new PolicyLoader(dir, RulePagesTest.class.getClassLoader());
        for (String example : examples) {
            Path file = Files.writeString(dir.resolve("readiness.yaml"), example, StandardCharsets.UTF_8);
            try {
                loader.applyFile(
                        TracedPolicy.of(ReadinessEngine.withBuiltInRules().defaultPolicy()), file);
            } catch (PolicyException e) {
                throw new AssertionError(page(rule) + ": the yaml example is not a valid policy: " + e.getMessage(), e);
            }
        }
    }

    static List<String> yamlBlocks(String page) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : page.lines().toList()) {
            if (block == null && line.equals("```yaml")) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    @Test
    void rulesIndexListsEveryRuleByCategory() throws IOException {
        Path index = SITE.resolve("rules.md");
        String text = Files.readString(index, StandardCharsets.UTF_8);
        int start = text.indexOf(RulePages.INDEX_START);
        int end = text.indexOf(RulePages.INDEX_END);
        assertTrue(
                start >= 0 && end > start,
                index + " needs the markers " + RulePages.INDEX_START + " ... " + RulePages.INDEX_END);
        String generated = RulePages.index(rules());
        String actual = text.substring(start, end + RulePages.INDEX_END.length() + 1);
        if (UPDATE && !generated.equals(actual)) {
            Files.writeString(
                    index,
                    text.substring(0, start) + generated + text.substring(start + actual.length()),
                    StandardCharsets.UTF_8);
            actual = generated;
        }
        assertEquals(generated, actual, index + " (-Dreadiness.updateRulePages=true rewrites the index)");
    }

    // the checks themselves, on pages that disagree

    @Test
    void aPageWithAnotherThresholdOrEffortDisagrees() {
        RuleMetadata rule = RuleMetadata.builder("coverage.line", Category.TEST_COVERAGE)
                .title("Line coverage")
                .description("d")
                .remediation("r")
                .threshold(0.8)
                .effort(EffortModel.none("5 min per line"))
                .build();
        String page =
                RulePages.header(rule).replace("| 80 % |", "| 75 % |").replace("5 min per line", "4 min per line");

        assertEquals(
                List.of(
                        "Default threshold: page says '75 %', metadata '80 %'",
                        "Effort model: page says '4 min per line', metadata '5 min per line'"),
                disagreements(rule, page));
    }

    @Test
    void aPageOfAnotherCategoryOrTitleDisagrees() {
        RuleMetadata rule = RuleMetadata.builder("docs.readme", Category.DOCUMENTATION)
                .title("README")
                .description("d")
                .remediation("r")
                .effort(EffortModel.none("60 min"))
                .level(RuleLevel.WARN)
                .build();
        String page = RulePages.header(rule)
                .replace("`documentation` (Documentation)", "`build-release` (Build and Release)")
                .replace("# docs.readme: README", "# docs.readme: Readme");

        assertEquals(
                List.of(
                        "title line: page says '# docs.readme: Readme', metadata '# docs.readme: README'",
                        "Category: page says '`build-release` (Build and Release)', metadata '`documentation` (Documentation)'"),
                disagreements(rule, page));
    }

    @Test
    void aPageWithoutTheHeaderTableDisagrees() {
        RuleMetadata rule = RuleMetadata.builder("tests.executed", Category.TESTS)
                .title("Tests ran")
                .description("d")
                .remediation("r")
                .effort(EffortModel.none("240 min"))
                .build();

        List<String> problems = disagreements(rule, "# tests.executed: Tests ran\n\nSome text.\n");

        assertTrue(problems.contains("Id: page says 'nothing', metadata '`tests.executed`'"), problems.toString());
    }

    /** What the page's title line and header table say differently from the metadata, one line per field. */
    static List<String> disagreements(RuleMetadata rule, String page) {
        List<String> problems = new ArrayList<>();
        String title = page.lines().findFirst().orElse("");
        String expectedTitle = "# " + rule.id() + ": " + rule.title();
        if (!title.equals(expectedTitle)) {
            problems.add("title line: page says '" + title + "', metadata '" + expectedTitle + "'");
        }
        Map<String, String> onPage = headerTable(page);
        RulePages.fields(rule).forEach((name, value) -> {
            String shown = onPage.getOrDefault(name, "nothing");
            if (!shown.equals(value)) {
                problems.add(name + ": page says '" + shown + "', metadata '" + value + "'");
            }
        });
        if (problems.isEmpty() && !page.startsWith(RulePages.header(rule))) {
            problems.add("header block: differs from the generated one in layout (rows, order or comment)");
        }
        return problems;
    }

    /** The rows "| Field | Value |" of the first table, before the end marker. */
    static Map<String, String> headerTable(String page) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : page.lines().toList()) {
            if (line.equals(RulePages.HEADER_END)) {
                break;
            }
            if (line.startsWith("| ") && line.endsWith(" |") && !line.startsWith("| Field |")) {
                int split = line.indexOf(" | ");
                rows.put(line.substring(2, split), line.substring(split + 3, line.length() - 2));
            }
        }
        return rows;
    }

    private static int headerEnd(String text) {
        int end = text.indexOf(RulePages.HEADER_END);
        return end < 0 ? 0 : end + RulePages.HEADER_END.length() + 1;
    }

    private static Path page(RuleMetadata rule) {
        return PAGES.resolve(rule.id() + ".md");
    }
}
