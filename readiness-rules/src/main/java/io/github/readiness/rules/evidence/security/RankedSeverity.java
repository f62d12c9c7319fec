package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.model.Severity;

/**
 * A vulnerability's severity with what decided it, so the report can say "CRITICAL (CVSS v3 9.8)".
 *
 * @param decidedBy e.g. "CVSS v3 9.8", "reported severity 'medium' (no CVSS score)"
 */
public record RankedSeverity(Severity severity, String decidedBy) {}
