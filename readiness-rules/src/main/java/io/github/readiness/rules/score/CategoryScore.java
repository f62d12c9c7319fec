package io.github.readiness.rules.score;

import io.github.readiness.rules.model.Category;

/**
 * One row of the category table.
 *
 * @param score 0-100, or null (N/A) when no rule of the category could measure anything
 * @param findings the category's unwaived findings
 * @param effortMinutes summed effort of the category's unwaived findings
 * @param waived the category's waived findings (shown apart, counted nowhere else)
 */
public record CategoryScore(
        Category category, int weight, Integer score, int findings, int blockers, int effortMinutes, int waived) {
    public boolean applicable() {
        return score != null;
    }
}
