package io.github.readiness.maven.report;

import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.report.GithubActions;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The GITHUB format in a build: the job summary through the engine, and the annotation lines on standard output.
 * Annotations bypass the Maven log on purpose: the runner only reads a workflow command at the very start of a line,
 * and the log would put {@code [INFO] } in front of it.
 */
public final class GithubOutput {
    /** Serializes whole lines when modules of a parallel build print at the same time. */
    private static final Object STDOUT = new Object();

    private final Log log;
    private final Map<String, String> env;
    private final PrintStream out;

    public GithubOutput(Log log, Map<String, String> env) {
        this(log, env, System.out);
    }

    public GithubOutput(Log log, Map<String, String> env, PrintStream out) {
        this.log = log;
        this.env = env;
        this.out = out;
    }

    /** A single-module build's summary and annotations (or those of the module that stops a reactor). */
    public void publish(Scorecard card, Path basedir, String markdownPath) throws MojoExecutionException {
        publish(
                () -> GithubActions.appendSummary(card, env, markdownPath),
                GithubActions.annotations(card, env, basedir),
                "Readiness summary");
    }

    /** The reactor's one summary and its annotations, paths relative to the workspace through the module folders. */
    public void publish(ReactorResult reactor, Path rootDir, String markdownPath) throws MojoExecutionException {
        publish(
                () -> GithubActions.appendSummary(reactor, env, markdownPath),
                GithubActions.annotations(reactor, env, rootDir),
                "Reactor readiness summary");
    }

    @FunctionalInterface
    private interface Append {
        Path append() throws IOException;
    }

    private void publish(Append summary, List<String> annotations, String what) throws MojoExecutionException {
        String summaryFile = env.get(GithubActions.STEP_SUMMARY);
        try {
            if (summary.append() != null) {
                log.info(what + " appended to the GitHub job summary (" + GithubActions.STEP_SUMMARY + ")");
            }
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot append the readiness summary to " + summaryFile + " ("
                            + GithubActions.STEP_SUMMARY + "): " + reason(e)
                            + " (unset the variable or drop GITHUB from readiness.formats)",
                    e);
        }
        if (annotations.isEmpty() && !GithubActions.isActions(env) && summaryFile == null) {
            log.debug("Not on GitHub Actions (GITHUB_ACTIONS and GITHUB_STEP_SUMMARY unset): no GitHub output");
        }
        synchronized (STDOUT) {
            annotations.forEach(out::println);
            out.flush();
        }
    }

    /** Why a file operation failed: NIO's file exceptions carry only the path as their message. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }
}
