package io.github.readiness.rules.evidence.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileGlobTest {
    private static final List<String> FILES = List.of(
            "target/a.sarif",
            "target/b.sarif.json",
            "target/sub/c.sarif",
            "reports/top.sarif",
            "reports/x/mid.sarif",
            "reports/x/y/deep.sarif",
            "reports/x/y/notes.txt",
            "other/z.sarif");

    @TempDir
    Path base;

    @BeforeEach
    void files() throws Exception {
        for (String file : FILES) {
            Files.createDirectories(base.resolve(file).getParent());
            Files.writeString(base.resolve(file), "{}");
        }
    }

    /** Matches, sorted, relative to the base; {@code **}/ spans zero or more directories, as in Maven patterns. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        target/*.sarif              | target/a.sarif
        target/*.sarif.json         | target/b.sarif.json
        target/*                    | target/a.sarif target/b.sarif.json
        target/**/*.sarif           | target/a.sarif target/sub/c.sarif
        reports/**/*.sarif          | reports/top.sarif reports/x/mid.sarif reports/x/y/deep.sarif
        reports/x/**/*.sarif        | reports/x/mid.sarif reports/x/y/deep.sarif
        reports/**                  | reports/top.sarif reports/x/mid.sarif reports/x/y/deep.sarif reports/x/y/notes.txt
        reports/*/*.sarif           | reports/x/mid.sarif
        reports/**/y/*.sarif        | reports/x/y/deep.sarif
        {target,other}/*.sarif      | other/z.sarif target/a.sarif
        target\\a.sarif             | target/a.sarif
        target/a.sarif              | target/a.sarif
        target/missing.sarif        | -
        missing/*.sarif             | -
        """)
    void expandsAPattern(String pattern, String expected) throws Exception {
        List<String> matches = FileGlob.expand(base, pattern).stream()
                .map(p -> base.relativize(p).toString().replace('\\', '/'))
                .toList();

        assertEquals(
                expected == null ? List.of() : Arrays.asList(expected.split(" ")),
                matches.stream().sorted().toList());
    }
}
