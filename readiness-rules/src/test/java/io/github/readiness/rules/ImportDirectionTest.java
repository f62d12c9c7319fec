package io.github.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tree shows the pipeline: evidence -> policy -> rules -> score -> report, and no import goes back. Each top-level
 * package of the engine has a stage; a class may import its own stage and earlier ones only. To add a package (e.g. the
 * read-back of readiness.json), give it its stage in {@link #STAGES}; an unknown package fails the test.
 */
class ImportDirectionTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/readiness/rules");
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?io\\.github\\.readiness\\.rules\\.([a-z]\\w*)?\\.?", Pattern.MULTILINE);

    /** Each package's stage: a class may import packages of its stage or an earlier one. */
    private static final Map<String, Integer> STAGES = Map.ofEntries(
            Map.entry("model", 0), // the vocabulary every stage shares: findings, categories, levels
            Map.entry("io", 0),
            Map.entry("evidence", 1),
            Map.entry("policy", 2),
            Map.entry("checklist", 2), // the checklist is part of the policy; judging it is pure
            Map.entry("rule", 3),
            Map.entry("score", 4),
            Map.entry("baseline", 5),
            Map.entry("maturity", 5),
            Map.entry("", 6), // the engine's entry point, which runs the stages in order
            Map.entry("reactor", 7),
            Map.entry("report", 8),
            Map.entry(
                    "readback", 9)); // readiness.json read back: the renderers' field names, for the reactor and report

    @Test
    void noImportGoesAgainstThePipeline() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(file -> {
                String from = packageOf(file);
                Matcher imports = IMPORT.matcher(read(file));
                while (imports.find()) {
                    String to = imports.group(1) == null ? "" : imports.group(1);
                    if (stage(to) > stage(from)) {
                        violations.add(SOURCES.relativize(file) + " (" + shown(from) + ") imports " + shown(to));
                    }
                }
            });
        }
        assertEquals(List.of(), violations, "imports against evidence -> policy -> rules -> score -> report");
    }

    @Test
    void everyPackageHasAStage() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> stage(packageOf(file)));
        }
    }

    private static int stage(String pkg) {
        Integer stage = STAGES.get(pkg);
        if (stage == null) {
            throw new AssertionError("package " + pkg + " has no stage in ImportDirectionTest.STAGES: give it one");
        }
        return stage;
    }

    /** The top-level package under io.github.readiness.rules ("" for the root). */
    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }

    private static String shown(String pkg) {
        return pkg.isEmpty() ? "the engine's root package" : pkg;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
