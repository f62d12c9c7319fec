package io.github.readiness.rules.evidence.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * All results of a SARIF 2.1.0 file (every run), in file order.
 *
 * @param tools each run's tool ("dependency-check 12.2.2"), in run order
 * @param scannedAt per tool as in {@code tools}, when its run started: the earliest {@code startTimeUtc} (else
 *     {@code endTimeUtc}) of the run's {@code invocations}; tools whose run gives no time are absent
 */
public record SarifReport(List<String> tools, List<SarifResult> results, Map<String, Instant> scannedAt) {
    public SarifReport {
        tools = List.copyOf(tools);
        results = List.copyOf(results);
        scannedAt = Map.copyOf(scannedAt);
    }

    /** A report whose runs give no scan time. */
    public SarifReport(List<String> tools, List<SarifResult> results) {
        this(tools, results, Map.of());
    }
}
