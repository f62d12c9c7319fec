package io.github.readiness.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inline SVG: accessible, N/A shown as N/A, bars and gauge proportional to the scores. */
class ReadinessChartTest {
    private static final ReportLabels ENGLISH = ReportLabels.of(Locale.ENGLISH);

    @Test
    void anNaCategoryIsADashedTrackLabelledNaNeverAZeroBar() {
        String svg = ReadinessChart.svg(
                card(72, Verdict.CONDITIONAL, new CategoryScore(Category.SECURITY, 3, null, 0, 0, 0, 0)), ENGLISH);
        assertTrue(svg.contains("stroke-dasharray=\"4 3\""));
        assertTrue(svg.contains(">N/A</text>"));
        assertFalse(svg.contains("width=\"0\""), "no zero-width bar");
        assertTrue(svg.contains("Security: N/A."), "the description says N/A too");
    }

    @ParameterizedTest
    @CsvSource({"100, 240", "50, 120", "83, 199", "1, 2"})
    void barsAreProportionalToTheScore(int score, int width) {
        String svg = ReadinessChart.svg(
                card(score, Verdict.READY, new CategoryScore(Category.TESTS, 3, score, 0, 0, 0, 0)), ENGLISH);
        assertTrue(svg.contains("width=\"" + width + "\" height=\"16\""), svg);
    }

    @ParameterizedTest
    @CsvSource({"0, ''", "50, '120.0 45.0'", "100, '205.0 130.0'"})
    void theGaugeArcEndsAtTheScore(int score, String end) {
        String svg = ReadinessChart.svg(card(score, Verdict.NOT_READY), ENGLISH);
        long arcs = svg.split("A 85 85", -1).length - 1;
        assertEquals(score == 0 ? 1 : 2, arcs, "the track, and the value arc unless the score is 0");
        if (!end.isEmpty()) {
            assertTrue(svg.contains("0 0 1 " + end + "\""), svg);
        }
    }

    @Test
    void accessibleTitleAndNoScript() {
        String svg = ReadinessChart.svg(card(61, Verdict.NOT_READY), ENGLISH);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("<title id=\"readiness-chart-title\">Score 61 of 100, verdict NOT READY</title>"));
        assertFalse(svg.contains("<script") || svg.contains("href"), "nothing to run, nothing to fetch");
    }

    @Test
    void noScoreAtAll() {
        String svg = ReadinessChart.svg(card(null, Verdict.NOT_READY), ENGLISH);
        assertTrue(svg.contains("No score (no category could be measured), verdict NOT READY"));
        assertTrue(svg.contains("font-weight=\"bold\">N/A</text>"));
    }

    @Test
    void sameCardSameString() {
        Scorecard card = card(77, Verdict.CONDITIONAL, new CategoryScore(Category.DOCUMENTATION, 1, 33, 2, 0, 30, 0));
        assertEquals(ReadinessChart.svg(card, ENGLISH), ReadinessChart.svg(card, ENGLISH));
    }

    private static Scorecard card(Integer score, Verdict verdict, CategoryScore... categories) {
        return Scorecard.builder(
                        new io.github.readiness.rules.model.ToolInfo("readiness-maven-plugin", "test"),
                        new io.github.readiness.rules.model.ProjectInfo("g", "a", "1", "A"))
                .score(score, 80)
                .verdict(verdict, List.of())
                .categories(List.of(categories))
                .build();
    }
}
