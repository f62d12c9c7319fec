package io.github.readiness.rules.evidence.security;

/**
 * Which CVSS score decides a vulnerability's severity. dependency-check's own {@code severity} field and its
 * {@code failBuildOnCVSS} disagree (one follows v4 when present, the other the highest score), so policy chooses.
 */
public enum CvssPreference {
    /** The highest base score of every CVSS version present (the default: never under-rate). */
    HIGHEST,
    /** CVSS v4 when present, else the highest of the others. */
    V4,
    /** CVSS v3 when present, else the highest of the others. */
    V3,
    /** CVSS v2 when present, else the highest of the others. */
    V2
}
