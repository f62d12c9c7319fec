package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.checklist.Attestation;
import io.github.readiness.rules.checklist.Checklist;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Percent;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleSettings;
import io.github.readiness.rules.policy.SecurityPolicy;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.Waivers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The effective policy as text, one line per value with its origin
 * ({@code coverage.line threshold 85 % (readiness.yaml line 9)}, {@code coverage.line effort 5 min per line still to
 * cover to reach the threshold (built-in default)}), in a fixed order: minScore, categories, rules in
 * the engine's order, security, waivers, waiver settings, the checklist's items and attestations, performance. Every
 * value is listed, set or not.
 */
public final class PolicyListing {
    private PolicyListing() {}

    /** {@code Policy: preset silver, readiness.yaml}; {@code Policy: built-in default} when no source was applied. */
    public static String sourcesLine(TracedPolicy traced) {
        return "Policy: " + (traced.sources().isEmpty() ? TracedPolicy.BUILT_IN : String.join(", ", traced.sources()));
    }

    /** The listing as text: {@code coverage.line threshold 85 % (readiness.yaml line 9)}. */
    public static List<String> lines(TracedPolicy traced) {
        return values(traced).stream().map(Value::toString).toList();
    }

    /** Every value of the policy, in the listing's order. */
    public static List<Value> values(TracedPolicy traced) {
        Policy policy = traced.policy();
        Lines lines = new Lines(traced);
        lines.add(PolicyValue.MIN_SCORE, policy.minScore());
        for (Category category : Category.values()) {
            lines.add(PolicyValue.categoryWeight(category), policy.weight(category));
        }
        for (Map.Entry<String, RuleSettings> rule : policy.rules().entrySet()) {
            RuleSettings settings = rule.getValue();
            if (settings.threshold() != null) {
                lines.add(PolicyValue.rule(rule.getKey(), "threshold"), Percent.threshold(settings.threshold()));
            }
            lines.add(PolicyValue.rule(rule.getKey(), "level"), settings.level());
            lines.add(PolicyValue.rule(rule.getKey(), "weight"), settings.weight());
            if (settings.effort() != null) {
                lines.add(
                        PolicyValue.rule(rule.getKey(), "effort"),
                        settings.effort().text());
            }
        }
        SecurityPolicy security = policy.security();
        lines.add(PolicyValue.security("cvssPreference"), security.cvssPreference());
        lines.add(PolicyValue.security("blockingSeverity"), security.blockingSeverity());
        lines.add(PolicyValue.security("maxAuditAgeDays"), orNone(security.maxAuditAgeDays()));
        List<String> allowed = policy.secretAllowList().entries();
        lines.add(PolicyValue.security("secretAllowList"), allowed.isEmpty() ? "none" : quoted(allowed));
        Waivers waivers = policy.waivers();
        if (waivers.entries().isEmpty()) {
            lines.add(PolicyValue.WAIVERS, "none");
        }
        for (int i = 0; i < waivers.entries().size(); i++) {
            lines.add(PolicyValue.waiver(i + 1), waiver(waivers.entries().get(i)));
        }
        lines.add(PolicyValue.waiverSetting("warnDays"), waivers.warnDays());
        lines.add(PolicyValue.waiverSetting("maxDaysAhead"), orNone(waivers.maxDaysAhead()));
        lines.add(
                PolicyValue.REQUIRED_LEVEL,
                policy.requiredLevel() == null ? "none" : policy.requiredLevel().id());
        lines.add(PolicyValue.COVERAGE_SCOPE, policy.reactor().coverageScope().id());
        lines.add(PolicyValue.FAIL_AT, policy.reactor().failAt().id());
        lines.add(PolicyValue.ON_SKIPPED_TESTS, policy.onSkippedTests().id());
        lines.add(PolicyValue.PROJECT_TYPE, policy.projectType().id());
        checklist(policy.checklist(), lines);
        PerformanceSection.list(policy.performance()).forEach(lines::add);
        return lines.lines;
    }

    /**
     * Each checklist item where it was written (a preset, a policy file's line), then each attestation at its own line
     * (readiness.yaml or readiness-attestations.yaml).
     */
    private static void checklist(Checklist checklist, Lines lines) {
        if (checklist.items().isEmpty()) {
            lines.add(PolicyValue.CHECKLIST, "none");
        }
        for (ChecklistItem item : checklist.items()) {
            lines.add(PolicyValue.checklistItem(item.id()), item(item));
        }
        if (checklist.attestations().isEmpty()) {
            lines.add(PolicyValue.ATTESTATIONS, "none");
        }
        for (Attestation attestation : checklist.attestations()) {
            String shown =
                    "by '" + attestation.by() + "' on " + attestation.date() + " evidence " + attestation.evidence();
            String name = "attestation " + attestation.item();
            if (attestation.origin() == null) {
                lines.add(name, shown);
            } else {
                lines.lines.add(new Value(name, shown, attestation.origin()));
            }
        }
    }

    private static String item(ChecklistItem item) {
        return "'" + item.title() + "'"
                + (item.measured() ? " measured by " + item.rule() : "")
                + (item.category() == null ? "" : " " + item.category().id())
                + (item.required() ? " required" : " optional")
                + (item.validFor() == null ? "" : " validFor " + item.validForText());
    }

    private static String waiver(Waiver waiver) {
        return waiver.rule() + (waiver.match() == null ? "" : " match '" + waiver.match() + "'") + " owner '"
                + waiver.owner() + "' expires " + waiver.expires() + " reason '" + waiver.reason() + "'";
    }

    private static Object orNone(Integer value) {
        return value == null ? "none" : value;
    }

    private static String quoted(List<String> entries) {
        return "'" + String.join("', '", entries) + "'";
    }

    /**
     * One value of the listing.
     *
     * @param name as {@link PolicyValue} names it ({@code coverage.line threshold})
     * @param shown the value as printed ({@code 85 %}, {@code none})
     * @param origin where it came from ({@code readiness.yaml line 9}, {@code built-in default})
     */
    public record Value(String name, String shown, String origin) {
        @Override
        public String toString() {
            return name + " " + shown + " (" + origin + ")";
        }
    }

    /** Collects the values with their origins. */
    private static final class Lines {
        private final TracedPolicy traced;
        private final List<Value> lines = new ArrayList<>();

        Lines(TracedPolicy traced) {
            this.traced = traced;
        }

        void add(String value, Object shown) {
            lines.add(new Value(value, String.valueOf(shown), traced.origin(value)));
        }
    }
}
