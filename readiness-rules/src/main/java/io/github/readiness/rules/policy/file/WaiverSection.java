package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.Waivers;
import io.github.readiness.rules.policy.file.PolicyNode.Entry;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code waivers:} list (the shape of DESIGN.md) and {@code waiverSettings:}, parsed and validated into
 * {@link Policy#withWaivers}. Applying waivers to findings is the engine's business, not this reader's.
 */
final class WaiverSection {
    private static final String EVERY_FIELD = ": every waiver needs rule, reason, owner and expires";

    private WaiverSection() {}

    /** Replaces the waivers in force with this file's list (an empty list removes them). */
    static TracedPolicy waivers(FileValues values, Entry entry, TracedPolicy traced) {
        List<Waiver> waivers = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (PolicyNode item : values.list(entry.value(), PolicyKeys.WAIVERS, "'- rule: coverage.line'")
                .items()) {
            waivers.add(waiver(values, item, traced.policy()));
            origins.add(values.source().origin(item.line()));
        }
        Waivers current = traced.policy().waivers();
        Policy changed = values.at(
                entry.line(),
                () -> traced.policy().withWaivers(new Waivers(waivers, current.warnDays(), current.maxDaysAhead())));
        return traced.withWaivers(changed, values.source().origin(entry.line()), origins);
    }

    private static Waiver waiver(FileValues values, PolicyNode item, Policy policy) {
        MapNode map =
                values.map(item, "a waiver", "'{rule: coverage.line, reason: ..., owner: ..., expires: 2027-03-31}'");
        values.checkKeys(map, PolicyKeys.WAIVER, " in a waiver");
        Entry ruleEntry = map.entry("rule");
        if (ruleEntry == null) {
            throw values.error(map.line(), "waiver has no rule" + EVERY_FIELD);
        }
        String rule = values.text(ruleEntry.value(), "rule of a waiver");
        List<String> ruleIds = List.copyOf(policy.rules().keySet());
        if (!ruleIds.contains(rule)) {
            throw values.unknownId(ruleEntry.line(), "rule", rule, ruleIds);
        }
        Entry match = map.entry("match");
        String reason = required(values, map, "reason", rule);
        String owner = required(values, map, "owner", rule);
        Entry expires = map.entry("expires");
        if (expires == null) {
            throw values.error(map.line(), "waiver for " + rule + " has no expires" + EVERY_FIELD);
        }
        LocalDate date = values.date(expires.value(), "expires");
        String matchText = match == null ? null : values.optionalText(match.value(), "match");
        return new Waiver(rule, matchText, reason, owner, date);
    }

    private static String required(FileValues values, MapNode waiver, String key, String rule) {
        Entry entry = waiver.entry(key);
        if (entry == null) {
            throw values.error(waiver.line(), "waiver for " + rule + " has no " + key + EVERY_FIELD);
        }
        return values.text(entry.value(), key + " of the waiver for " + rule);
    }

    /** {@code warnDays} and {@code maxDaysAhead}; the waivers themselves stay. */
    static TracedPolicy settings(FileValues values, Entry entry, TracedPolicy traced) {
        MapNode settings = values.map(entry.value(), PolicyKeys.WAIVER_SETTINGS, "'{warnDays: 14, maxDaysAhead: 180}'");
        values.checkKeys(settings, PolicyKeys.WAIVER_SETTINGS_KEYS, " under waiverSettings");
        TracedPolicy result = traced;
        for (Entry setting : settings.entries()) {
            Waivers current = result.policy().waivers();
            int days = values.wholeNumber(setting.value(), "waiverSettings " + setting.key(), " of days");
            Waivers changed = values.at(setting.line(), () -> switch (setting.key()) {
                case "warnDays" -> new Waivers(current.entries(), days, current.maxDaysAhead());
                case "maxDaysAhead" -> new Waivers(current.entries(), current.warnDays(), days);
                default -> throw new IllegalStateException("waiverSettings key '" + setting.key() + "' is not applied");
            });
            Policy policy = result.policy();
            result = result.with(
                    policy.withWaivers(changed),
                    PolicyValue.waiverSetting(setting.key()),
                    values.source().origin(setting.line()));
        }
        return result;
    }
}
