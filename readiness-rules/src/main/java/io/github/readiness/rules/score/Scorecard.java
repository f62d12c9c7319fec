package io.github.readiness.rules.score;

import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.maturity.MaturityAssessment;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.WaiverState;
import io.github.readiness.rules.policy.WaiverStatus;
import java.util.List;

/**
 * The one result every renderer formats: computed once, never recomputed by a renderer.
 *
 * @param score overall score 0-100, or null when no category could be scored
 * @param verdictReasons why the verdict is not READY (empty when READY), for people
 * @param findings sorted: blockers first, then by severity, rule and key
 * @param rules the rules that were evaluated (level not OFF), in registration order
 * @param waivers every waiver of the policy with its state on the build date, in configuration order
 * @param baseline the comparison with the committed baseline, or null when there is none
 * @param maturity the maturity level reached and what the next one needs, or null when not assessed
 * @param measurements the numbers measured (coverage counters, test totals), shown whether or not a rule fired
 * @param rulesOff the ids of the rules the policy turned OFF, in registration order: shown in every report
 */
public record Scorecard(
        ToolInfo tool,
        ProjectInfo project,
        Integer score,
        Verdict verdict,
        int minScore,
        List<String> verdictReasons,
        List<CategoryScore> categories,
        List<Finding> findings,
        List<EvidenceRecord> evidence,
        List<RuleMetadata> rules,
        List<WaiverStatus> waivers,
        BaselineDelta baseline,
        MaturityAssessment maturity,
        Measurements measurements,
        List<String> rulesOff) {

    /** A scorecard without measurements and with every rule evaluated. */
    public Scorecard(
            ToolInfo tool,
            ProjectInfo project,
            Integer score,
            Verdict verdict,
            int minScore,
            List<String> verdictReasons,
            List<CategoryScore> categories,
            List<Finding> findings,
            List<EvidenceRecord> evidence,
            List<RuleMetadata> rules,
            List<WaiverStatus> waivers,
            BaselineDelta baseline,
            MaturityAssessment maturity) {
        this(tool, project, score, verdict, minScore, verdictReasons, categories, findings, evidence, rules, waivers,
                baseline, maturity, Measurements.NONE, List.of());
    }

    /** A scorecard not (yet) compared with a baseline. */
    public Scorecard(
            ToolInfo tool,
            ProjectInfo project,
            Integer score,
            Verdict verdict,
            int minScore,
            List<String> verdictReasons,
            List<CategoryScore> categories,
            List<Finding> findings,
            List<EvidenceRecord> evidence,
            List<RuleMetadata> rules,
            List<WaiverStatus> waivers) {
        this(tool, project, score, verdict, minScore, verdictReasons, categories, findings, evidence, rules, waivers,
                null, null);
    }

    /** This scorecard with its maturity assessment. */
    public Scorecard withMaturity(MaturityAssessment assessment) {
        return new Scorecard(tool, project, score, verdict, minScore, verdictReasons, categories, findings, evidence,
                rules, waivers, baseline, assessment, measurements, rulesOff);
    }

    /** This scorecard with what was measured and which rules the policy turned off. */
    public Scorecard withMeasurements(Measurements measured, List<String> off) {
        return new Scorecard(tool, project, score, verdict, minScore, verdictReasons, categories, findings, evidence,
                rules, waivers, baseline, maturity, measured, off);
    }

    public Scorecard {
        verdictReasons = List.copyOf(verdictReasons);
        categories = List.copyOf(categories);
        findings = List.copyOf(findings);
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
        waivers = List.copyOf(waivers);
        measurements = measurements == null ? Measurements.NONE : measurements;
        rulesOff = List.copyOf(rulesOff);
    }

    /** A scorecard of a policy without waivers. */
    public Scorecard(
            ToolInfo tool,
            ProjectInfo project,
            Integer score,
            Verdict verdict,
            int minScore,
            List<String> verdictReasons,
            List<CategoryScore> categories,
            List<Finding> findings,
            List<EvidenceRecord> evidence,
            List<RuleMetadata> rules) {
        this(tool, project, score, verdict, minScore, verdictReasons, categories, findings, evidence, rules,
                List.of());
    }

    public List<Finding> blockers() {
        return findings.stream().filter(Finding::blocks).toList();
    }

    public List<Finding> nonBlocking() {
        return findings.stream().filter(f -> !f.blocks() && !f.waived()).toList();
    }

    /** The findings an active waiver accepts: shown with their waiver, counted nowhere. */
    public List<Finding> waived() {
        return findings.stream().filter(Finding::waived).toList();
    }

    /** The waivers that need attention (expiring, expired, stale, too far ahead), for the build log's warnings. */
    public List<WaiverStatus> waiverWarnings() {
        return waivers.stream().filter(w -> w.state() != WaiverState.ACTIVE).toList();
    }

    /** The remediation roadmap: unwaived findings in phases (blockers, CRITICAL/HIGH, MEDIUM/LOW) with efforts. */
    public Roadmap roadmap() {
        return Roadmap.of(findings);
    }

    /** Effort of every unwaived finding, in minutes. */
    public int totalEffortMinutes() {
        return findings.stream().filter(f -> !f.waived()).mapToInt(Finding::effortMinutes).sum();
    }
}
