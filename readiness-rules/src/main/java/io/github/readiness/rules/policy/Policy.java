package io.github.readiness.rules.policy;

import io.github.readiness.rules.checklist.Checklist;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.evidence.security.CvssPreference;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.MaturityLevel;
import io.github.readiness.rules.model.ProjectType;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The readiness bar: minimum score, category weights and per-rule settings. Immutable; the {@code with*} methods
 * return a validated copy, so every front end converts its own configuration once, through the same checks.
 */
public final class Policy {
    /** The built-in minimum score. */
    public static final int DEFAULT_MIN_SCORE = 80;

    private final int minScore;
    private final Map<Category, Integer> categoryWeights;
    private final Map<String, RuleSettings> rules;
    private final SecurityPolicy security;
    private final SecretAllowList secretAllowList;
    private final Waivers waivers;
    private final BaselineSettings baselineSettings;
    private final MaturityLevel requiredLevel;
    private final ReactorSettings reactor;
    private final OnSkippedTests onSkippedTests;
    private final ProjectType projectType;
    private final Checklist checklist;
    private final PerformancePolicy performance;

    private Policy(Draft draft) {
        this.minScore = draft.minScore;
        this.categoryWeights = Map.copyOf(draft.categoryWeights);
        this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(draft.rules));
        this.security = draft.security;
        this.secretAllowList = draft.secretAllowList;
        this.waivers = draft.waivers;
        this.baselineSettings = draft.baselineSettings;
        this.requiredLevel = draft.requiredLevel;
        this.reactor = draft.reactor;
        this.onSkippedTests = draft.onSkippedTests;
        this.projectType = draft.projectType;
        this.checklist = draft.checklist;
        this.performance = draft.performance;
    }

    /**
     * The mutable copy every {@code with*} method edits: a new setting is one field here, one in the class and one line
     * in each constructor, instead of one more argument in every copy.
     */
    private static final class Draft {
        int minScore = DEFAULT_MIN_SCORE;
        Map<Category, Integer> categoryWeights;
        Map<String, RuleSettings> rules;
        SecurityPolicy security = SecurityPolicy.DEFAULT;
        SecretAllowList secretAllowList = SecretAllowList.EMPTY;
        Waivers waivers = Waivers.NONE;
        BaselineSettings baselineSettings = BaselineSettings.DEFAULT;
        MaturityLevel requiredLevel;
        ReactorSettings reactor = ReactorSettings.DEFAULT;
        OnSkippedTests onSkippedTests = OnSkippedTests.AUTO;
        ProjectType projectType = ProjectType.AUTO;
        Checklist checklist = Checklist.NONE;
        PerformancePolicy performance = PerformancePolicy.DEFAULT;

        Draft() {}

        Draft(Policy policy) {
            minScore = policy.minScore;
            categoryWeights = policy.categoryWeights;
            rules = policy.rules;
            security = policy.security;
            secretAllowList = policy.secretAllowList;
            waivers = policy.waivers;
            baselineSettings = policy.baselineSettings;
            requiredLevel = policy.requiredLevel;
            reactor = policy.reactor;
            onSkippedTests = policy.onSkippedTests;
            projectType = policy.projectType;
            checklist = policy.checklist;
            performance = policy.performance;
        }
    }

    /** A validated copy with one change applied to a draft of this policy. */
    private Policy copy(java.util.function.Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return new Policy(draft);
    }

    /** The built-in default policy for the given rules: every rule at its default level and threshold. */
    public static Policy defaults(Collection<RuleMetadata> ruleMetadata) {
        Map<Category, Integer> weights = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            weights.put(category, category.defaultWeight());
        }
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        for (RuleMetadata rule : ruleMetadata) {
            rules.put(
                    rule.id(),
                    new RuleSettings(
                            rule.defaultLevel(), rule.defaultThreshold(), 1, EffortRate.builtIn(rule.effort())));
        }
        Draft draft = new Draft();
        draft.categoryWeights = weights;
        draft.rules = rules;
        return new Policy(draft);
    }

    public int minScore() {
        return minScore;
    }

    public int weight(Category category) {
        return categoryWeights.get(category);
    }

    public RuleSettings rule(String ruleId) {
        RuleSettings settings = rules.get(ruleId);
        if (settings == null) {
            throw unknownRule(ruleId, "rule");
        }
        return settings;
    }

    public Map<String, RuleSettings> rules() {
        return rules;
    }

    public SecurityPolicy security() {
        return security;
    }

    /** Load-test budgets and the benchmark regression tolerance; none and 10 % by default. */
    public PerformancePolicy performance() {
        return performance;
    }

    public Policy withPerformance(PerformancePolicy newPerformance) {
        return copy(draft -> draft.performance = Objects.requireNonNull(newPerformance, "performance"));
    }

    public Policy withSecurity(SecurityPolicy newSecurity) {
        return copy(draft -> draft.security = Objects.requireNonNull(newSecurity, "security"));
    }

    /** Reviewed hardcoded secrets that do not gate; empty by default. */
    public SecretAllowList secretAllowList() {
        return secretAllowList;
    }

    /** Replaces the secret allow-list; each entry is validated ({@link SecretAllowList#of}). */
    public Policy withSecretAllowList(List<String> entries) {
        return copy(draft ->
                draft.secretAllowList = SecretAllowList.of(Objects.requireNonNull(entries, "secretAllowList")));
    }

    /** The maturity level the project must reach (the gate fails below it), or null when none is required. */
    public MaturityLevel requiredLevel() {
        return requiredLevel;
    }

    /** The required maturity level from text: bronze, silver or gold (any case); stone requires nothing. */
    public Policy withRequiredLevel(String text) {
        MaturityLevel level = parse(MaturityLevel.class, text, "requiredLevel");
        return copy(draft -> draft.requiredLevel = level == MaturityLevel.STONE ? null : level);
    }

    /** How a multi-module build is judged as a whole: coverage scope and when the build fails. */
    public ReactorSettings reactor() {
        return reactor;
    }

    /** Where coverage thresholds apply, from text: module, aggregate or both (any case). */
    public Policy withCoverageScope(String text) {
        return withReactor(new ReactorSettings(parse(CoverageScope.class, text, "coverage.scope"), reactor.failAt()));
    }

    /** When a NOT_READY module fails the build, from text: end or module (any case). */
    public Policy withFailAt(String text) {
        return withReactor(new ReactorSettings(reactor.coverageScope(), parse(FailAt.class, text, "reactor.failAt")));
    }

    private Policy withReactor(ReactorSettings settings) {
        return copy(draft -> draft.reactor = settings);
    }

    /** Whether a build that skipped its tests fails; {@link OnSkippedTests#AUTO} by default. */
    public OnSkippedTests onSkippedTests() {
        return onSkippedTests;
    }

    /** Whether a build that skipped its tests fails, from text: FAIL, WARN or AUTO (any case). */
    public Policy withOnSkippedTests(String text) {
        return copy(draft -> draft.onSkippedTests = parse(OnSkippedTests.class, text, "onSkippedTests"));
    }

    /** Whether the service rules apply: detected ({@link ProjectType#AUTO}, the default) or set by the policy. */
    public ProjectType projectType() {
        return projectType;
    }

    /** Sets the project type from its id ({@code auto}, {@code service}, {@code library}), any case. */
    public Policy withProjectType(String text) {
        return copy(draft -> draft.projectType = parse(ProjectType.class, text, "projectType"));
    }

    /** The pre-deployment checklist and its attestations; none by default (the silver and gold presets have one). */
    public Checklist checklist() {
        return checklist;
    }

    /** Replaces the checklist; a measured item must name a known rule (an unknown id names the nearest). */
    public Policy withChecklist(Checklist newChecklist) {
        Objects.requireNonNull(newChecklist, "checklist");
        for (ChecklistItem item : newChecklist.items()) {
            if (item.rule() != null && !rules.containsKey(item.rule())) {
                throw unknownRule(item.rule(), "rule of checklist item " + item.id() + ":");
            }
        }
        return copy(draft -> draft.checklist = newChecklist);
    }

    /** The waivers in force; none by default. */
    public Waivers waivers() {
        return waivers;
    }

    /**
     * Replaces the waivers (each names a known rule: an unknown rule id is an error with the nearest one). The
     * findings about waivers ({@value WaiverApplication#RULE_ID}) cannot be waived: they come after the waivers.
     */
    public Policy withWaivers(Waivers newWaivers) {
        Objects.requireNonNull(newWaivers, "waivers");
        for (Waiver waiver : newWaivers.entries()) {
            rule(waiver.rule());
            if (waiver.rule().equals(WaiverApplication.RULE_ID)) {
                throw new PolicyException("a waiver cannot waive " + WaiverApplication.RULE_ID
                        + " (the findings about waivers): set that rule's level to OFF to silence them");
            }
        }
        return copy(draft -> draft.waivers = newWaivers);
    }

    /** How the gate compares with the committed baseline; {@link BaselineSettings#DEFAULT} by default. */
    public BaselineSettings baselineSettings() {
        return baselineSettings;
    }

    /** Replaces the baseline settings (validated when they were built). */
    public Policy withBaselineSettings(BaselineSettings newSettings) {
        return copy(draft -> draft.baselineSettings = Objects.requireNonNull(newSettings, "baselineSettings"));
    }

    /** Sets a rule's weight inside its category score (0 leaves its score out). */
    public Policy withRuleWeight(String ruleId, int weight) {
        RuleSettings current = rule(ruleId);
        if (weight < 0) {
            throw new PolicyException("weight of rule " + ruleId + " is " + weight + ": use 0 or more");
        }
        return withRule(ruleId, current.withWeight(weight));
    }

    /**
     * Sets a rule's effort estimate: minutes per unit of its first documented rate ({@code 5} for coverage.line's
     * "5 min per line still to cover"); the rule's other rates and every finding's effort scale with it.
     */
    public Policy withEffort(String ruleId, int minutesPerUnit) {
        RuleSettings current = rule(ruleId);
        if (current.effort() == null) {
            throw new PolicyException("rule " + ruleId + " has no effort estimate to set; rules with estimates: "
                    + String.join(", ", rulesWithEfforts()));
        }
        if (minutesPerUnit < 0) {
            throw new PolicyException("effort of rule " + ruleId + " is " + minutesPerUnit + ": use minutes "
                    + current.effort().model().unit() + ", 0 or more");
        }
        return withRule(
                ruleId, current.withEffort(new EffortRate(current.effort().model(), minutesPerUnit)));
    }

    /** Which CVSS score ranks vulnerabilities, from text: HIGHEST, V4, V3 or V2 (any case). */
    public Policy withCvssPreference(String text) {
        CvssPreference preference = parse(CvssPreference.class, text, "cvssPreference");
        return withSecurity(new SecurityPolicy(preference, security.blockingSeverity(), security.maxAuditAgeDays()));
    }

    /** The lowest severity of a vulnerability or security result that blocks, from text: CRITICAL, HIGH, ... */
    public Policy withBlockingSeverity(String text) {
        Severity severity = parse(Severity.class, text, "blockingSeverity");
        return withSecurity(new SecurityPolicy(security.cvssPreference(), severity, security.maxAuditAgeDays()));
    }

    public Policy withMaxAuditAgeDays(int days) {
        return withSecurity(new SecurityPolicy(security.cvssPreference(), security.blockingSeverity(), days));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        try {
            return Enum.valueOf(type, Objects.requireNonNull(text, what).strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .toList();
            String nearest = text == null ? null : Nearest.of(text.strip().toUpperCase(java.util.Locale.ROOT), names);
            throw new PolicyException(
                    what + " is '" + text + "'" + (nearest == null ? ": use" : "; did you mean '" + nearest + "'? Use")
                            + " one of " + String.join(", ", names));
        }
    }

    public Policy withMinScore(int newMinScore) {
        if (newMinScore < 0 || newMinScore > 100) {
            throw new PolicyException("minScore is " + newMinScore + ": use a score between 0 and 100");
        }
        return copy(draft -> draft.minScore = newMinScore);
    }

    /** Sets a rule's threshold from text such as {@code 0.8} or {@code 80%}. */
    public Policy withThreshold(String ruleId, String text) {
        RuleSettings current = rule(ruleId);
        if (current.threshold() == null) {
            throw new PolicyException("rule " + ruleId + " has no threshold to set; rules with thresholds: "
                    + String.join(", ", rulesWithThresholds()));
        }
        return withRule(ruleId, current.withThreshold(Ratio.parse(text, ruleId)));
    }

    /** Sets a rule's level from text: ERROR, WARN or OFF (any case). */
    public Policy withLevel(String ruleId, String text) {
        RuleSettings current = rule(ruleId);
        RuleLevel level;
        try {
            level = RuleLevel.valueOf(
                    Objects.requireNonNull(text, "level").strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PolicyException("level of rule " + ruleId + " is '" + text + "': use ERROR, WARN or OFF");
        }
        return withRule(ruleId, current.withLevel(level));
    }

    public Policy withCategoryWeight(Category category, int weight) {
        if (weight < 0) {
            throw new PolicyException("weight of category " + category.id() + " is " + weight + ": use 0 or more");
        }
        Map<Category, Integer> weights = new EnumMap<>(categoryWeights);
        weights.put(category, weight);
        return copy(draft -> draft.categoryWeights = weights);
    }

    private Policy withRule(String ruleId, RuleSettings settings) {
        Map<String, RuleSettings> changed = new LinkedHashMap<>(rules);
        changed.put(ruleId, settings);
        return copy(draft -> draft.rules = changed);
    }

    private List<String> rulesWithThresholds() {
        return rules.entrySet().stream()
                .filter(e -> e.getValue().threshold() != null)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Sets a rule's effort estimate from text (a POM value): a whole number of minutes per unit, 0 or more. */
    public Policy withEffort(String ruleId, String text) {
        rule(ruleId);
        String value = text == null ? "" : text.strip();
        if (!value.matches("[+-]?\\d{1,9}")) {
            throw new PolicyException(
                    "effort of rule " + ruleId + " is '" + text + "': use a whole number of minutes" + ", 0 or more");
        }
        return withEffort(ruleId, Integer.parseInt(value));
    }

    private List<String> rulesWithEfforts() {
        return rules.entrySet().stream()
                .filter(e -> e.getValue().effort() != null)
                .map(Map.Entry::getKey)
                .toList();
    }

    private PolicyException unknownRule(String ruleId, String what) {
        String nearest = Nearest.of(ruleId, rules.keySet());
        return new PolicyException("unknown " + what + " '" + ruleId + "'"
                + (nearest == null ? "" : "; did you mean '" + nearest + "'?")
                + " Known rules: " + String.join(", ", rules.keySet()));
    }
}
