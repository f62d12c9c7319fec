package io.github.readiness.rules.checklist;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.policy.PolicyException;
import java.time.Period;
import java.util.Objects;

/**
 * One item of the pre-deployment checklist: measured by a rule ({@code rule} set: satisfied while that rule has no
 * unwaived finding) or attested by a named person ({@code rule} null).
 *
 * @param id stable id, as attestations and readiness.json name it ({@code rollback-tested})
 * @param title what people read ({@code Rollback procedure tested})
 * @param category where its finding is counted; null for a measured item until judged (then its rule's category)
 * @param required a missing or expired item blocks; otherwise it is a LOW finding
 * @param validFor how long an attestation holds, or null when it never expires
 * @param rule the rule that measures the item, or null for an attested item
 */
public record ChecklistItem(
        String id, String title, Category category, boolean required, Period validFor, String rule) {
    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (category == null && rule == null) {
            throw new NullPointerException("category of attested item " + id);
        }
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new PolicyException("checklist item id '" + id + "' is not an id: use lower-case letters, digits,"
                    + " dots and dashes (rollback-tested)");
        }
    }

    /** This item in the category of the rule that measures it, unless it names its own. */
    public ChecklistItem inCategoryOf(Category ruleCategory) {
        return category != null || ruleCategory == null
                ? this
                : new ChecklistItem(id, title, ruleCategory, required, validFor, rule);
    }

    /** Whether a rule measures the item (else a person attests it). */
    public boolean measured() {
        return rule != null;
    }

    /**
     * A validity such as {@code 90d}, {@code 12w}, {@code 6m} or {@code 1y}: a unit is required (a bare {@code 90}
     * could mean days or months), and the length is 1 or more.
     */
    public static Period parseValidFor(String text) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d{1,5}[dwmy]")) {
            throw new PolicyException("validFor is '" + text + "': use a length with its unit, such as 90d, 12w, 6m or"
                    + " 1y (days, weeks, months, years)");
        }
        int amount = Integer.parseInt(value.substring(0, value.length() - 1));
        if (amount < 1) {
            throw new PolicyException("validFor is '" + text + "': an attestation valid for no time at all can never"
                    + " pass; use 1 or more, such as 90d");
        }
        return switch (value.charAt(value.length() - 1)) {
            case 'd' -> Period.ofDays(amount);
            case 'w' -> Period.ofWeeks(amount);
            case 'm' -> Period.ofMonths(amount);
            default -> Period.ofYears(amount);
        };
    }

    /** The validity as written in a policy file ({@code 90d}); null when it never expires. */
    public String validForText() {
        if (validFor == null) {
            return null;
        }
        if (validFor.getYears() > 0) {
            return validFor.getYears() + "y";
        }
        if (validFor.getMonths() > 0) {
            return validFor.getMonths() + "m";
        }
        return validFor.getDays() % 7 == 0 ? validFor.getDays() / 7 + "w" : validFor.getDays() + "d";
    }
}
