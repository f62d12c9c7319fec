package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.ReadinessFacade;
import io.github.readiness.maven.report.EvidenceAges;
import io.github.readiness.maven.report.ReactorResultFile;
import io.github.readiness.maven.report.ReadinessReportRenderer;
import io.github.readiness.maven.report.ReportLabels;
import io.github.readiness.maven.report.ReportPage;
import io.github.readiness.maven.report.ReportScorecard;
import io.github.readiness.maven.report.StandalonePage;
import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.score.Scorecard;
import java.io.File;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Production Readiness" page of the project site ({@code target/site/readiness.html}, under Project Reports):
 * score and verdict with the conditions to reach READY, a chart of the score and the categories, the category,
 * blocker and finding tables, waived findings, the remediation roadmap, the evidence used and the policy in force.
 * Add the plugin to {@code <reporting>} for {@code mvn site}, or run {@code mvn readiness:report} on its own (it
 * writes the same page to {@code target/site/readiness.html} as a plain page; {@code mvn site} puts it in the
 * project's skin). It evaluates exactly as {@code check} does (same parameters), and
 * when {@code check} ran first for the same policy and evidence it renders the {@code readiness.json} that check
 * wrote instead of evaluating again. It never fails on the verdict.
 */
@Mojo(name = "report", requiresDependencyCollection = ResolutionScope.TEST, threadSafe = true)
public class ReportMojo extends AbstractVerdictMojo implements MavenMultiPageReport {
    /** The page's name: target/site/readiness.html. */
    static final String OUTPUT_NAME = "readiness";

    /** The directory the site plugin renders into, when it set one; null when the goal runs on its own. */
    private File siteOutputDirectory;

    @Override
    protected String goal() {
        return "report";
    }

    /** On its own: the page goes where {@code mvn site} puts it (target/site), not to target/reports. */
    @Override
    protected void run() throws MojoExecutionException {
        File directory = getReportOutputDirectory();
        new StandalonePage(project).write(directory, OUTPUT_NAME, this::render);
        getLog().info("Readiness page: "
                + project.getBasedir().toPath().relativize(directory.toPath().resolve(OUTPUT_NAME + ".html"))
                + " (a plain page; mvn site puts it in the project's skin)");
    }

    /** In {@code mvn site}: the site plugin decorates the page. */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        try {
            render(sink, locale);
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    @Deprecated
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    /**
     * The scorecard rendered to the sink: at a reactor root the reactor result check wrote there, else check's
     * readiness.json when fresh, else evaluated as check does.
     */
    private void render(Sink sink, Locale locale) throws MojoExecutionException {
        ReadinessFacade facade = facade();
        ReactorResultFile.Loaded reactor = ReactorResultFile.load(
                facade, project, session, outputDirectory().toPath(), getLog());
        Scorecard card = reactor != null
                ? reactor.card()
                : ReportScorecard.load(
                        facade, project, session, outputDirectory().toPath(), getLog());
        ReportPage page = new ReportPage(
                card,
                projectName(),
                PolicyListing.values(facade.tracedPolicy()),
                EvidenceAges.of(
                        card,
                        project.getBasedir().toPath(),
                        session.getStartTime().toInstant()),
                reactor == null ? null : reactor.view());
        new ReadinessReportRenderer(sink, page, ReportLabels.of(locale)).render();
    }

    private String projectName() {
        String name =
                project.getName() == null || project.getName().isBlank() ? project.getArtifactId() : project.getName();
        return name + " " + project.getVersion();
    }

    @Override
    @SuppressWarnings("deprecation") // deprecated in reporting-api 4, but still abstract
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return ReportLabels.of(locale).get("report.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return ReportLabels.of(locale).get("report.description");
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        siteOutputDirectory = directory;
    }

    /** The site plugin's directory, else the project's reporting directory (target/site). */
    @Override
    public File getReportOutputDirectory() {
        return siteOutputDirectory != null
                ? siteOutputDirectory
                : new File(project.getReporting().getOutputDirectory()).getAbsoluteFile();
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** In {@code mvn site}: {@code readiness.skip} leaves the page out, with the same warning as the goal. */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().warn("Skipping readiness report (readiness.skip=true): this build is not judged");
            return false;
        }
        return true;
    }
}
