package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.model.Location;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test helpers: real reports from the test resources, and issue counts as comparable text. */
final class QualityTally {
    static final String VULNADO = "real-reports/spotbugs-4.9.8-vulnado/target/spotbugsXml.xml";
    static final String VULNADO_PLUGIN_SUMMARY = "real-reports/spotbugs-4.9.8-vulnado/target/spotbugs.xml";
    static final String LABSECUREAPP = "real-reports/spotbugs-4.0.4-findsecbugs-labsecureapp/spotbugsXml.xml";
    static final String ALUDRATEST = "real-reports/pmd-5.0.5-aludratest/pmd.xml";
    static final String ROLLERCOASTER = "real-reports/bundle-4156team-rollercoaster/target/checkstyle-result.xml";

    private QualityTally() {}

    static Path resource(String path) throws URISyntaxException {
        return Path.of(QualityTally.class.getClassLoader().getResource(path).toURI());
    }

    static StaticAnalysisReport readReal(String path, ReportedPaths paths) throws Exception {
        AnalysisTool tool = path.endsWith("pmd.xml")
                ? AnalysisTool.PMD
                : path.endsWith("checkstyle-result.xml") ? AnalysisTool.CHECKSTYLE : AnalysisTool.SPOTBUGS;
        try (InputStream in = Files.newInputStream(resource(path))) {
            return switch (tool) {
                case SPOTBUGS -> new SpotBugsXmlReader().read(in, Path.of("target/spotbugsXml.xml"), paths);
                case PMD -> new PmdXmlReader().read(in, Path.of("target/pmd.xml"), paths);
                case CHECKSTYLE -> new CheckstyleXmlReader().read(in, Path.of("target/checkstyle-result.xml"), paths);
            };
        }
    }

    /** "HIGH=5;LOW=8", keys sorted; empty for no issues. */
    static String count(List<StaticAnalysisIssue> issues, Function<StaticAnalysisIssue, ?> key) {
        Map<String, Long> counts = issues.stream()
                .collect(Collectors.groupingBy(i -> String.valueOf(key.apply(i)), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static long distinctFiles(List<StaticAnalysisIssue> issues) {
        return issues.stream()
                .map(StaticAnalysisIssue::location)
                .map(Location::file)
                .distinct()
                .count();
    }

    static long lineSum(List<StaticAnalysisIssue> issues) {
        return issues.stream().mapToLong(i -> i.location().line()).sum();
    }
}
