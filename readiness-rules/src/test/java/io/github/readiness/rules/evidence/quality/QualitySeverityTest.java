package io.github.readiness.rules.evidence.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapping table of {@link QualitySeverity}'s Javadoc, row by row, and the values outside it. */
class QualitySeverityTest {
    @ParameterizedTest(name = "SpotBugs priority {0}, rank {1} -> {2}")
    @CsvSource(textBlock = """
        1, 20, HIGH
        2, 16, MEDIUM
        3, 20, LOW
        4, 20, INFO
        5, 20, INFO
        2, 0,  MEDIUM
        3, 4,  HIGH
        2, 1,  HIGH
        3, 5,  LOW
        """)
    void spotBugs(int priority, int rank, Severity expected) {
        assertEquals(expected, QualitySeverity.spotBugs(priority, rank));
    }

    @ParameterizedTest(name = "PMD priority {0} -> {1}")
    @CsvSource(textBlock = """
        1, HIGH
        2, MEDIUM
        3, MEDIUM
        4, LOW
        5, INFO
        """)
    void pmd(int priority, Severity expected) {
        assertEquals(expected, QualitySeverity.pmd(priority));
    }

    @ParameterizedTest(name = "Checkstyle {0} -> {1}")
    @CsvSource(textBlock = """
        error,   MEDIUM
        warning, LOW
        info,    INFO
        ERROR,   MEDIUM
        """)
    void checkstyle(String severity, Severity expected) {
        assertEquals(expected, QualitySeverity.checkstyle(severity));
        assertFalse(QualitySeverity.isCheckstyleIgnore(severity));
    }

    @Test
    void checkstyleIgnoreIsNotAnIssue() {
        assertTrue(QualitySeverity.isCheckstyleIgnore("ignore"));
        assertNull(QualitySeverity.checkstyle("ignore"));
    }

    @Test
    void valuesOutsideTheTableHaveNoSeverity() {
        assertNull(QualitySeverity.spotBugs(0, 20));
        assertNull(QualitySeverity.spotBugs(6, 1), "a bad priority is not rescued by the rank");
        assertNull(QualitySeverity.pmd(0));
        assertNull(QualitySeverity.pmd(6));
        assertNull(QualitySeverity.checkstyle("fatal"));
        assertNull(QualitySeverity.checkstyle(null));
    }

    @Test
    void nothingIsCritical() {
        for (int priority = 1; priority <= 5; priority++) {
            for (int rank = 0; rank <= 20; rank++) {
                assertTrue(QualitySeverity.spotBugs(priority, rank) != Severity.CRITICAL);
            }
            assertTrue(QualitySeverity.pmd(priority) != Severity.CRITICAL);
        }
    }
}
