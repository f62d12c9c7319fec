package io.github.readiness.rules.score;

import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import java.util.List;

/**
 * The one result every renderer formats: computed once, never recomputed by a renderer.
 *
 * @param score overall score 0-100, or null when no category could be scored
 * @param verdictReasons why the verdict is not READY (empty when READY), for people
 * @param findings sorted: blockers first, then by severity, rule and key
 * @param rules the rules that were evaluated (level not OFF), in registration order
 * @param baseline the comparison with the committed baseline, or null when there is none
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
        BaselineDelta baseline) {

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
            List<RuleMetadata> rules) {
        this(tool, project, score, verdict, minScore, verdictReasons, categories, findings, evidence, rules, null);
    }

    public Scorecard {
        verdictReasons = List.copyOf(verdictReasons);
        categories = List.copyOf(categories);
        findings = List.copyOf(findings);
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
    }

    public List<Finding> blockers() {
        return findings.stream().filter(Finding::blocks).toList();
    }

    public List<Finding> nonBlocking() {
        return findings.stream().filter(f -> !f.blocks() && !f.waived()).toList();
    }

    /** Effort of every unwaived finding, in minutes. */
    public int totalEffortMinutes() {
        return findings.stream().filter(f -> !f.waived()).mapToInt(Finding::effortMinutes).sum();
    }
}
