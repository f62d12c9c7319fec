package io.github.readiness.maven.reactor;

import io.github.readiness.maven.evidence.ReactorModules;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.evidence.jacoco.JacocoXmlReader;
import io.github.readiness.rules.reactor.AggregateReport;
import io.github.readiness.rules.reactor.ModuleResult;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/** Finds and reads the reactor's JaCoCo {@code report-aggregate} XML for {@link ReactorStep}. */
final class AggregateReports {
    private final MavenSession session;
    private final ReactorModules modules;
    private final File configuredAggregate;

    AggregateReports(MavenSession session, ReactorModules modules, File configuredAggregate) {
        this.session = session;
        this.modules = modules;
        this.configuredAggregate = configuredAggregate;
    }

    /**
     * The report-aggregate XML: the configured one, else the first existing {@code jacoco-aggregate/jacoco.xml} of the
     * reactor root or of a module without coverage of its own (the usual aggregator module). A leaf module's partial
     * aggregate is never used (its classes are already in the sum). Null when there is none.
     */
    AggregateReport find(Map<String, ModuleResult> results) throws MojoExecutionException {
        List<Path> candidates = new ArrayList<>();
        if (configuredAggregate != null) {
            candidates.add(configuredAggregate.toPath());
        } else {
            candidates.add(aggregateIn(modules.root()));
            for (MavenProject project : modules.all()) {
                ModuleResult result = results.get(ReactorModules.id(project));
                boolean ownCoverage = result != null && !result.coverage().isEmpty();
                if (project != modules.root() && !ownCoverage) {
                    candidates.add(aggregateIn(project));
                }
            }
        }
        Path rootDir = modules.root().getBasedir().toPath();
        AggregateReport first = null;
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                AggregateReport report = read(candidate, PathDisplay.relative(rootDir, candidate));
                if (report.isRead()) {
                    return report;
                }
                first = first == null ? report : first; // an empty root aggregate must not hide the real one
            }
        }
        if (first != null) {
            return first;
        }
        if (configuredAggregate != null) {
            String shown = PathDisplay.relative(rootDir, configuredAggregate.toPath());
            return new AggregateReport(
                    shown,
                    EvidenceStatus.NOT_AVAILABLE,
                    null,
                    shown + " does not exist: the"
                            + " modules' counters are summed instead (run jacoco-maven-plugin's report-aggregate before the"
                            + " check, or fix jacocoAggregateReport)");
        }
        return null;
    }

    private static Path aggregateIn(MavenProject project) {
        String site = project.getReporting() == null || project.getReporting().getOutputDirectory() == null
                ? project.getBuild().getDirectory() + "/site"
                : project.getReporting().getOutputDirectory();
        return Path.of(site, "jacoco-aggregate", "jacoco.xml");
    }

    private AggregateReport read(Path file, String shown) throws MojoExecutionException {
        try {
            if (Files.getLastModifiedTime(file)
                    .toInstant()
                    .isBefore(session.getStartTime().toInstant())) {
                return AggregateReport.stale(shown);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                CoverageEvidence coverage = new JacocoXmlReader().read(in, Path.of(shown));
                return AggregateReport.read(shown, coverage);
            }
        } catch (EvidenceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    shown + " cannot be read (" + e.getMessage() + "): check its permissions", e);
        }
    }
}
