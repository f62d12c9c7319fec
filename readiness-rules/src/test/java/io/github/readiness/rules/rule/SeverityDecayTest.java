package io.github.readiness.rules.rule;

import static io.github.readiness.rules.model.Severity.CRITICAL;
import static io.github.readiness.rules.model.Severity.HIGH;
import static io.github.readiness.rules.model.Severity.INFO;
import static io.github.readiness.rules.model.Severity.LOW;
import static io.github.readiness.rules.model.Severity.MEDIUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityDecayTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                     | 100
        CRITICAL               | 50
        CRITICAL HIGH          | 37.5
        HIGH                   | 75
        HIGH HIGH              | 56.25
        MEDIUM                 | 95
        MEDIUM MEDIUM          | 90.25
        LOW                    | 99
        INFO INFO INFO         | 100
        CRITICAL CRITICAL      | 25
        CRITICAL HIGH MEDIUM LOW INFO | 35.2687500
        """)
    void eachProblemCostsAShareOfWhatIsLeft(String severities, double score) {
        List<Severity> list = severities.isBlank()
                ? List.of()
                : Arrays.stream(severities.split(" ")).map(Severity::valueOf).toList();

        assertEquals(score, SeverityDecay.score(list), 1e-9);
    }

    @Test
    void neverBelowZeroAndOneMoreLowNeverOutweighsOneHigh() {
        List<Severity> many = new ArrayList<>(Collections.nCopies(2000, CRITICAL));
        assertTrue(SeverityDecay.score(many) >= 0);

        for (Severity severity : List.of(CRITICAL, HIGH, MEDIUM)) {
            assertTrue(SeverityDecay.factor(LOW) > SeverityDecay.factor(severity), severity.name());
        }
        assertEquals(1.0, SeverityDecay.factor(INFO));
        assertEquals("100 x 0.5^CRITICAL x 0.75^HIGH x 0.95^MEDIUM x 0.99^LOW", SeverityDecay.FORMULA);
    }
}
