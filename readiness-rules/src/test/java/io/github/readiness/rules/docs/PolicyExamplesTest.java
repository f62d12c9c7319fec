package io.github.readiness.rules.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.CoverageScope;
import io.github.readiness.rules.policy.FailAt;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyLoader;
import io.github.readiness.rules.policy.file.TracedPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readiness.yaml examples of the README and the site pages load as policy files, so a renamed key or value in the
 * engine cannot leave a broken example behind (rule pages have their own check in RulePagesTest). On the README,
 * policy.md and effort.md every ```yaml block is a policy; usage.md.vm also shows CI files, so there only the blocks
 * whose first line is a {@code # readiness.yaml} comment are.
 */
class PolicyExamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\\n(.*?)^```");

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> examples = new ArrayList<>();
        for (String page : List.of(
                "README.md",
                "src/site/markdown/policy.md",
                "src/site/markdown/checklist.md",
                "src/site/markdown/effort.md",
                "src/site/markdown/usage.md.vm")) {
            List<String> blocks = yamlBlocks(Files.readString(ROOT.resolve(page), StandardCharsets.UTF_8));
            int index = 0;
            for (String block : blocks) {
                index++;
                if (!page.endsWith(".vm") || block.startsWith("# readiness.yaml")) {
                    examples.add(Arguments.of(page + " example " + index, block));
                }
            }
        }
        assertTrue(examples.size() >= 5, "policy examples expected on the README and the site pages: " + examples);
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyPolicyExampleLoads(String name, String yaml, @TempDir Path dir) throws IOException {
        try {
            load(yaml, dir);
        } catch (PolicyException e) {
            throw new AssertionError(name + " is not a valid readiness.yaml: " + e.getMessage(), e);
        }
    }

    @Test
    void theMultiModuleExampleSetsWhatItSays(@TempDir Path dir) throws IOException {
        String usage = Files.readString(ROOT.resolve("src/site/markdown/usage.md.vm"), StandardCharsets.UTF_8);
        String example = yamlBlocks(usage).stream()
                .filter(b -> b.contains("scope: aggregate"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("usage.md.vm: the coverage.scope example is gone"));

        TracedPolicy policy = load(example, dir);

        assertEquals(CoverageScope.AGGREGATE, policy.policy().reactor().coverageScope());
        assertEquals(FailAt.END, policy.policy().reactor().failAt());
    }

    @Test
    void aBrokenExampleWouldBeCaught(@TempDir Path dir) {
        assertThrows(PolicyException.class, () -> load("coverage:\n  scope: agregate\n", dir));
    }

    private static TracedPolicy load(String yaml, Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("readiness.yaml"), yaml, StandardCharsets.UTF_8);
        return new PolicyLoader(dir, PolicyExamplesTest.class.getClassLoader())
                .applyFile(TracedPolicy.of(ReadinessEngine.withBuiltInRules().defaultPolicy()), file);
    }

    static List<String> yamlBlocks(String page) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = YAML_BLOCK.matcher(page);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }
}
