package io.github.readiness.rules.rule.security;

import static io.github.readiness.rules.rule.security.SecurityFixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.security.SarifResult;
import io.github.readiness.rules.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScannerSeverityTest {

    /** security-severity ranks like a CVSS score; without it the level decides, one step stricter than quality. */
    @ParameterizedTest(name = "level {0}, security-severity {1}, tagged {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # level | sec. severity | tagged | security? | as security | decided by               | as quality
        note    | 9.8           | false  | true      | CRITICAL    | security-severity 9.8    | INFO
        warning | 9.0           | false  | true      | CRITICAL    | security-severity 9.0    | LOW
        error   | 8.9           | true   | true      | HIGH        | security-severity 8.9    | MEDIUM
        error   | 7.0           | false  | true      | HIGH        | security-severity 7.0    | MEDIUM
        error   | 6.9           | false  | true      | MEDIUM      | security-severity 6.9    | MEDIUM
        none    | 4.0           | false  | true      | MEDIUM      | security-severity 4.0    | INFO
        error   | 3.9           | false  | true      | LOW         | security-severity 3.9    | MEDIUM
        error   | 0.1           | false  | true      | LOW         | security-severity 0.1    | MEDIUM
        error   | 0.0           | false  | true      | INFO        | security-severity 0.0    | MEDIUM
        error   | -             | true   | true      | HIGH        | level error              | MEDIUM
        warning | -             | true   | true      | MEDIUM      | level warning            | LOW
        note    | -             | true   | true      | LOW         | level note               | INFO
        none    | -             | true   | true      | INFO        | level none               | INFO
        error   | -             | false  | false     | HIGH        | level error              | MEDIUM
        warning | -             | false  | false     | MEDIUM      | level warning            | LOW
        note    | -             | false  | false     | LOW         | level note               | INFO
        """)
    void severityOfAResult(
            String level,
            Double securitySeverity,
            boolean tagged,
            boolean security,
            Severity asSecurity,
            String decidedBy,
            Severity asQuality) {
        SarifResult result = result("CodeQL", "java/x", level, securitySeverity, tagged, "A.java", 1);

        assertEquals(security, ScannerSeverity.isSecurity(result));
        assertEquals(asSecurity, ScannerSeverity.security(result));
        assertEquals(decidedBy, ScannerSeverity.decidedBy(result));
        assertEquals(asQuality, ScannerSeverity.quality(result));
    }
}
