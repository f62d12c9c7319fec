package io.github.readiness.rules.score;

import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.MaturityAssessment;
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
 * @param checklist the pre-deployment checklist as judged (empty without one; in a reactor, on the reactor only)
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
        List<String> rulesOff,
        ChecklistJudgement checklist) {

    public Scorecard {
        checklist = checklist == null ? ChecklistJudgement.NONE : checklist;
        verdictReasons = List.copyOf(verdictReasons);
        categories = List.copyOf(categories);
        findings = List.copyOf(findings);
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
        waivers = List.copyOf(waivers);
        measurements = measurements == null ? Measurements.NONE : measurements;
        rulesOff = List.copyOf(rulesOff);
    }

    /** Starts a scorecard: every list empty, no baseline, no maturity, no measurements until set. */
    public static Builder builder(ToolInfo tool, ProjectInfo project) {
        return new Builder(tool, project);
    }

    /** A builder holding this scorecard's components: for readers and tests that vary one of them. */
    public Builder toBuilder() {
        return builder(tool, project)
                .score(score, minScore)
                .verdict(verdict, verdictReasons)
                .categories(categories)
                .findings(findings)
                .evidence(evidence)
                .rules(rules)
                .waivers(waivers)
                .baseline(baseline)
                .maturity(maturity)
                .measurements(measurements)
                .rulesOff(rulesOff)
                .checklist(checklist);
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
        return findings.stream()
                .filter(f -> !f.waived())
                .mapToInt(Finding::effortMinutes)
                .sum();
    }

    /** Names each of the 16 components once, so the scorecard is built in one place, in one go. */
    public static final class Builder {
        private final ToolInfo tool;
        private final ProjectInfo project;
        private Integer score;
        private Verdict verdict;
        private int minScore;
        private List<String> verdictReasons = List.of();
        private List<CategoryScore> categories = List.of();
        private List<Finding> findings = List.of();
        private List<EvidenceRecord> evidence = List.of();
        private List<RuleMetadata> rules = List.of();
        private List<WaiverStatus> waivers = List.of();
        private BaselineDelta baseline;
        private MaturityAssessment maturity;
        private Measurements measurements = Measurements.NONE;
        private List<String> rulesOff = List.of();
        private ChecklistJudgement checklist = ChecklistJudgement.NONE;

        private Builder(ToolInfo tool, ProjectInfo project) {
            this.tool = tool;
            this.project = project;
        }

        public Builder score(Integer value, int min) {
            this.score = value;
            this.minScore = min;
            return this;
        }

        public Builder verdict(Verdict value, List<String> reasons) {
            this.verdict = value;
            this.verdictReasons = reasons;
            return this;
        }

        public Builder categories(List<CategoryScore> value) {
            this.categories = value;
            return this;
        }

        public Builder findings(List<Finding> value) {
            this.findings = value;
            return this;
        }

        public Builder evidence(List<EvidenceRecord> value) {
            this.evidence = value;
            return this;
        }

        public Builder rules(List<RuleMetadata> value) {
            this.rules = value;
            return this;
        }

        public Builder waivers(List<WaiverStatus> value) {
            this.waivers = value;
            return this;
        }

        public Builder baseline(BaselineDelta value) {
            this.baseline = value;
            return this;
        }

        public Builder maturity(MaturityAssessment value) {
            this.maturity = value;
            return this;
        }

        public Builder measurements(Measurements value) {
            this.measurements = value;
            return this;
        }

        public Builder rulesOff(List<String> value) {
            this.rulesOff = value;
            return this;
        }

        public Builder checklist(ChecklistJudgement value) {
            this.checklist = value;
            return this;
        }

        public Scorecard build() {
            return new Scorecard(
                    tool,
                    project,
                    score,
                    verdict,
                    minScore,
                    verdictReasons,
                    categories,
                    findings,
                    evidence,
                    rules,
                    waivers,
                    baseline,
                    maturity,
                    measurements,
                    rulesOff,
                    checklist);
        }
    }
}
