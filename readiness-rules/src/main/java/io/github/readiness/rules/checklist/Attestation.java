package io.github.readiness.rules.checklist;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's word that a checklist item is done, as recorded in a policy file.
 *
 * @param item the id of the checklist item it attests
 * @param by who attests it (a person or a team)
 * @param date the day it was attested; its validity runs from here
 * @param evidence a repository path (relative to the file that holds the attestation) or an https URL
 * @param evidenceFound whether the evidence is there: an https URL is recorded, never fetched, so always true; a
 *     path is checked when the policy is read
 * @param origin where it is written ({@code readiness-attestations.yaml line 4}), for messages
 */
public record Attestation(
        String item, String by, LocalDate date, String evidence, boolean evidenceFound, String origin) {
    public Attestation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Whether the evidence is a URL (recorded, never fetched) rather than a repository file. */
    public boolean evidenceIsUrl() {
        return EvidenceReference.isUrl(evidence);
    }
}
