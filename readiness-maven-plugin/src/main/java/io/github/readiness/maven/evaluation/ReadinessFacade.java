package io.github.readiness.maven.evaluation;

import io.github.readiness.maven.evidence.BackgroundTask;
import io.github.readiness.maven.evidence.EarlyEvidence;
import io.github.readiness.maven.evidence.ProjectEvidenceCollector;
import io.github.readiness.maven.evidence.ReactorModules;
import io.github.readiness.rules.EvaluationRequest;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.baseline.Baseline;
import io.github.readiness.rules.baseline.BaselineException;
import io.github.readiness.rules.baseline.BaselineFile;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.file.MaturityPresets;
import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.policy.file.TracedPolicy;
import io.github.readiness.rules.reactor.ReactorAggregator;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.score.Scorecard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The one evaluation that {@code check}, {@code baseline} and {@code report} share, so the page shows exactly what
 * the gate decided. Call order, each step using the one before:
 *
 * <ol>
 *   <li>{@link #policy()}: the effective policy (built-in, {@code policy}, readiness.yaml, POM) with the baseline
 *       settings; logs its sources.
 *   <li>{@link #baseline()}: the committed baseline, read before any evidence so that a broken one fails first.
 *   <li>{@link #evaluate(Policy, Baseline, boolean)}: collects the evidence and makes the engine's one evaluation
 *       ({@link ReadinessEngine#evaluate(EvaluationRequest)}: rules, waivers, baseline, maturity level, verdict).
 * </ol>
 *
 * {@link #scorecard()} runs the three in that order. One instance per goal execution.
 */
public final class ReadinessFacade {
    /** The built-in rules and those of rule jars on the plugin's {@code <dependencies>}. */
    private final ReadinessEngine engine = ReadinessEngine.withAvailableRules(ReadinessFacade.class.getClassLoader());

    /**
     * The maturity presets of this plugin's class realm: built-in files of the engine jar over the default policy of
     * the realm's rules, so the same for every module and goal. Read once per realm, not per evaluation.
     */
    private static volatile MaturityPresets maturityPresets;

    private final MavenSession session;
    private final MavenProject project;
    private final Log log;
    private final ToolInfo tool;
    private final ReadinessSettings settings;
    private TracedPolicy traced;
    private Policy reactorPolicy;
    private Policy policy;
    private Evaluation evaluation;
    private EarlyEvidence pendingEvidence;
    private BackgroundTask<MaturityPresets> pendingPresets;

    public ReadinessFacade(
            MavenSession session, MavenProject project, Log log, ToolInfo tool, ReadinessSettings settings) {
        this.session = session;
        this.project = project;
        this.log = log;
        this.tool = tool;
        this.settings = settings;
    }

    /** One evaluation of the project: the policy it used, the evidence it read and the scorecard. */
    public record Evaluation(Policy policy, ProjectEvidence evidence, Scorecard card) {}

    /**
     * Starts what the evaluation needs that depends on no policy on other threads: the source scan, coverage and the
     * test reports ({@link EarlyEvidence}), and the maturity presets, so that they overlap step 1. Call only when
     * {@link #scorecard()} follows.
     */
    public void prefetch() {
        if (pendingEvidence == null && evaluation == null) {
            pendingEvidence = new ProjectEvidenceCollector(session, project, log).start(settings.evidence());
            pendingPresets = maturityPresets == null
                    ? BackgroundTask.start("readiness-maturity-presets", () -> maturityPresets(engine))
                    : null;
        }
    }

    /** Step 1: the effective policy with the baseline settings; built once, its sources logged once. */
    public Policy policy() throws MojoExecutionException {
        if (policy == null) {
            traced = EffectivePolicy.forModule(engine.defaultPolicy(), session, basedir(), settings);
            log.info(PolicyListing.sourcesLine(traced));
            reactorPolicy = BaselineConfiguration.apply(traced, settings.baseline());
            // under coverage scope aggregate, a module's coverage reports but only the reactor's aggregate blocks
            policy = new ReactorModules(session).isMultiModule()
                    ? ReactorAggregator.modulePolicy(reactorPolicy)
                    : reactorPolicy;
        }
        return policy;
    }

    /** The policy of step 1 before the module adjustment: the one the reactor verdict applies. */
    public Policy reactorPolicy() throws MojoExecutionException {
        policy();
        return reactorPolicy;
    }

    /** The evaluation {@link #scorecard()} made (its evidence feeds the reactor's coverage counters), else null. */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** The policy of step 1 with the origin of every value (the baseline settings are not traced). */
    public TracedPolicy tracedPolicy() throws MojoExecutionException {
        policy();
        return traced;
    }

    /** Step 2: the baseline when its file exists, else null; a file that cannot be read is an error. */
    Baseline baseline() throws MojoExecutionException {
        Path file = settings.baseline().file().toPath();
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return BaselineFile.read(file, baselineShown());
        } catch (BaselineException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * Step 3: the evidence, then the engine's one evaluation; no report written.
     *
     * @param baseline the committed baseline to compare with, or null
     * @param maturity whether to assess the maturity level (the bronze, silver and gold presets: pure rules on the
     *     same evidence, no more I/O)
     */
    public Evaluation evaluate(Policy effective, Baseline baseline, boolean maturity) throws MojoExecutionException {
        ProjectEvidenceCollector collector = new ProjectEvidenceCollector(session, project, log);
        EarlyEvidence early = pendingEvidence != null ? pendingEvidence : collector.start(settings.evidence());
        pendingEvidence = null;
        ProjectEvidence evidence = collector.collect(effective, settings.evidence(), early);
        EvaluationRequest request = EvaluationRequest.of(
                ProjectEvidenceCollector.projectInfo(project), tool, evidence, effective, buildDate());
        if (baseline != null) {
            request = request.withBaseline(baseline, baselineShown());
        }
        if (maturity) {
            request = request.withMaturity(pendingPresets != null ? pendingPresets.join() : maturityPresets(engine));
        }
        Scorecard card = engine.evaluate(request);
        if (baseline == null && effective.baselineSettings().newProblemsOnly()) {
            log.warn("newProblemsOnly is set, but there is no baseline at " + baselineShown()
                    + ": every finding counts (write one with mvn readiness:baseline and commit it)");
        }
        return new Evaluation(effective, evidence, card);
    }

    /** The maturity presets, loaded at the first evaluation of the realm (a race only loads them twice). */
    static MaturityPresets maturityPresets(ReadinessEngine engine) {
        MaturityPresets presets = maturityPresets;
        if (presets == null) {
            ClassLoader realm = ReadinessFacade.class.getClassLoader();
            // built-in presets name no file: the directory they would be shown against does not matter
            presets = MaturityPresets.load(engine.defaultPolicy(), Path.of("").toAbsolutePath(), realm);
            maturityPresets = presets;
        }
        return presets;
    }

    /** Steps 1 to 3 in order: the scorecard {@code check} gates on and {@code report} shows. */
    public Scorecard scorecard() throws MojoExecutionException {
        Policy effective = policy();
        Baseline baseline = baseline();
        evaluation = evaluate(effective, baseline, true);
        return evaluation.card();
    }

    /** The rules the effective policy evaluates (level not OFF), as the engine lists them; after {@link #policy()}. */
    public List<RuleMetadata> evaluatedRules() throws MojoExecutionException {
        Policy effective = policy();
        return Rules.metadata(engine.rules()).stream()
                .filter(rule -> effective.rule(rule.id()).level() != RuleLevel.OFF)
                .toList();
    }

    /** The day the build started, in UTC: waiver expiry is judged on it, whatever the machine's zone. */
    LocalDate buildDate() {
        return LocalDate.ofInstant(session.getStartTime().toInstant(), ZoneOffset.UTC);
    }

    ToolInfo tool() {
        return tool;
    }

    public ReadinessSettings settings() {
        return settings;
    }

    private String baselineShown() {
        return PathDisplay.relative(basedir(), settings.baseline().file().toPath());
    }

    private Path basedir() {
        return project.getBasedir().toPath();
    }
}
