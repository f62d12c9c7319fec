package io.github.readiness.maven.report;

import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.Locale;

/**
 * The page's chart as inline SVG: a half-circle gauge of the overall score with a mark at the minimum score, and one
 * bar per category (N/A categories as an empty, dashed track labelled N/A, never as 0). No script, no external
 * style sheet or font; {@code role="img"} with a {@code <title>} and {@code <desc>} for screen readers. Same card,
 * same string.
 */
public final class ReadinessChart {
    static final int WIDTH = 720;
    private static final int ROW = 26;
    private static final int GAUGE_X = 120;
    private static final int GAUGE_Y = 130;
    private static final int RADIUS = 85;
    private static final int LABEL_X = 400;
    private static final int BAR_X = 410;
    private static final int BAR_WIDTH = 240;
    private static final String GOOD = "#2e7d32";
    private static final String FAIR = "#b26a00";
    private static final String POOR = "#c62828";
    private static final String TRACK = "#e0e0e0";
    private static final String TEXT = "#212121";

    private ReadinessChart() {}

    public static String svg(Scorecard card, ReportLabels labels) {
        int rows = card.categories().size();
        int height = Math.max(180, 24 + rows * ROW);
        String title = card.score() == null
                ? labels.format("chart.titleNoScore", verdict(card, labels))
                : labels.format("chart.title", String.valueOf(card.score()), verdict(card, labels));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"readiness-chart\" role=\"img\"")
                .append(" aria-labelledby=\"readiness-chart-title readiness-chart-desc\"")
                .append(" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"13\" fill=\"")
                .append(TEXT)
                .append("\">")
                .append("<title id=\"readiness-chart-title\">")
                .append(xml(title))
                .append("</title>")
                .append("<desc id=\"readiness-chart-desc\">")
                .append(xml(description(card, labels)))
                .append("</desc>");
        gauge(card, labels, svg);
        for (int i = 0; i < rows; i++) {
            bar(card.categories().get(i), 12 + i * ROW, labels, svg);
        }
        return svg.append("</svg>").toString();
    }

    private static void gauge(Scorecard card, ReportLabels labels, StringBuilder svg) {
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
                .append(TRACK)
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
                    .append(color(score, card.minScore()))
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
                .append(TEXT)
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
                .append(xml(verdict(card, labels)))
                .append("</text>");
        svg.append("</g>");
    }

    private static void bar(CategoryScore category, int y, ReportLabels labels, StringBuilder svg) {
        svg.append("<g class=\"category\">");
        svg.append("<text x=\"")
                .append(LABEL_X)
                .append("\" y=\"")
                .append(y + 13)
                .append("\" text-anchor=\"end\">")
                .append(xml(category.category().displayName()))
                .append("</text>");
        if (category.score() == null) {
            svg.append("<rect x=\"")
                    .append(BAR_X)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(BAR_WIDTH)
                    .append("\" height=\"16\" fill=\"none\" stroke=\"#9e9e9e\" stroke-dasharray=\"4 3\"/>");
        } else {
            svg.append("<rect x=\"")
                    .append(BAR_X)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(BAR_WIDTH)
                    .append("\" height=\"16\" fill=\"")
                    .append(TRACK)
                    .append("\"/>");
            int width = Math.round(BAR_WIDTH * category.score() / 100f);
            if (width > 0) {
                svg.append("<rect x=\"")
                        .append(BAR_X)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"16\" fill=\"")
                        .append(color(category.score(), 80))
                        .append("\"/>");
            }
        }
        svg.append("<text x=\"")
                .append(BAR_X + BAR_WIDTH + 8)
                .append("\" y=\"")
                .append(y + 13)
                .append("\">")
                .append(category.score() == null ? labels.get("chart.na") : category.score())
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

    private static String description(Scorecard card, ReportLabels labels) {
        StringBuilder text = new StringBuilder(labels.get("chart.description"));
        for (CategoryScore category : card.categories()) {
            text.append(' ')
                    .append(category.category().displayName())
                    .append(": ")
                    .append(category.score() == null ? labels.get("chart.na") : category.score())
                    .append('.');
        }
        return text.toString();
    }

    private static String verdict(Scorecard card, ReportLabels labels) {
        return labels.get("verdict." + card.verdict().name());
    }

    private static String verdictColor(Scorecard card) {
        return switch (card.verdict()) {
            case READY -> GOOD;
            case CONDITIONAL -> FAIR;
            case NOT_READY -> POOR;
        };
    }

    /** Green at or above the bar, amber from 50, red below. */
    private static String color(int score, int bar) {
        return score >= bar ? GOOD : score >= 50 ? FAIR : POOR;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
