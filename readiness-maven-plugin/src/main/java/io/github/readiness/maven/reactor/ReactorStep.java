package io.github.readiness.maven.reactor;

import io.github.readiness.maven.evaluation.EffectivePolicy;
import io.github.readiness.maven.evaluation.ReadinessStamp;
import io.github.readiness.maven.evidence.ProjectEvidenceCollector;
import io.github.readiness.maven.evidence.ReactorModules;
import io.github.readiness.maven.reactor.ReactorRegistry.Entry;
import io.github.readiness.maven.report.GithubOutput;
import io.github.readiness.maven.report.MavenConsoleStyle;
import io.github.readiness.maven.report.ReportFormats;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ReactorAggregator;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.readback.ModuleResultReader;
import io.github.readiness.rules.report.ConsoleText;
import io.github.readiness.rules.report.ModuleResultFiles;
import io.github.readiness.rules.report.OutputFormat;
import io.github.readiness.rules.report.ReactorSummary;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.rule.Rules;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The end of the reactor, run once by the module whose check completes last: the reactor verdict from every module's
 * outcome (and the report-aggregate XML when there is one), written to the reactor root's output directory in the
 * reactor's {@code formats} (readiness.json with {@code modules[]}, readiness.md, readiness.sarif with every module's
 * findings at root-relative paths, TEST-readiness.xml with a suite per module), replacing the root module's own
 * files (the root module is one of the {@code modules[]} entries), and printed once. With GITHUB, the one job summary
 * and the annotations of the build are published here; the modules publish none.
 *
 * <p>The root's {@code readiness.stamp} and {@code readiness-module.json} are deleted: they described the root module's
 * own readiness.json, which the reactor result has replaced, so {@code readiness:report} on the root evaluates the root module again instead of
 * taking the reactor result for the module's.
 */
public final class ReactorStep {
    /** The reactor result and the path of its readiness.md as shown in the log. */
    public record Completed(ReactorResult result, String markdown) {}

    /** Every rule the engine knows: a module's readiness-module.json names its rules by id. */
    private final MavenSession session;

    private final ReactorModules modules;
    private final File configuredAggregate;
    private final ToolInfo tool;
    private final Log log;
    private final Map<String, String> env;

    public ReactorStep(
            MavenSession session,
            ReactorModules modules,
            File configuredAggregate,
            ToolInfo tool,
            Log log,
            Map<String, String> env) {
        this.session = session;
        this.modules = modules;
        this.configuredAggregate = configuredAggregate;
        this.tool = tool;
        this.log = log;
        this.env = env;
    }

    /** The reactor verdict, written and logged; null when no module was checked (every one skipped). */
    public Completed complete(Map<String, Entry> entries) throws MojoExecutionException {
        long start = System.nanoTime();
        Map<String, ModuleResult> results = new HashMap<>();
        List<MavenProject> checked = new ArrayList<>(); // in reactor order
        for (MavenProject project : modules.all()) {
            Entry entry = entries.get(ReactorModules.id(project));
            if (entry != null) {
                results.put(ReactorModules.id(project), result(project, entry));
                if (entry.isChecked()) {
                    checked.add(project);
                }
            }
        }
        if (checked.isEmpty()) {
            log.info("Reactor readiness: no module was checked (readiness.skip everywhere?): no reactor report");
            return null;
        }
        MavenProject root = modules.root();
        Entry rootEntry = entries.get(ReactorModules.id(root));
        boolean rootChecked = rootEntry != null && rootEntry.isChecked();
        // the root's policy and formats are the reactor's (readiness.yaml and the parent POM's configuration live
        // there)
        Entry reactorEntry = rootChecked ? rootEntry : entries.get(ReactorModules.id(checked.get(0)));
        Policy policy = EffectivePolicy.reactorPolicy(session, reactorEntry.basedir(), reactorEntry.settings());
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        reactorEntry.formats().forEach(name -> formats.add(OutputFormat.valueOf(name)));
        Path directory = rootChecked ? rootEntry.directory() : outputAtRoot(checked.get(0), reactorEntry.directory());
        ReactorResult result = new ReactorAggregator()
                .aggregate(
                        ProjectEvidenceCollector.projectInfo(root),
                        tool,
                        policy,
                        modules.results(results),
                        new AggregateReports(session, modules, configuredAggregate).find(results),
                        java.time.LocalDate.ofInstant(session.getStartTime().toInstant(), java.time.ZoneOffset.UTC));
        List<Path> written;
        try {
            written = ReportFiles.writeAll(result, directory, formats);
            ReportFormats.deleteUnselected(directory, formats);
            // the stamp and the module file described the root module's own readiness.json, which is now the reactor's
            // (a build cache that saves the root after this step must not restore the reactor's as the root's)
            Files.deleteIfExists(directory.resolve(ReadinessStamp.FILE));
            Files.deleteIfExists(directory.resolve(ModuleResultFiles.FILE));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the reactor readiness report to " + directory + ": " + e.getMessage()
                            + " (check that the directory is writable)",
                    e);
        }
        log.debug(String.format(
                "Reactor verdict of %d modules computed and written in %.1f ms",
                result.modules().size(), (System.nanoTime() - start) / 1e6));
        Path rootDir = root.getBasedir().toPath();
        String markdown = PathDisplay.relative(
                rootDir,
                directory.resolve(formats.contains(OutputFormat.MARKDOWN) ? ReportFiles.MARKDOWN : ReportFiles.JSON));
        ReactorSummary.lines(result, markdown, MavenConsoleStyle.INSTANCE).forEach(log::info);
        ConsoleText.wrap(
                        "Reactor reports: "
                                + written.stream()
                                        .map(file -> PathDisplay.relative(rootDir, file))
                                        .collect(Collectors.joining(", ")),
                        "  ")
                .forEach(log::info);
        if (formats.contains(OutputFormat.GITHUB)) {
            new GithubOutput(log, env).publish(result, rootDir, markdown);
        }
        return new Completed(result, markdown);
    }

    /**
     * Where the reactor result goes when the root module was not checked ({@code -pl}, or no check bound there): the
     * first checked module's output directory, taken relative to that module and applied at the reactor root
     * ({@code target/readiness} by default).
     */
    private Path outputAtRoot(MavenProject module, Path moduleOutput) {
        Path rootDir = modules.root().getBasedir().toPath().toAbsolutePath().normalize();
        Path moduleDir = module.getBasedir().toPath().toAbsolutePath().normalize();
        Path output = moduleOutput.toAbsolutePath().normalize();
        return output.startsWith(moduleDir)
                ? rootDir.resolve(moduleDir.relativize(output))
                : Path.of(modules.root().getBuild().getDirectory(), "readiness");
    }

    /** A registered module's result: read back from its files when it was checked. */
    private ModuleResult result(MavenProject project, Entry entry) throws MojoExecutionException {
        ProjectInfo info = ProjectEvidenceCollector.projectInfo(project);
        if (!entry.isChecked()) {
            return ModuleResult.unchecked(info, modules.path(project), entry.status());
        }
        try {
            return ModuleResultReader.read(
                    entry.directory(),
                    info,
                    modules.path(project),
                    Rules.metadata(Rules.available(ReactorStep.class.getClassLoader())));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the readiness result of module " + project.getArtifactId() + ": " + e.getMessage()
                            + " (was the module's target directory changed during the build?)",
                    e);
        }
    }
}
