package io.github.readiness.maven;

import io.github.readiness.maven.report.ReadinessReportRenderer;
import io.github.readiness.maven.report.ReportLabels;
import io.github.readiness.maven.report.ReportPage;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.score.Scorecard;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Production Readiness" page of the project site ({@code target/site/readiness.html}, under Project Reports):
 * score and verdict with the conditions to reach READY, a chart of the score and the categories, the category,
 * blocker and finding tables, waived findings, the remediation roadmap, the evidence used and the policy in force.
 * Add the plugin to {@code <reporting>} for {@code mvn site}, or run {@code mvn readiness:report} on its own (it
 * writes the same page to {@code target/site/readiness.html}). It evaluates exactly as {@code check} does (same
 * parameters), and when {@code check} ran first for the same policy and evidence it renders the
 * {@code readiness.json} that check wrote instead of evaluating again. It never fails on the verdict.
 */
@Mojo(name = "report", requiresDependencyCollection = ResolutionScope.TEST, threadSafe = true)
public class ReportMojo extends AbstractReadinessReport {
    /** The page's name: target/site/readiness.html. */
    static final String OUTPUT_NAME = "readiness";

    /** The directory the site plugin renders into, when it set one; null when the goal runs on its own. */
    private File siteOutputDirectory;

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
    public boolean canGenerateReport() {
        if (skip()) {
            getLog().warn("Skipping readiness report (readiness.skip=true): this build is not judged");
            return false;
        }
        return true;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        super.setReportOutputDirectory(directory);
        siteOutputDirectory = directory;
    }

    /** On its own, the page goes where {@code mvn site} puts it (target/site), not to reporting-impl's target/reports. */
    @Override
    protected String getOutputDirectory() {
        if (siteOutputDirectory != null) {
            return siteOutputDirectory.getAbsolutePath();
        }
        return new File(project.getReporting().getOutputDirectory()).getAbsolutePath();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        try {
            ReadinessFacade facade = facade();
            Scorecard card = ReportScorecard.load(facade, project, session(), readinessDirectory().toPath(), getLog());
            ReportPage page = new ReportPage(card, projectName(), PolicyListing.values(facade.tracedPolicy()),
                    evidenceAges(card));
            new ReadinessReportRenderer(getSink(), page, ReportLabels.of(locale)).render();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    private String projectName() {
        String name = project.getName() == null || project.getName().isBlank() ? project.getArtifactId()
                : project.getName();
        return name + " " + project.getVersion();
    }

    /**
     * How old each evidence file was when the build started, negative when this build wrote it (directories: their own
     * modification time).
     */
    private Map<String, Duration> evidenceAges(Scorecard card) {
        Instant start = session().getStartTime().toInstant();
        Path basedir = project.getBasedir().toPath();
        Map<String, Duration> ages = new HashMap<>();
        for (EvidenceRecord record : card.evidence()) {
            try {
                Path path = basedir.resolve(record.path());
                if (!".".equals(record.path()) && Files.exists(path)) {
                    Instant modified = Files.getLastModifiedTime(path).toInstant();
                    ages.put(record.path(), Duration.between(modified, start)); // negative: written by this build
                }
            } catch (IOException | RuntimeException e) {
                // no age: the page shows "-" for it
            }
        }
        return ages;
    }
}
