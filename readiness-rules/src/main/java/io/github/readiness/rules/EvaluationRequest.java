package io.github.readiness.rules;

import io.github.readiness.rules.baseline.Baseline;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.file.MaturityPresets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything one evaluation needs, gathered by the front end (the only part that does I/O): what {@link
 * ReadinessEngine#evaluate(EvaluationRequest)} turns into a finished scorecard.
 *
 * @param buildDate the day waiver expiry is judged on (the plugin passes the Maven session's start, in UTC)
 * @param baseline the committed baseline to compare with, or null
 * @param baselineFile the baseline file as reports show it; set with the baseline
 * @param maturity the policies of the maturity levels, or null to assess no level
 */
public record EvaluationRequest(
        ProjectInfo project,
        ToolInfo tool,
        ProjectEvidence evidence,
        Policy policy,
        LocalDate buildDate,
        Baseline baseline,
        String baselineFile,
        MaturityPresets maturity) {
    public EvaluationRequest {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(buildDate, "buildDate");
        if (baseline != null) {
            Objects.requireNonNull(baselineFile, "baselineFile");
        }
    }

    /** A request without baseline and maturity levels. */
    public static EvaluationRequest of(
            ProjectInfo project, ToolInfo tool, ProjectEvidence evidence, Policy policy, LocalDate buildDate) {
        return new EvaluationRequest(project, tool, evidence, policy, buildDate, null, null, null);
    }

    /** This request, compared with a committed baseline ({@code file} as reports show it). */
    public EvaluationRequest withBaseline(Baseline committed, String file) {
        return new EvaluationRequest(project, tool, evidence, policy, buildDate, committed, file, maturity);
    }

    /** This request, assessing the maturity level against these presets. */
    public EvaluationRequest withMaturity(MaturityPresets presets) {
        return new EvaluationRequest(project, tool, evidence, policy, buildDate, baseline, baselineFile, presets);
    }

    /** The same evidence under another policy, without baseline and maturity: one level of the assessment. */
    EvaluationRequest underPolicy(Policy other) {
        return of(project, tool, evidence, other, buildDate);
    }
}
