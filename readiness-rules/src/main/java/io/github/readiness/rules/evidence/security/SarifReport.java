package io.github.readiness.rules.evidence.security;

import java.util.List;

/** All results of a SARIF 2.1.0 file (every run), in file order. */
public record SarifReport(List<String> tools, List<SarifResult> results) {
    public SarifReport {
        tools = List.copyOf(tools);
        results = List.copyOf(results);
    }
}
