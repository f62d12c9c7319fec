package io.github.readiness.maven.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The mojo's policy parameters as configured; null means "not set, keep the value below". Its own file so that
 * {@link PolicyConfiguration} holds only the conversion onto the engine's policy; the mojos, the settings shared with
 * the reactor step and the tests build it.
 */
public record PomPolicy(
        Integer minScore,
        String minLineCoverage,
        String minBranchCoverage,
        Map<String, String> ruleLevels,
        String cvssPreference,
        String blockingSeverity,
        Integer maxAuditAgeDays,
        List<String> secretAllowList,
        String requiredLevel,
        Map<String, String> ruleEfforts,
        String coverageScope,
        String failAt,
        String projectType) {
    static final PomPolicy NONE =
            new PomPolicy(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Without a project type. */
    public PomPolicy(
            Integer minScore,
            String minLineCoverage,
            String minBranchCoverage,
            Map<String, String> ruleLevels,
            String cvssPreference,
            String blockingSeverity,
            Integer maxAuditAgeDays,
            List<String> secretAllowList,
            String requiredLevel,
            Map<String, String> ruleEfforts,
            String coverageScope,
            String failAt) {
        this(
                minScore,
                minLineCoverage,
                minBranchCoverage,
                ruleLevels,
                cvssPreference,
                blockingSeverity,
                maxAuditAgeDays,
                secretAllowList,
                requiredLevel,
                ruleEfforts,
                coverageScope,
                failAt,
                null);
    }

    /** Without reactor settings. */
    public PomPolicy(
            Integer minScore,
            String minLineCoverage,
            String minBranchCoverage,
            Map<String, String> ruleLevels,
            String cvssPreference,
            String blockingSeverity,
            Integer maxAuditAgeDays,
            List<String> secretAllowList,
            String requiredLevel,
            Map<String, String> ruleEfforts) {
        this(
                minScore,
                minLineCoverage,
                minBranchCoverage,
                ruleLevels,
                cvssPreference,
                blockingSeverity,
                maxAuditAgeDays,
                secretAllowList,
                requiredLevel,
                ruleEfforts,
                null,
                null);
    }

    /** Without effort rates and reactor settings. */
    public PomPolicy(
            Integer minScore,
            String minLineCoverage,
            String minBranchCoverage,
            Map<String, String> ruleLevels,
            String cvssPreference,
            String blockingSeverity,
            Integer maxAuditAgeDays,
            List<String> secretAllowList,
            String requiredLevel) {
        this(
                minScore,
                minLineCoverage,
                minBranchCoverage,
                ruleLevels,
                cvssPreference,
                blockingSeverity,
                maxAuditAgeDays,
                secretAllowList,
                requiredLevel,
                null,
                null,
                null);
    }

    /** Without a required maturity level. */
    public PomPolicy(
            Integer minScore,
            String minLineCoverage,
            String minBranchCoverage,
            Map<String, String> ruleLevels,
            String cvssPreference,
            String blockingSeverity,
            Integer maxAuditAgeDays,
            List<String> secretAllowList) {
        this(
                minScore,
                minLineCoverage,
                minBranchCoverage,
                ruleLevels,
                cvssPreference,
                blockingSeverity,
                maxAuditAgeDays,
                secretAllowList,
                null,
                null);
    }
}
