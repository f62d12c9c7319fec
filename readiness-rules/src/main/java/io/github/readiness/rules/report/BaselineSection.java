package io.github.readiness.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Percent;
import io.github.readiness.rules.score.BaselineDelta;
import io.github.readiness.rules.score.BaselineDelta.CategoryChange;
import io.github.readiness.rules.score.BaselineDelta.RatioChange;
import io.github.readiness.rules.score.BaselineDelta.ScoreChange;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The comparison with the baseline as the console, readiness.md and readiness.json show it: one place, so the three
 * agree to the character. Formats {@link BaselineDelta}; computes nothing.
 */
final class BaselineSection {
    /** Appended to a finding that was already in the baseline. */
    static final String KNOWN = " (in baseline)";

    private BaselineSection() {}

    /** {@link #KNOWN} for a known finding, else nothing (also when there is no baseline). */
    static String marker(BaselineDelta baseline, Finding finding) {
        return baseline != null && baseline.isKnown(finding) ? KNOWN : "";
    }

    static List<String> consoleLines(BaselineDelta baseline) {
        List<String> lines = new ArrayList<>();
        lines.add("Against the baseline " + baseline.file() + mode(baseline) + ": score " + change(baseline.score())
                + "; line coverage " + change(baseline.lineCoverage()) + "; branch coverage "
                + change(baseline.branchCoverage()));
        List<String> changed = baseline.categories().stream()
                .filter(c -> !Objects.equals(c.was(), c.now()))
                .map(c -> c.category().displayName() + " " + change(new ScoreChange(c.was(), c.now())))
                .toList();
        lines.add("  "
                + (changed.isEmpty() ? "No category score changed" : "Category changes: " + String.join(", ", changed))
                + "; " + findingCounts(baseline));
        return lines;
    }

    static void markdown(BaselineDelta baseline, StringBuilder md) {
        md.append("## Against the baseline\n\n")
                .append("Compared with `")
                .append(baseline.file())
                .append('`')
                .append(mode(baseline))
                .append(": score tolerance ")
                .append(baseline.settings().scoreTolerance())
                .append(", line coverage tolerance ")
                .append(points(BigDecimal.valueOf(baseline.settings().coverageTolerance())))
                .append(" points. ")
                .append(capitalized(findingCounts(baseline)))
                .append(".\n\n")
                .append("| Measure | Baseline | Now | Change |\n|---|--:|--:|--:|\n");
        ScoreChange score = baseline.score();
        row(
                md,
                "Score",
                DisplayText.categoryScore(score.was()),
                DisplayText.categoryScore(score.now()),
                signed(score.delta()));
        for (CategoryChange c : baseline.categories()) {
            row(
                    md,
                    c.category().displayName(),
                    DisplayText.categoryScore(c.was()),
                    DisplayText.categoryScore(c.now()),
                    signed(c.delta()));
        }
        coverageRow(md, "Line coverage", baseline.lineCoverage());
        coverageRow(md, "Branch coverage", baseline.branchCoverage());
        md.append('\n');
    }

    static void json(BaselineDelta baseline, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("baseline");
        json.writeStringField("file", baseline.file());
        json.writeObjectFieldStart("settings");
        json.writeNumberField("scoreTolerance", baseline.settings().scoreTolerance());
        JsonRenderer.writeNullableDecimal(
                json, "coverageTolerance", baseline.settings().coverageTolerance());
        json.writeBooleanField("newProblemsOnly", baseline.settings().newProblemsOnly());
        json.writeEndObject();
        json.writeObjectFieldStart("score");
        scoreChange(
                json,
                baseline.score().was(),
                baseline.score().now(),
                baseline.score().delta());
        json.writeEndObject();
        json.writeArrayFieldStart("categories");
        for (CategoryChange c : baseline.categories()) {
            json.writeStartObject();
            json.writeStringField("id", c.category().id());
            scoreChange(json, c.was(), c.now(), c.delta());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("coverage");
        ratioChange(json, "line", baseline.lineCoverage());
        ratioChange(json, "branch", baseline.branchCoverage());
        json.writeEndObject();
        json.writeNumberField("knownFindings", baseline.known().size());
        json.writeNumberField("newFindings", baseline.newFindings());
        json.writeNumberField("resolvedFindings", baseline.resolvedFindings());
        json.writeEndObject();
    }

    private static void scoreChange(JsonGenerator json, Integer was, Integer now, Integer delta) throws IOException {
        JsonRenderer.writeNullableInt(json, "was", was);
        JsonRenderer.writeNullableInt(json, "now", now);
        JsonRenderer.writeNullableInt(json, "delta", delta);
    }

    private static void ratioChange(JsonGenerator json, String field, RatioChange change) throws IOException {
        json.writeObjectFieldStart(field);
        JsonRenderer.writeNullableDecimal(json, "was", change.was());
        JsonRenderer.writeNullableDecimal(json, "now", change.now());
        JsonRenderer.writeNullableDecimal(json, "delta", change.delta());
        json.writeEndObject();
    }

    private static String mode(BaselineDelta baseline) {
        return baseline.settings().newProblemsOnly() ? " (new problems only)" : "";
    }

    private static String findingCounts(BaselineDelta baseline) {
        int known = baseline.known().size();
        return known + (known == 1 ? " finding" : " findings") + " in the baseline"
                + (baseline.settings().newProblemsOnly() && known > 0 ? " (not blocking)" : "") + ", "
                + baseline.newFindings() + " new, " + baseline.resolvedFindings() + " resolved";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void row(StringBuilder md, String measure, String was, String now, String change) {
        md.append("| ")
                .append(measure)
                .append(" | ")
                .append(was)
                .append(" | ")
                .append(now)
                .append(" | ")
                .append(change)
                .append(" |\n");
    }

    private static void coverageRow(StringBuilder md, String measure, RatioChange change) {
        row(
                md,
                measure,
                percent(change.was()),
                percent(change.now()),
                change.delta() == null ? "-" : signedPoints(change.delta()) + pointsWord(change.delta()));
    }

    /** "66 -> 60 (-6)", "N/A -> 60". */
    private static String change(ScoreChange change) {
        String arrow = DisplayText.categoryScore(change.was()) + " -> " + DisplayText.categoryScore(change.now());
        return change.delta() == null ? arrow : arrow + " (" + signed(change.delta()) + ")";
    }

    /** "50.0 % -> 13.3 % (-36.67 points)", "not measured -> 80.0 %". */
    private static String change(RatioChange change) {
        String arrow = percent(change.was()) + " -> " + percent(change.now());
        return change.delta() == null
                ? arrow
                : arrow + " (" + signedPoints(change.delta()) + pointsWord(change.delta()) + ")";
    }

    private static String percent(Double ratio) {
        return ratio == null ? "not measured" : Percent.measured(ratio);
    }

    private static String signed(Integer delta) {
        return delta == null ? "-" : (delta > 0 ? "+" : "") + delta;
    }

    /** A ratio difference in percentage points: -0.3667 gives "-36.67", 0 gives "0". */
    private static String signedPoints(Double delta) {
        if (delta == null) {
            return "-";
        }
        BigDecimal points = BigDecimal.valueOf(delta).movePointRight(2);
        return (points.signum() > 0 ? "+" : "") + points(points);
    }

    private static String pointsWord(double ratioDelta) {
        return Math.abs(ratioDelta) == 0.01 ? " point" : " points";
    }

    private static String points(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
