package io.github.readiness.maven.mojo;

import io.github.readiness.rules.rule.RuleRegistrationException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every readiness goal shares: the injected build objects and {@code readiness.skip}. */
public abstract class AbstractReadinessMojo extends AbstractMojo {
    /** The project being evaluated. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The running build, for the properties that tell whether this build skipped its tests. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /**
     * Skips the goal entirely: no evidence is read, no report is written, the build is not gated. The log says so
     * at WARNING, and {@code check} removes the previous build's reports from its output directory so none is read
     * as this build's verdict. Default {@code false}.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().warn("Skipping readiness " + goal() + " (readiness.skip=true): this build is not judged");
            skipped();
            return;
        }
        try {
            run();
        } catch (RuleRegistrationException e) { // two rule jars (or one and a built-in rule) share a rule id
            failed();
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (MojoExecutionException | RuntimeException e) {
            failed(); // broken input or configuration: no verdict; a failed gate (MojoFailureException) keeps its
            // report
            throw e;
        }
    }

    /** Called instead of {@link #run()} when the goal is skipped; nothing by default. */
    protected void skipped() throws MojoExecutionException, MojoFailureException {}

    /** Called when {@link #run()} failed with an error (not a failed gate) before it could judge; nothing by default. */
    protected void failed() {}

    /** The goal name, for log lines. */
    protected abstract String goal();

    /** The goal's work; called only when not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
