package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.RuleMetadata;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the site's rule pages that come from {@link RuleMetadata}: the header block of
 * src/site/markdown/rules/&lt;id&gt;.md and the generated index in rules.md. {@link RulePagesTest} compares them with
 * the pages and, with -Dreadiness.updateRulePages=true, writes them.
 */
final class RulePages {
    static final String HEADER_END = "<!-- end of rule metadata -->";
    static final String INDEX_START = "<!-- rule index: generated from Rules.builtIn() by RulePagesTest -->";
    static final String INDEX_END = "<!-- end of rule index -->";

    private RulePages() {}

    /** The fields of the header table, in order, as the page shows them. */
    static Map<String, String> fields(RuleMetadata rule) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Id", "`" + rule.id() + "`");
        fields.put("Title", cell(rule.title()));
        fields.put(
                "Category", "`" + rule.category().id() + "` (" + rule.category().displayName() + ")");
        fields.put("Default level", rule.defaultLevel().name());
        fields.put("Default threshold", threshold(rule.defaultThreshold()));
        fields.put("Effort model", cell(rule.effortModel()));
        return fields;
    }

    /** The page's first lines, up to and including {@link #HEADER_END}. */
    static String header(RuleMetadata rule) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(rule.id()).append(": ").append(rule.title()).append("\n\n");
        md.append("<!-- rule metadata: generated from RuleMetadata; RulePagesTest checks it, ")
                .append("-Dreadiness.updateRulePages=true rewrites it -->\n");
        md.append("| Field | Value |\n|---|---|\n");
        fields(rule)
                .forEach((name, value) ->
                        md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        md.append(HEADER_END).append('\n');
        return md.toString();
    }

    /** A new page for a rule that has none: the header and the sections every page has, to be written by hand. */
    static String stub(RuleMetadata rule) {
        return header(rule) + "\n" + cell(rule.description()) + "\n\n## What it checks\n\n## Severity\n\n"
                + "## Score\n\n## Effort\n\n## Remediation\n\n" + cell(rule.remediation())
                + "\n\n## Configuration\n\n## Example finding\n";
    }

    /** rules.md's generated part: every rule by category, in the engine's order. */
    static String index(List<RuleMetadata> rules) {
        StringBuilder md = new StringBuilder(INDEX_START).append('\n');
        for (Category category : Category.values()) {
            List<RuleMetadata> inCategory =
                    rules.stream().filter(r -> r.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            md.append("\n## ")
                    .append(category.displayName())
                    .append(" (`")
                    .append(category.id())
                    .append("`)\n\n");
            md.append("| Rule | Title | Default level | Default threshold |\n|---|---|---|---|\n");
            for (RuleMetadata rule : inCategory) {
                md.append("| [`")
                        .append(rule.id())
                        .append("`](rules/")
                        .append(rule.id())
                        .append(".html) | ")
                        .append(cell(rule.title()))
                        .append(" | ")
                        .append(rule.defaultLevel().name())
                        .append(" | ")
                        .append(threshold(rule.defaultThreshold()))
                        .append(" |\n");
            }
        }
        return md.append('\n').append(INDEX_END).append('\n').toString();
    }

    /** A ratio as the pages show it: 0.8 -> "80 %"; none when the rule has no threshold. */
    static String threshold(Double ratio) {
        if (ratio == null) {
            return "none";
        }
        return BigDecimal.valueOf(ratio).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** Text that is safe in a Markdown table cell and is not read as HTML. */
    static String cell(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|");
    }
}
