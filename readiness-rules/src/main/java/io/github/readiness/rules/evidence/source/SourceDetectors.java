package io.github.readiness.rules.evidence.source;

import java.util.List;

/** The detectors every source scan runs, fresh for each scan (they may keep per-file state). */
final class SourceDetectors {
    private SourceDetectors() {}

    static List<SourceDetector> create() {
        return List.of(
                new SecretDetector(), new ConfigKeyDetector(), new TodoMarkerDetector(), new ServiceCodeDetector());
    }
}
