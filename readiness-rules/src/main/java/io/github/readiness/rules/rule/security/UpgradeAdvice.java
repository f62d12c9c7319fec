package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.rule.security.DependencyGroup.Ranked;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One remediation for all active vulnerabilities of a package: the version to upgrade to (the highest fixed
 * version among them, when the report gives affected ranges), what it fixes, and its effort: 60 min for an upgrade
 * within the same major version, 240 min across a major version, 120 min when no fixed version is known (find one
 * or replace the dependency).
 */
record UpgradeAdvice(String text, int effortMinutes) {
    static final int MINOR_UPGRADE = 60;
    static final int MAJOR_UPGRADE = 240;
    static final int UNKNOWN_FIX = 120;
    /** A policy's rate sets the minor upgrade; the other two scale with it. */
    static final EffortModel EFFORT_MODEL = EffortModel.per(MINOR_UPGRADE, "within the same major version")
            .and(MAJOR_UPGRADE, "across a major version")
            .and(UNKNOWN_FIX, "when no fixed version is known")
            .withPrefix("per vulnerable package (one upgrade fixes all its vulnerabilities)");

    static UpgradeAdvice of(DependencyGroup group) {
        PackageCoordinates package_ = group.coordinates();
        List<String> fixedIds = new ArrayList<>();
        List<String> unknownIds = new ArrayList<>();
        FixedVersion target = null;
        for (Ranked ranked : group.active()) {
            Optional<FixedVersion> fix = FixedVersion.of(ranked.vulnerability(), package_.version());
            if (fix.isPresent()) {
                fixedIds.add(ranked.vulnerability().id());
                target = target == null || fix.get().compareTo(target) > 0 ? fix.get() : target;
            } else {
                unknownIds.add(ranked.vulnerability().id());
            }
        }
        StringBuilder text = new StringBuilder();
        int effort;
        if (target != null) {
            text.append("Upgrade ")
                    .append(package_.display())
                    .append(" to ")
                    .append(target.describe())
                    .append(target.after() ? "" : " or later")
                    .append(": fixes ")
                    .append(String.join(", ", fixedIds))
                    .append('.');
            if (!unknownIds.isEmpty()) {
                text.append(" No fixed version is known for ")
                        .append(String.join(", ", unknownIds))
                        .append(": check the advisories.");
            }
            boolean major = package_.version() != null
                    && VersionOrder.major(target.version()) > VersionOrder.major(package_.version());
            effort = major ? MAJOR_UPGRADE : unknownIds.isEmpty() ? MINOR_UPGRADE : UNKNOWN_FIX;
        } else {
            text.append("Upgrade ")
                    .append(package_.display())
                    .append(" to a version without ")
                    .append(String.join(", ", unknownIds))
                    .append(" (the report names no fixed version: check the advisories), or remove it.");
            effort = UNKNOWN_FIX;
        }
        if (!group.includedBy().isEmpty()) {
            text.append(" It comes in through ")
                    .append(String.join(", ", new TreeSet<>(group.includedBy())))
                    .append(": upgrade that dependency")
                    .append(
                            package_.maven()
                                    ? ", or pin a fixed version of " + package_.name() + " in <dependencyManagement>."
                                    : ".");
        }
        text.append(" If a vulnerability does not apply, suppress it in dependency-check with a justification"
                + " (<notes>).");
        return new UpgradeAdvice(text.toString(), effort);
    }
}
