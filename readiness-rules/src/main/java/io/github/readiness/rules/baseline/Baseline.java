package io.github.readiness.rules.baseline;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.rule.baseline.BaselineRatchetRule;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code readiness-baseline.json} records of one build, to be committed and compared with later builds: the
 * scores, the coverage, and the fingerprints of the findings that were not waived.
 *
 * @param project {@code groupId:artifactId}, for people reading the file (not compared)
 * @param score overall score, or null when nothing could be scored
 * @param categories each shown category's score (null for N/A), in the report's order
 * @param coverage line and branch coverage, each null when not measured
 * @param findings the unwaived findings, sorted by rule, key and fingerprint, one entry per fingerprint
 * @param benchmarks the JMH benchmarks of the build (see {@link BaselineBenchmarks}); empty without any
 */
public record Baseline(
        String project,
        Integer score,
        List<CategoryEntry> categories,
        CoverageRatios coverage,
        List<KnownFinding> findings,
        List<BenchmarkResult> benchmarks) {
    /** Order of the findings in the file: people look for a rule, then a key. */
    static final Comparator<KnownFinding> FILE_ORDER = Comparator.comparing(KnownFinding::rule)
            .thenComparing(KnownFinding::key)
            .thenComparing(KnownFinding::fingerprint);

    /**
     * @param score 0-100, or null when the category was N/A
     */
    public record CategoryEntry(Category category, Integer score) {
        public CategoryEntry {
            Objects.requireNonNull(category, "category");
        }
    }

    /**
     * @param fingerprint {@link Fingerprint} of the finding, what later builds are matched by
     * @param rule the rule id, for people
     * @param key the finding's key (without line numbers), for people
     */
    public record KnownFinding(String fingerprint, String rule, String key) {
        public KnownFinding {
            Objects.requireNonNull(fingerprint, "fingerprint");
            rule = rule == null ? "" : rule;
            key = key == null ? "" : key;
        }
    }

    public Baseline {
        categories = List.copyOf(categories);
        Objects.requireNonNull(coverage, "coverage");
        Map<String, KnownFinding> unique = new LinkedHashMap<>();
        findings.stream().sorted(FILE_ORDER).forEach(f -> unique.putIfAbsent(f.fingerprint(), f));
        findings = List.copyOf(unique.values());
        benchmarks = List.copyOf(benchmarks);
    }

    /** A baseline without benchmarks (as every baseline written before they were recorded). */
    public Baseline(
            String project,
            Integer score,
            List<CategoryEntry> categories,
            CoverageRatios coverage,
            List<KnownFinding> findings) {
        this(project, score, categories, coverage, findings, List.of());
    }

    /**
     * The baseline of a scored build. Waived findings are left out (a waiver expires: its findings must count again
     * then), and so are the findings of the ratchet itself (they describe a comparison, not the project).
     */
    public static Baseline of(Scorecard card, ProjectEvidence evidence) {
        List<CategoryEntry> categories = new ArrayList<>();
        for (CategoryScore category : card.categories()) {
            categories.add(new CategoryEntry(category.category(), category.score()));
        }
        List<KnownFinding> findings = new ArrayList<>();
        for (Finding finding : card.findings()) {
            if (!finding.waived() && !finding.rule().equals(BaselineRatchetRule.ID)) {
                findings.add(new KnownFinding(Fingerprint.of(finding), finding.rule(), Fingerprint.stableKey(finding)));
            }
        }
        return new Baseline(
                card.project().groupId() + ":" + card.project().artifactId(),
                card.score(),
                categories,
                CoverageRatios.of(evidence.coverage()),
                findings,
                BaselineBenchmarks.of(evidence));
    }

    /** The category's score in this baseline, or null when it was N/A or not shown. */
    public Integer score(Category category) {
        return categories.stream()
                .filter(c -> c.category() == category)
                .map(CategoryEntry::score)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    public Set<String> fingerprints() {
        return findings.stream().map(KnownFinding::fingerprint).collect(Collectors.toUnmodifiableSet());
    }
}
