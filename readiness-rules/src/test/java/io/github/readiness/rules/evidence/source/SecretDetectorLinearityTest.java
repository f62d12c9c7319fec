package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One-megabyte lines made of the detectors' own anchors, in every file type: a scan that backtracks or rescans would
 * not finish within the surefire run (no timing assertion: it simply has to be linear). Each also checks the count.
 */
class SecretDetectorLinearityTest {
    private static final int MEGABYTE = 1024 * 1024;

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("a=", 0, 0),
                Arguments.of("AKIA", 0, 0),
                Arguments.of("AKIAIOSFODNN7EXAMPLE ", MEGABYTE / 21, MEGABYTE / 21),
                Arguments.of("eyJ.", 0, 0),
                Arguments.of("eyJhbGciOiJIUzI1NiJ9.", 0, 0),
                Arguments.of("<a ", 0, 0),
                Arguments.of("<a>", 0, 0),
                Arguments.of("<password>x", 0, 0),
                Arguments.of("=\"", 0, 0),
                Arguments.of("(\"", 0, 0),
                Arguments.of("\\\"=", 0, 0),
                Arguments.of("-----BEGIN ", 0, 0),
                Arguments.of("-----BEGIN PRIVATE KEY-----", 0, 0),
                Arguments.of("ghp_", 0, 0),
                Arguments.of("github_pat_", 0, 0),
                Arguments.of("glpat-", 1, 1), // one run: "glpat-" + 20 or more of [A-Za-z0-9_-],
                Arguments.of("xoxb-", 0, 0),
                Arguments.of("hooks.slack.com/services/T12/", 0, 0),
                Arguments.of("${", 0, 0),
                Arguments.of("password=", 1, 0), // key "password", value "password=password=...": a literal,
                Arguments.of(" ", 0, 0),
                Arguments.of("aws_secret ", 1, 0)); // properties: key "aws_secret", value the rest
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @MethodSource("lines")
    void aMegabyteLineOfAnchorsScansInLinearTime(String unit, int inProperties, int elsewhere) {
        String line = unit.repeat(MEGABYTE / unit.length());
        for (String file : List.of("a.properties", "a.yml", "a.xml", "A.java", "a.txt")) {
            List<HardcodedSecret> secrets = SecretLines.scan(file, line);
            assertEquals(file.endsWith(".properties") ? inProperties : elsewhere, secrets.size(), file);
        }
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @MethodSource("lines")
    void aMegabyteLineAfterAKeywordScansInLinearTime(String unit, int inProperties, int elsewhere) {
        // the AWS secret keyword is on the line, so every 40-character run is a candidate
        String line = "aws_secret_access_key=" + "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ".repeat(MEGABYTE / 41)
                + unit.repeat(1000);
        long keys = SecretLines.scan("a.properties", line).stream()
                .filter(s -> s.patternId().equals("aws-secret-access-key"))
                .count();
        assertEquals(MEGABYTE / 41, keys);
    }
}
