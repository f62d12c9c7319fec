package io.github.readiness.rules.readback;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.policy.BaselineSettings;
import io.github.readiness.rules.score.BaselineDelta;
import io.github.readiness.rules.score.BaselineDelta.CategoryChange;
import io.github.readiness.rules.score.BaselineDelta.RatioChange;
import io.github.readiness.rules.score.BaselineDelta.ScoreChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The {@code baseline} object of readiness.json read back ({@code report.BaselineSection#json} writes it). */
final class BaselineJson {
    private BaselineJson() {}

    /** @param known the findings marked {@code "baseline": "known"} */
    static BaselineDelta read(JsonObject node, Set<Finding> known) throws IOException {
        JsonObject settings = node.object("settings");
        Double coverageTolerance = settings.decimalOrNull("coverageTolerance");
        JsonObject score = node.object("score");
        List<CategoryChange> categories = new ArrayList<>();
        for (JsonObject category : node.objects("categories")) {
            categories.add(new CategoryChange(
                    ScorecardJsonReader.category(category.text("id")),
                    category.integerOrNull("was"),
                    category.integerOrNull("now")));
        }
        JsonObject coverage = node.object("coverage");
        return new BaselineDelta(
                node.text("file"),
                new BaselineSettings(
                        settings.integer("scoreTolerance"),
                        coverageTolerance == null ? 0 : coverageTolerance,
                        settings.bool("newProblemsOnly")),
                new ScoreChange(score.integerOrNull("was"), score.integerOrNull("now")),
                categories,
                ratio(coverage.object("line")),
                ratio(coverage.object("branch")),
                known,
                node.integer("newFindings"),
                node.integer("resolvedFindings"));
    }

    private static RatioChange ratio(JsonObject node) throws IOException {
        return new RatioChange(node.decimalOrNull("was"), node.decimalOrNull("now"));
    }
}
