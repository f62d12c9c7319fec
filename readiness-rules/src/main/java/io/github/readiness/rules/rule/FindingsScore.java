package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.Finding;
import java.util.List;

/**
 * A rule's score as a function of its own findings (e.g. the severity decay of its vulnerabilities), so that the
 * engine can score the rule again without the findings that waivers accept.
 */
@FunctionalInterface
public interface FindingsScore {
    /**
     * The score, 0-100, of the given findings: some or all of the rule's findings, in the rule's order, as the rule
     * returned them (only the waived ones left out).
     */
    double score(List<Finding> counted);
}
