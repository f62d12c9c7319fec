package io.github.readiness.maven.report;

import io.github.readiness.rules.score.Scorecard;
import java.util.Locale;

/**
 * The chart's half-circle gauge of the overall score, with its mark at the minimum score, and the trigonometry that
 * places a score on it; apart from {@link ReadinessChart} so that the page's chart keeps the layout and the bars.
 */
final class ChartGauge {
    private static final int GAUGE_X = 120;
    private static final int GAUGE_Y = 130;
    private static final int RADIUS = 85;

    private ChartGauge() {}

    static void draw(Scorecard card, ReportLabels labels, StringBuilder svg) {
        svg.append("<g class=\"gauge\">");
        svg.append("<path d=\"M ")
                .append(GAUGE_X - RADIUS)
                .append(' ')
                .append(GAUGE_Y)
                .append(" A ")
                .append(RADIUS)
                .append(' ')
                .append(RADIUS)
                .append(" 0 0 1 ")
                .append(GAUGE_X + RADIUS)
                .append(' ')
                .append(GAUGE_Y)
                .append("\" fill=\"none\" stroke=\"")
                .append(ReadinessChart.TRACK)
                .append("\" stroke-width=\"18\"/>");
        Integer score = card.score();
        if (score != null && score > 0) {
            svg.append("<path d=\"M ")
                    .append(GAUGE_X - RADIUS)
                    .append(' ')
                    .append(GAUGE_Y)
                    .append(" A ")
                    .append(RADIUS)
                    .append(' ')
                    .append(RADIUS)
                    .append(" 0 0 1 ")
                    .append(point(score, RADIUS))
                    .append("\" fill=\"none\" stroke=\"")
                    .append(ReadinessChart.color(score, card.minScore()))
                    .append("\" stroke-width=\"18\"/>");
        }
        int min = card.minScore();
        svg.append("<line x1=\"")
                .append(x(min, RADIUS - 14))
                .append("\" y1=\"")
                .append(y(min, RADIUS - 14))
                .append("\" x2=\"")
                .append(x(min, RADIUS + 14))
                .append("\" y2=\"")
                .append(y(min, RADIUS + 14))
                .append("\" stroke=\"")
                .append(ReadinessChart.TEXT)
                .append("\" stroke-width=\"2\"/>");
        svg.append("<text x=\"")
                .append(GAUGE_X)
                .append("\" y=\"")
                .append(GAUGE_Y - 12)
                .append("\" text-anchor=\"middle\" font-size=\"34\" font-weight=\"bold\">")
                .append(score == null ? labels.get("chart.na") : score)
                .append("</text>");
        svg.append("<text x=\"")
                .append(GAUGE_X)
                .append("\" y=\"")
                .append(GAUGE_Y + 26)
                .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"")
                .append(verdictColor(card))
                .append("\">")
                .append(ReadinessChart.xml(ReadinessChart.verdict(card, labels)))
                .append("</text>");
        svg.append("</g>");
    }

    /** "x y" of a score on the gauge's half circle: 0 at the left end, 100 at the right. */
    private static String point(int score, int radius) {
        return x(score, radius) + " " + y(score, radius);
    }

    private static String x(int score, int radius) {
        return decimal(GAUGE_X + radius * Math.cos(angle(score)));
    }

    private static String y(int score, int radius) {
        return decimal(GAUGE_Y - radius * Math.sin(angle(score)));
    }

    private static double angle(int score) {
        return Math.PI * (1 - Math.min(100, Math.max(0, score)) / 100.0);
    }

    private static String verdictColor(Scorecard card) {
        return switch (card.verdict()) {
            case READY -> ReadinessChart.GOOD;
            case CONDITIONAL -> ReadinessChart.FAIR;
            case NOT_READY -> ReadinessChart.POOR;
        };
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
