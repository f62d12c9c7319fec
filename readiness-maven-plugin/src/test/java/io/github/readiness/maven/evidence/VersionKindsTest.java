package io.github.readiness.maven.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.build.VersionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionKindsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "1.0.0                    | FIXED",
                "2.12.4                   | FIXED",
                "1.0-beta-2               | FIXED",
                "1.0.SNAPSHOTTED          | FIXED",
                "[1.5]                    | FIXED",
                "1.0-SNAPSHOT             | SNAPSHOT",
                "1.0-20260101.120000-3    | SNAPSHOT",
                "[2.0-SNAPSHOT]           | SNAPSHOT",
                "[1.0,2.0)                | RANGE",
                "'[1.0,)'                 | RANGE",
                "'(,1.0]'                 | RANGE",
                "'[1.0,1.2),(1.2,)'       | RANGE",
                "[1.0-SNAPSHOT,2.0)       | RANGE",
                "[1.0                     | RANGE",
                "LATEST                   | META",
                "RELEASE                  | META",
                "NULL                     | MISSING",
                "''                       | MISSING",
            })
    void classifiesByMavensOwnRules(String version, VersionKind expected) {
        assertEquals(expected, VersionKinds.of(version));
    }
}
