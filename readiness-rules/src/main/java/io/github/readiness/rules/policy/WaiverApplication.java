package io.github.readiness.rules.policy;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.WaiverNote;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies the policy's waivers to the findings of one evaluation, after the rules ran, on one build date.
 *
 * <p>A waiver matches a finding when the rule ids are equal and either it has no {@code match}, or the finding's key
 * or message contains the {@code match} text. The comparison is case-sensitive, on purpose: a waiver accepts a risk,
 * so it must not accept more than it names (a text that matches too little is reported as a stale waiver, a text
 * that matched too much would go unnoticed). Keys and messages show ids as the tools write them
 * ({@code CVE-2021-44228}).
 *
 * <p>By date ({@code daysLeft = expires - today}; the expiry date is the waiver's last day): expired when
 * {@code daysLeft < 0}; too far ahead when {@code daysLeft > maxDaysAhead}; expiring when {@code daysLeft <=
 * warnDays}; active otherwise. Active and expiring waivers are applied: a matching finding is waived by the first of
 * them in configuration order. A waiver that matches no finding is stale, whatever its date.
 *
 * <p>One instance per evaluation: it counts what each waiver matched while the engine passes the findings through
 * {@link #judge}, then {@link #statuses} says where each waiver stands.
 */
public final class WaiverApplication {
    /** The id of the findings about the waivers themselves (expiring, expired, stale, too far ahead). */
    public static final String RULE_ID = "policy.waivers";

    private final Waivers waivers;
    private final List<Waiver> entries;
    private final long[] daysLeft;
    private final WaiverState[] byDate;
    private final int[] matched;
    private final int[] countAgain;

    public WaiverApplication(Waivers waivers, LocalDate today) {
        this.waivers = Objects.requireNonNull(waivers, "waivers");
        Objects.requireNonNull(today, "today");
        entries = waivers.entries();
        daysLeft = new long[entries.size()];
        byDate = new WaiverState[entries.size()];
        matched = new int[entries.size()];
        countAgain = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            daysLeft[i] = ChronoUnit.DAYS.between(today, entries.get(i).expires());
            byDate[i] = stateByDate(daysLeft[i]);
        }
    }

    /** Whether the waiver names this finding: same rule, and its match text (if any) in the key or the message. */
    public static boolean matches(Waiver waiver, Finding finding) {
        if (!waiver.rule().equals(finding.rule())) {
            return false;
        }
        String match = waiver.match();
        return match == null
                || finding.key().contains(match)
                || finding.message().contains(match);
    }

    /** The finding as the waivers leave it: waived by the first applied waiver that matches it, else unchanged. */
    public Finding judge(Finding finding) {
        List<Integer> matching = new ArrayList<>();
        int applied = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (matches(entries.get(i), finding)) {
                matched[i]++;
                matching.add(i);
                if (applied < 0 && byDate[i].applied()) {
                    applied = i;
                }
            }
        }
        if (applied >= 0) {
            Waiver waiver = entries.get(applied);
            return finding.waivedBy(
                    new WaiverNote(waiver.reason(), waiver.owner(), waiver.expires(), daysLeft[applied]));
        }
        matching.forEach(i -> countAgain[i]++);
        return finding;
    }

    /**
     * Every waiver, in configuration order, with its state and warning, once every finding was judged.
     *
     * @param evaluatedRules the rules that ran (not OFF), to say why a waiver of a rule at OFF matches nothing
     */
    public List<WaiverStatus> statuses(Set<String> evaluatedRules) {
        List<WaiverStatus> statuses = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            WaiverState state = matched[i] == 0 ? WaiverState.STALE : byDate[i];
            statuses.add(new WaiverStatus(
                    entries.get(i), state, daysLeft[i], matched[i], warning(i, state, evaluatedRules)));
        }
        return statuses;
    }

    private WaiverState stateByDate(long days) {
        if (days < 0) {
            return WaiverState.EXPIRED;
        }
        if (waivers.maxDaysAhead() != null && days > waivers.maxDaysAhead()) {
            return WaiverState.TOO_FAR_AHEAD;
        }
        return days <= waivers.warnDays() ? WaiverState.EXPIRING : WaiverState.ACTIVE;
    }

    private String warning(int i, WaiverState state, Set<String> evaluatedRules) {
        Waiver waiver = entries.get(i);
        String what = "waiver for " + label(waiver);
        String owner = " (owner: " + waiver.owner() + ")";
        return switch (state) {
            case ACTIVE -> null;
            case EXPIRING -> what + " expires on " + waiver.expires() + ", " + inDays(daysLeft[i]) + owner;
            case EXPIRED -> what + " expired on " + waiver.expires() + owner + ": " + countingAgain(countAgain[i]);
            case STALE ->
                what + " matches no finding"
                        + (evaluatedRules.contains(waiver.rule()) ? "" : ": rule " + waiver.rule() + " is OFF")
                        + " (stale: remove it)";
            case TOO_FAR_AHEAD ->
                what + " expires on " + waiver.expires() + ", " + daysLeft[i]
                        + " days ahead, beyond the policy's maxDaysAhead of " + waivers.maxDaysAhead() + owner
                        + ": not applied, " + countingAgain(countAgain[i]) + "; set an expiry date at most "
                        + waivers.maxDaysAhead() + " days ahead";
        };
    }

    /** "security.vulnerabilities (CVE-2021-44228)", or the rule id alone for a waiver of every finding. */
    public static String label(Waiver waiver) {
        return waiver.match() == null ? waiver.rule() : waiver.rule() + " (" + waiver.match() + ")";
    }

    private static String inDays(long days) {
        return days == 0 ? "today is its last day" : days == 1 ? "in 1 day" : "in " + days + " days";
    }

    private static String countingAgain(int findings) {
        return switch (findings) {
            case 0 -> "another waiver still waives what it matches";
            case 1 -> "1 finding counts again";
            default -> findings + " findings count again";
        };
    }
}
