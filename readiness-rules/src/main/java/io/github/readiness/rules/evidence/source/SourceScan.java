package io.github.readiness.rules.evidence.source;

import java.util.List;

/**
 * What one pass over a module's main sources and resources found.
 *
 * @param filesScanned text files read
 * @param linesOfCode non-blank lines of the source code files ({@code .java}, {@code .kt}, {@code .groovy},
 *     {@code .scala}), the denominator of code-quality densities
 * @param secrets hardcoded secrets, in file then line order
 * @param configKeys configuration keys read, in file then line order
 * @param markers TODO/FIXME/HACK/XXX markers, in file then line order
 * @param skipped notes on files not scanned ("src/main/resources/big.json: 3.2 MB, over the 1 MB limit")
 * @param errorHandling error-handling smells of main Java sources, in file then line order
 * @param endpoints HTTP endpoint annotations of main Java sources, in file then line order
 */
public record SourceScan(
        int filesScanned,
        long linesOfCode,
        List<HardcodedSecret> secrets,
        List<ConfigKeyUse> configKeys,
        List<TodoMarker> markers,
        List<String> skipped,
        List<ErrorHandlingIssue> errorHandling,
        List<HttpEndpoint> endpoints) {
    public SourceScan {
        secrets = List.copyOf(secrets);
        configKeys = List.copyOf(configKeys);
        markers = List.copyOf(markers);
        skipped = List.copyOf(skipped);
        errorHandling = List.copyOf(errorHandling);
        endpoints = List.copyOf(endpoints);
    }

    /** A scan without error-handling smells and endpoints. */
    public SourceScan(
            int filesScanned,
            long linesOfCode,
            List<HardcodedSecret> secrets,
            List<ConfigKeyUse> configKeys,
            List<TodoMarker> markers,
            List<String> skipped) {
        this(filesScanned, linesOfCode, secrets, configKeys, markers, skipped, List.of(), List.of());
    }
}
