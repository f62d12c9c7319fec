package io.github.readiness.rules.evidence.source;

import java.util.ArrayList;
import java.util.List;

/** What the detectors of one scan found so far; the scanner turns it into a {@link SourceScan}. */
final class SourceFindings {
    final List<HardcodedSecret> secrets = new ArrayList<>();
    final List<ConfigKeyUse> configKeys = new ArrayList<>();
    final List<TodoMarker> markers = new ArrayList<>();
    final List<ErrorHandlingIssue> errorHandling = new ArrayList<>();
    final List<HttpEndpoint> endpoints = new ArrayList<>();

    void secret(HardcodedSecret secret) {
        secrets.add(secret);
    }

    void configKey(ConfigKeyUse use) {
        configKeys.add(use);
    }

    void marker(TodoMarker marker) {
        markers.add(marker);
    }

    void errorHandling(ErrorHandlingIssue issue) {
        errorHandling.add(issue);
    }

    void endpoint(HttpEndpoint endpoint) {
        endpoints.add(endpoint);
    }
}
