package io.github.readiness.rules.policy.file;

import java.util.List;

/**
 * Every key a policy file may hold, one list per level: the one place to extend the schema (a new key goes here and
 * into the section that applies it; a test fails when a listed key has no handler).
 */
final class PolicyKeys {
    static final String EXTENDS = "extends";
    static final String MIN_SCORE = "minScore";
    static final String REQUIRED_LEVEL = "requiredLevel";
    static final String CATEGORIES = "categories";
    static final String RULES = "rules";
    static final String SECURITY = "security";
    static final String WAIVERS = "waivers";
    static final String WAIVER_SETTINGS = "waiverSettings";
    static final String COVERAGE = "coverage";
    static final String REACTOR = "reactor";
    static final String ON_SKIPPED_TESTS = "onSkippedTests";
    static final String PROJECT_TYPE = "projectType";
    static final String CHECKLIST = "checklist";
    static final String CHECKLIST_REMOVE = "checklistRemove";
    static final String ATTESTATIONS = "attestations";
    static final String PERFORMANCE = "performance";

    /** The top level. */
    static final List<String> TOP = List.of(
            EXTENDS,
            MIN_SCORE,
            CATEGORIES,
            RULES,
            SECURITY,
            WAIVERS,
            WAIVER_SETTINGS,
            REQUIRED_LEVEL,
            COVERAGE,
            REACTOR,
            ON_SKIPPED_TESTS,
            PROJECT_TYPE,
            CHECKLIST,
            CHECKLIST_REMOVE,
            ATTESTATIONS,
            PERFORMANCE);

    /** The top level of readiness-attestations.yaml: attestations only (the rest of the policy is elsewhere). */
    static final List<String> ATTESTATIONS_FILE = List.of(ATTESTATIONS);

    /** One item of {@code checklist}. */
    static final List<String> CHECKLIST_ITEM = List.of("id", "title", "category", "required", "validFor", "rule");

    /** One item of {@code attestations}. */
    static final List<String> ATTESTATION = List.of("item", "by", "date", "evidence");

    /** Under {@code categories.<category id>}. */
    static final List<String> CATEGORY = List.of("weight");

    /** Under {@code rules.<rule id>}. */
    static final List<String> RULE = List.of("threshold", "level", "weight", "effort");

    /** Under {@code security}. */
    static final List<String> SECURITY_KEYS =
            List.of("cvssPreference", "blockingSeverity", "maxAuditAgeDays", "secretAllowList");

    /** Under {@code coverage} (multi-module builds). */
    static final List<String> COVERAGE_KEYS = List.of("scope");

    /** Under {@code reactor} (multi-module builds). */
    static final List<String> REACTOR_KEYS = List.of("failAt");

    /** One item of {@code waivers} (the shape of DESIGN.md). */
    static final List<String> WAIVER = List.of("rule", "match", "reason", "owner", "expires");

    /** Under {@code waiverSettings}. */
    static final List<String> WAIVER_SETTINGS_KEYS = List.of("warnDays", "maxDaysAhead");

    private PolicyKeys() {}
}
