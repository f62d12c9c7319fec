package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GitHub Actions: the job summary and workflow-command annotations. The environment comes in as a map (the plugin
 * passes {@code System.getenv()}), so tests need no real runner.
 *
 * <ul>
 *   <li>{@code GITHUB_STEP_SUMMARY} names a file: the short summary ({@link StepSummary}) is appended to it.
 *   <li>{@code GITHUB_ACTIONS=true}: {@code ::error} lines for blocking findings and {@code ::warning} lines for
 *       other unwaived CRITICAL/HIGH ones, with file and line where known. GitHub shows at most 10 error and 10
 *       warning annotations per step, so at most {@value #MAX_PER_KIND} of each are printed, then one
 *       {@code ::notice} line counting the rest.
 * </ul>
 *
 * The lines must start with {@code ::}: the front end prints them without a log prefix.
 */
public final class GithubActions {
    public static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";
    public static final String ACTIONS = "GITHUB_ACTIONS";
    /** The repository checkout: annotation paths are relative to it. */
    public static final String WORKSPACE = "GITHUB_WORKSPACE";

    static final int MAX_PER_KIND = 10;

    private GithubActions() {}

    /** Whether the environment is a GitHub Actions run. */
    public static boolean isActions(Map<String, String> env) {
        return "true".equals(env.get(ACTIONS));
    }

    /**
     * Appends the summary to the file {@code GITHUB_STEP_SUMMARY} names (creating it when missing) and returns that
     * file, or returns null without writing when the variable is unset or blank. Appending keeps what earlier steps
     * and modules wrote; the summary is written in one call.
     */
    public static Path appendSummary(Scorecard card, Map<String, String> env, String markdownPath) throws IOException {
        return append(env, StepSummary.markdown(card, markdownPath));
    }

    /**
     * Appends the reactor's summary (verdict, one row per module, every module's blockers) like
     * {@link #appendSummary(Scorecard, Map, String)}: in a multi-module build this is the only summary, the modules
     * append none.
     */
    public static Path appendSummary(ReactorResult reactor, Map<String, String> env, String markdownPath)
            throws IOException {
        return append(env, ReactorStepSummary.markdown(reactor, markdownPath));
    }

    private static Path append(Map<String, String> env, String markdown) throws IOException {
        String file = env.get(STEP_SUMMARY);
        if (file == null || file.isBlank()) {
            return null;
        }
        Path target = Path.of(file);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(
                target,
                markdown,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        return target;
    }

    /**
     * The annotation lines, or none outside GitHub Actions.
     *
     * @param projectDir the evaluated project's directory: finding paths are relative to it, annotation paths to
     *     {@code GITHUB_WORKSPACE} (a module's paths get the module's folder in front)
     */
    public static List<String> annotations(Scorecard card, Map<String, String> env, Path projectDir) {
        if (!isActions(env)) {
            return List.of();
        }
        String prefix = modulePrefix(env.get(WORKSPACE), projectDir);
        return annotations(card, finding -> prefix);
    }

    /**
     * The reactor's annotation lines, printed once for the whole build: every module's blocking and other HIGH or
     * CRITICAL findings, each path with its module's folder in front (relative to {@code GITHUB_WORKSPACE}), the
     * message starting with the module ({@code [legacy]}); none outside GitHub Actions.
     *
     * @param rootDir the reactor root's directory: module paths are relative to it
     */
    public static List<String> annotations(ReactorResult reactor, Map<String, String> env, Path rootDir) {
        if (!isActions(env)) {
            return List.of();
        }
        Map<String, String> prefixes = new HashMap<>();
        for (ModuleResult module : reactor.modules()) {
            prefixes.putIfAbsent(module.name(), modulePrefix(env.get(WORKSPACE), rootDir.resolve(module.path())));
        }
        String rootPrefix = modulePrefix(env.get(WORKSPACE), rootDir);
        return annotations(reactor.card(), finding -> prefixes.getOrDefault(finding.module(), rootPrefix));
    }

    private static List<String> annotations(Scorecard card, Function<Finding, String> prefixOf) {
        List<String> lines = new ArrayList<>();
        List<Finding> blockers = card.blockers();
        List<Finding> high = card.nonBlocking().stream()
                .filter(f -> f.severity().compareTo(Severity.HIGH) <= 0)
                .toList();
        blockers.stream()
                .limit(MAX_PER_KIND)
                .forEach(f -> lines.add(annotation("error", "blocker", f, prefixOf.apply(f))));
        high.stream()
                .limit(MAX_PER_KIND)
                .forEach(f -> lines.add(annotation("warning", f.severity().name(), f, prefixOf.apply(f))));
        int moreBlockers = Math.max(0, blockers.size() - MAX_PER_KIND);
        int moreHigh = Math.max(0, high.size() - MAX_PER_KIND);
        if (moreBlockers + moreHigh > 0) {
            lines.add("::notice title=" + property("Readiness") + "::"
                    + data(moreBlockers + " more blocking and " + moreHigh
                            + " more HIGH findings are not annotated: see the job summary or readiness.md"));
        }
        return lines;
    }

    private static String annotation(String command, String kind, Finding f, String prefix) {
        StringBuilder line = new StringBuilder("::").append(command).append(' ');
        if (f.location() != null) {
            line.append("file=").append(property(prefix + f.location().file())).append(',');
            if (f.location().line() > 0) {
                line.append("line=").append(f.location().line()).append(',');
            }
        }
        line.append("title=").append(property("Readiness " + kind + ": " + f.rule()));
        String module = f.module() == null ? "" : "[" + f.module() + "] ";
        line.append("::")
                .append(data(module + "[" + f.severity() + "] " + f.message() + "\nFix ("
                        + Effort.format(f.effortMinutes()) + "): " + f.remediation()));
        return line.toString();
    }

    /** The project's folder relative to the workspace, with a trailing slash; empty at the root or when unknown. */
    static String modulePrefix(String workspace, Path projectDir) {
        if (workspace == null || workspace.isBlank() || projectDir == null) {
            return "";
        }
        Path root = Path.of(workspace).toAbsolutePath().normalize();
        Path dir = projectDir.toAbsolutePath().normalize();
        if (!dir.startsWith(root) || dir.equals(root)) {
            return "";
        }
        return root.relativize(dir).toString().replace('\\', '/') + "/";
    }

    /** A command's message, escaped as the Actions toolkit does: %, CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command property's value: like {@link #data} plus ':' and ',', which end the value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
