package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.model.Category;

/**
 * The names of the policy's values as provenance records them and the policy goal prints them
 * ({@code coverage.line threshold}, {@code security blockingSeverity}): one place, so every layer (files, the POM)
 * records under the same name the listing looks up.
 */
public final class PolicyValue {
    public static final String MIN_SCORE = "minScore";
    public static final String REQUIRED_LEVEL = "requiredLevel";
    public static final String WAIVERS = "waivers";
    public static final String COVERAGE_SCOPE = "coverage scope";
    public static final String FAIL_AT = "reactor failAt";
    public static final String ON_SKIPPED_TESTS = "onSkippedTests";
    public static final String PROJECT_TYPE = "projectType";
    public static final String CHECKLIST = "checklist";
    public static final String ATTESTATIONS = "attestations";
    static final String WAIVER_PREFIX = "waiver ";

    private PolicyValue() {}

    /** {@code category test-coverage weight}. */
    public static String categoryWeight(Category category) {
        return "category " + category.id() + " weight";
    }

    /** {@code coverage.line threshold}, {@code coverage.line level}, {@code coverage.line weight}. */
    public static String rule(String ruleId, String field) {
        return ruleId + " " + field;
    }

    /** {@code security cvssPreference}, ... {@code security secretAllowList}. */
    public static String security(String field) {
        return "security " + field;
    }

    /** {@code waiver 1}: the first waiver of the list in force (1-based, in file order). */
    public static String waiver(int number) {
        return WAIVER_PREFIX + number;
    }

    /** {@code checklist item rollback-tested}: one item of the checklist, recorded where it was written. */
    public static String checklistItem(String id) {
        return "checklist item " + id;
    }

    /** {@code waiverSettings warnDays}, {@code waiverSettings maxDaysAhead}. */
    public static String waiverSetting(String field) {
        return "waiverSettings " + field;
    }
}
