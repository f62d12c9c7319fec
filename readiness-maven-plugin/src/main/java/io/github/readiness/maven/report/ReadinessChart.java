package io.github.readiness.maven.report;

import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;

/**
 * The page's chart as inline SVG: a half-circle gauge of the overall score with a mark at the minimum score, and one
 * bar per category (N/A categories as an empty, dashed track labelled N/A, never as 0). No script, no external
 * style sheet or font; {@code role="img"} with a {@code <title>} and {@code <desc>} for screen readers. Same card,
 * same string.
 */
public final class ReadinessChart {
    static final int WIDTH = 720;
    private static final int ROW = 26;
    private static final int LABEL_X = 400;
    private static final int BAR_X = 410;
    private static final int BAR_WIDTH = 240;
    static final String GOOD = "#2e7d32";
    static final String FAIR = "#b26a00";
    static final String POOR = "#c62828";
    static final String TRACK = "#e0e0e0";
    static final String TEXT = "#212121";

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
        ChartGauge.draw(card, labels, svg);
        for (int i = 0; i < rows; i++) {
            bar(card.categories().get(i), 12 + i * ROW, labels, svg);
        }
        return svg.append("</svg>").toString();
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

    static String verdict(Scorecard card, ReportLabels labels) {
        return labels.get("verdict." + card.verdict().name());
    }

    /** Green at or above the bar, amber from 50, red below. */
    static String color(int score, int bar) {
        return score >= bar ? GOOD : score >= 50 ? FAIR : POOR;
    }

    static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
