package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.file.PolicyNode.Entry;
import io.github.readiness.rules.policy.file.PolicyNode.ListNode;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Applies one policy file's keys (all but {@code extends}, which {@link PolicyLoader} follows first) onto a policy:
 * later wins, value by value, each recorded with its file and line. Lists ({@code secretAllowList},
 * {@code waivers}) replace the list below them as a whole.
 */
final class PolicyFileApplier {
    private static final List<String> CATEGORY_IDS =
            Arrays.stream(Category.values()).map(Category::id).toList();

    private final FileValues values;
    private TracedPolicy traced;

    private PolicyFileApplier(FileValues values, TracedPolicy base) {
        this.values = values;
        this.traced = base;
    }

    static TracedPolicy apply(PolicySource source, MapNode root, TracedPolicy base) {
        return apply(source, root, base, PolicyKeys.TOP);
    }

    /** @param keys the keys this kind of file may hold at its top level */
    static TracedPolicy apply(PolicySource source, MapNode root, TracedPolicy base, List<String> keys) {
        FileValues values = new FileValues(source);
        values.checkKeys(root, keys, "");
        PolicyFileApplier applier = new PolicyFileApplier(values, base);
        for (Entry entry : root.entries()) {
            applier.section(entry);
        }
        return applier.traced;
    }

    private void section(Entry entry) {
        PolicyNode value = entry.value();
        switch (entry.key()) {
            case PolicyKeys.EXTENDS -> {
                // followed by PolicyLoader before this file's own keys
            }
            case PolicyKeys.MIN_SCORE -> {
                int minScore = values.wholeNumber(value, PolicyKeys.MIN_SCORE, " between 0 and 100");
                set(PolicyValue.MIN_SCORE, entry.line(), () -> policy().withMinScore(minScore));
            }
            case PolicyKeys.REQUIRED_LEVEL -> {
                String level = values.text(value, PolicyKeys.REQUIRED_LEVEL);
                set(PolicyValue.REQUIRED_LEVEL, entry.line(), () -> policy().withRequiredLevel(level));
            }
            case PolicyKeys.CATEGORIES ->
                categories(values.map(value, PolicyKeys.CATEGORIES, "'test-coverage: {weight: 3}'"));
            case PolicyKeys.RULES -> rules(values.map(value, PolicyKeys.RULES, "'coverage.line: {threshold: 80%}'"));
            case PolicyKeys.SECURITY -> security(values.map(value, PolicyKeys.SECURITY, "'blockingSeverity: HIGH'"));
            case PolicyKeys.COVERAGE -> {
                MapNode coverage = values.map(value, PolicyKeys.COVERAGE, "'scope: aggregate'");
                values.checkKeys(coverage, PolicyKeys.COVERAGE_KEYS, " under coverage");
                for (Entry setting : coverage.entries()) {
                    String scope = values.text(setting.value(), "coverage.scope");
                    set(PolicyValue.COVERAGE_SCOPE, setting.line(), () -> policy().withCoverageScope(scope));
                }
            }
            case PolicyKeys.REACTOR -> {
                MapNode reactor = values.map(value, PolicyKeys.REACTOR, "'failAt: end'");
                values.checkKeys(reactor, PolicyKeys.REACTOR_KEYS, " under reactor");
                for (Entry setting : reactor.entries()) {
                    String failAt = values.text(setting.value(), "reactor.failAt");
                    set(PolicyValue.FAIL_AT, setting.line(), () -> policy().withFailAt(failAt));
                }
            }
            case PolicyKeys.ON_SKIPPED_TESTS -> {
                String mode = values.text(value, PolicyKeys.ON_SKIPPED_TESTS);
                set(PolicyValue.ON_SKIPPED_TESTS, entry.line(), () -> policy().withOnSkippedTests(mode));
            }
            case PolicyKeys.PROJECT_TYPE -> {
                String type = values.text(value, PolicyKeys.PROJECT_TYPE);
                set(PolicyValue.PROJECT_TYPE, entry.line(), () -> policy().withProjectType(type));
            }
            case PolicyKeys.PERFORMANCE -> traced = PerformanceSection.apply(values, entry, traced);
            case PolicyKeys.WAIVERS -> traced = WaiverSection.waivers(values, entry, traced);
            case PolicyKeys.WAIVER_SETTINGS -> traced = WaiverSection.settings(values, entry, traced);
            case PolicyKeys.CHECKLIST -> traced = ChecklistSection.items(values, entry, traced);
            case PolicyKeys.CHECKLIST_REMOVE -> traced = ChecklistSection.remove(values, entry, traced);
            case PolicyKeys.ATTESTATIONS -> traced = ChecklistSection.attestations(values, entry, traced);
            default -> throw new IllegalStateException("policy key '" + entry.key() + "' is known but not applied");
        }
    }

    private void categories(MapNode categories) {
        for (Entry entry : categories.entries()) {
            Category category = Arrays.stream(Category.values())
                    .filter(c -> c.id().equals(entry.key()))
                    .findFirst()
                    .orElseThrow(() -> values.unknownId(entry.line(), "category", entry.key(), CATEGORY_IDS));
            MapNode settings = values.map(entry.value(), "category " + entry.key(), "'{weight: 3}'");
            values.checkKeys(settings, PolicyKeys.CATEGORY, " under categories." + entry.key());
            for (Entry setting : settings.entries()) {
                int weight = values.wholeNumber(setting.value(), "weight of category " + entry.key(), ", 0 or more");
                set(
                        PolicyValue.categoryWeight(category),
                        setting.line(),
                        () -> policy().withCategoryWeight(category, weight));
            }
        }
    }

    private void rules(MapNode rules) {
        List<String> ruleIds = List.copyOf(policy().rules().keySet());
        for (Entry entry : rules.entries()) {
            String id = entry.key();
            if (!ruleIds.contains(id)) {
                throw values.unknownId(entry.line(), "rule", id, ruleIds);
            }
            MapNode settings = values.map(entry.value(), "rule " + id, "'{threshold: 80%, level: ERROR, weight: 1}'");
            values.checkKeys(settings, PolicyKeys.RULE, " under rules." + id);
            for (Entry setting : settings.entries()) {
                PolicyNode node = setting.value();
                String value = PolicyValue.rule(id, setting.key());
                switch (setting.key()) {
                    case "threshold" -> {
                        String text = values.text(node, "threshold of rule " + id);
                        set(value, setting.line(), () -> policy().withThreshold(id, text));
                    }
                    case "level" -> {
                        String text = values.text(node, "level of rule " + id);
                        set(value, setting.line(), () -> policy().withLevel(id, text));
                    }
                    case "weight" -> {
                        int weight = values.wholeNumber(node, "weight of rule " + id, ", 0 or more");
                        set(value, setting.line(), () -> policy().withRuleWeight(id, weight));
                    }
                    case "effort" -> {
                        int minutes = values.wholeNumber(node, "effort of rule " + id, " of minutes, 0 or more");
                        set(value, setting.line(), () -> policy().withEffort(id, minutes));
                    }
                    default ->
                        throw new IllegalStateException("rule key '" + setting.key() + "' is known but not applied");
                }
            }
        }
    }

    private void security(MapNode security) {
        values.checkKeys(security, PolicyKeys.SECURITY_KEYS, " under security");
        for (Entry entry : security.entries()) {
            PolicyNode node = entry.value();
            String key = entry.key();
            switch (key) {
                case "cvssPreference" -> {
                    String text = values.text(node, key);
                    set(PolicyValue.security(key), entry.line(), () -> policy().withCvssPreference(text));
                }
                case "blockingSeverity" -> {
                    String text = values.text(node, key);
                    set(PolicyValue.security(key), entry.line(), () -> policy().withBlockingSeverity(text));
                }
                case "maxAuditAgeDays" -> {
                    int days = values.wholeNumber(node, key, " of days, 1 or more");
                    set(PolicyValue.security(key), entry.line(), () -> policy().withMaxAuditAgeDays(days));
                }
                case "secretAllowList" -> {
                    List<String> entries = secretAllowList(values.list(node, key, "[ \"src/main/resources/dev/**\" ]"));
                    set(PolicyValue.security(key), entry.line(), () -> policy().withSecretAllowList(entries));
                }
                default -> throw new IllegalStateException("security key '" + key + "' is known but not applied");
            }
        }
    }

    private List<String> secretAllowList(ListNode list) {
        List<String> entries = new ArrayList<>();
        for (PolicyNode item : list.items()) {
            String text = values.text(item, "a secretAllowList entry");
            values.at(item.line(), () -> policy().withSecretAllowList(List.of(text))); // the entry's own line on error
            entries.add(text);
        }
        return entries;
    }

    private Policy policy() {
        return traced.policy();
    }

    private void set(String value, int line, Supplier<Policy> change) {
        traced = traced.with(values.at(line, change), value, values.source().origin(line));
    }
}
