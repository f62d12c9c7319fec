package io.github.readiness.rules.rule.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionOrderTest {
    private static final VersionOrder ORDER = VersionOrder.INSTANCE;

    /** Both ways round, so the order is antisymmetric: {@code <} means left before right. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2.10             | > | 2.9
        1.10.0           | > | 1.9.9
        6.0.0            | > | 5.3.33
        9.4.12.1         | > | 9.4.2.0
        20231013         | > | 9
        2.17.1           | > | 2.17.0
        1.0              | = | 1
        1                | = | 1.0.0
        1.0.0            | = | 1.0.Final
        2.0.GA           | = | 2
        v1.2             | = | 1.2
        V1.2             | = | 1.2.0
        1.0-RC1          | = | 1.0-rc1
        1_0              | = | 1-0
        2.2.3.min        | = | 2.2.3
        3.4-rc1          | < | 3.4
        2.0.0-SNAPSHOT   | < | 2.0.0
        1.0-alpha        | < | 1.0-beta
        1.0-beta-2       | < | 1.0-rc1
        1.0-M1           | < | 1.0-rc1
        1.0a             | < | 1.0
        1.0-rc1          | < | 1.0-SNAPSHOT
        1.0-alpha-1      | < | 1.0-alpha-2
        1.0              | < | 1.0-sp1
        1.0-sp1          | < | 1.0.1
        13.4.0           | < | 13.4.0.jre11
        2.9.10.8         | < | 2.10
        """)
    void comparesVersionsAsReleaseNumbers(String left, String relation, String right) {
        int expected = switch (relation) {
            case "<" -> -1;
            case ">" -> 1;
            default -> 0;
        };
        assertAll(
                () -> assertEquals(expected, Integer.signum(ORDER.compare(left, right)), left + " vs " + right),
                () -> assertEquals(-expected, Integer.signum(ORDER.compare(right, left)), right + " vs " + left));
    }

    /** A sorted list stays sorted, whatever pair is taken: the order is transitive over these. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        1.0-alpha, 1.0-beta, 1.0-M2, 1.0-rc1, 1.0, 1.0-sp1, 1.0.1, 1.1, 1.9, 1.10, 2.0.0-SNAPSHOT, 2.0.0
        2.0.1, 2.3.1, 2.4.0, 2.12.2, 2.13.0, 2.14.1, 2.15.0, 2.16.0, 2.17.1
        """)
    void aSortedListIsOrderedPairwise(String ascending) {
        List<String> versions = List.of(ascending.split(",\\s*"));
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                String left = versions.get(i);
                String right = versions.get(j);
                assertTrue(ORDER.compare(left, right) < 0, left + " < " + right);
            }
        }
    }

    @ParameterizedTest(name = "major({0}) = {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        3.4.1            | 3
        v2.1             | 2
        0.27             | 0
        2024-10-01       | 2024
        10               | 10
        abc              | -1
        rc1              | -1
        ''               | -1
        -                | -1
        """)
    void majorIsTheFirstNumber(String version, long major) {
        assertEquals(major, VersionOrder.major(version));
    }
}
