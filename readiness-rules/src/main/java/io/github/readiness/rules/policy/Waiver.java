package io.github.readiness.rules.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An accepted risk: findings of one rule (optionally only those whose key or message matches) do not count in score
 * or verdict until the waiver expires. The shape is part of the public contract (readiness.yaml {@code waivers:}).
 *
 * @param rule the rule id, as in readiness.json
 * @param match narrows the waiver to findings whose key (a CVE id, a dependency, a file path, a configuration key) or
 *     message contains this text; null waives every finding of the rule
 * @param reason why the risk is accepted (required)
 * @param owner who answers for it (required)
 * @param expires the last day the waiver applies (required: a waiver never lasts for ever)
 */
public record Waiver(String rule, String match, String reason, String owner, LocalDate expires) {
    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
        match = match == null || match.isBlank() ? null : match;
    }
}
