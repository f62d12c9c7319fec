package io.github.readiness.maven;

import io.github.readiness.maven.ReadinessSettings.BaselineOptions;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.baseline.Baseline;
import io.github.readiness.rules.baseline.BaselineComparison;
import io.github.readiness.rules.baseline.BaselineException;
import io.github.readiness.rules.baseline.BaselineFile;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.maturity.MaturityAssessment;
import io.github.readiness.rules.maturity.MaturityAssessor;
import io.github.readiness.rules.maturity.MaturityGate;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.reactor.ReactorAggregator;
import io.github.readiness.rules.policy.RuleLevel;
import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.policy.file.TracedPolicy;
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
 *   <li>{@link #evaluate(Policy)}: collects the evidence, runs the engine and assesses the maturity level.
 *   <li>{@link #judge(Evaluation, Baseline)}: compares with the baseline, then lets a required maturity level cap
 *       the verdict (last, whatever came before).
 * </ol>
 *
 * {@link #scorecard()} runs the four in that order. One instance per goal execution.
 */
final class ReadinessFacade {
    private final ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
    private final MavenSession session;
    private final MavenProject project;
    private final Log log;
    private final ToolInfo tool;
    private final ReadinessSettings settings;
    private TracedPolicy traced;
    private Policy reactorPolicy;
    private Policy policy;
    private Evaluation evaluation;

    ReadinessFacade(MavenSession session, MavenProject project, Log log, ToolInfo tool, ReadinessSettings settings) {
        this.session = session;
        this.project = project;
        this.log = log;
        this.tool = tool;
        this.settings = settings;
    }

    /** One evaluation of the project: the policy it used, the evidence it read and the scorecard. */
    record Evaluation(Policy policy, ProjectEvidence evidence, Scorecard card) {}

    /** Step 1: the effective policy with the baseline settings; built once, its sources logged once. */
    Policy policy() throws MojoExecutionException {
        if (policy == null) {
            traced = traced(engine, session, basedir(), settings);
            log.info(PolicyListing.sourcesLine(traced));
            reactorPolicy = withBaseline(traced, settings.baseline());
            // under coverage scope aggregate, a module's coverage reports but only the reactor's aggregate blocks
            policy = new ReactorModules(session).isMultiModule() ? ReactorAggregator.modulePolicy(reactorPolicy)
                    : reactorPolicy;
        }
        return policy;
    }

    /**
     * The reactor policy of a module judged with these settings, built again (the reactor step builds the root's this
     * way: the module may have run in another class realm, so only its settings are shared, never its policy).
     */
    static Policy reactorPolicy(MavenSession session, Path basedir, ReadinessSettings settings)
            throws MojoExecutionException {
        return withBaseline(traced(ReadinessEngine.withBuiltInRules(), session, basedir, settings),
                settings.baseline());
    }

    private static TracedPolicy traced(ReadinessEngine engine, MavenSession session, Path basedir,
            ReadinessSettings settings) throws MojoExecutionException {
        MavenProject top = ReactorModules.root(session); // the reactor root even with -pl
        Path reactorRoot = top == null || top.getBasedir() == null ? null : top.getBasedir().toPath();
        return EffectivePolicy.build(engine.defaultPolicy(), basedir, reactorRoot, settings.policyReference(),
                settings.pom(), ParameterOrigin.of(session.getUserProperties()),
                ReadinessFacade.class.getClassLoader());
    }

    private static Policy withBaseline(TracedPolicy traced, BaselineOptions baseline)
            throws MojoExecutionException {
        return BaselineConfiguration.apply(traced.policy(), baseline.scoreTolerance(), baseline.coverageTolerance(),
                baseline.newProblemsOnly());
    }

    /** The policy of step 1 before the module adjustment: the one the reactor verdict applies. */
    Policy reactorPolicy() throws MojoExecutionException {
        policy();
        return reactorPolicy;
    }

    /** The evaluation {@link #scorecard()} made (its evidence feeds the reactor's coverage counters), else null. */
    Evaluation evaluation() {
        return evaluation;
    }

    /** The policy of step 1 with the origin of every value (the baseline settings are not traced). */
    TracedPolicy tracedPolicy() throws MojoExecutionException {
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

    /** Step 3: evidence, engine, maturity; no baseline comparison, no report written. */
    Evaluation evaluate(Policy effective) throws MojoExecutionException {
        ProjectEvidence evidence = new ProjectEvidenceCollector(session, project, log).collect(effective,
                settings.evidence());
        ProjectInfo info = ProjectEvidenceCollector.projectInfo(project);
        LocalDate today = buildDate();
        Scorecard card = engine.evaluate(info, evidence, effective, tool, today);
        // the same evidence against the bronze, silver and gold presets: pure rules, no more I/O
        MaturityAssessment maturity = new MaturityAssessor(engine).assess(info, evidence, effective, tool, today);
        return new Evaluation(effective, evidence, card.withMaturity(maturity));
    }

    /** Step 4: the comparison with the baseline (when there is one), then the required maturity level. */
    Scorecard judge(Evaluation evaluation, Baseline baseline) {
        Scorecard card = evaluation.card();
        if (baseline != null) {
            card = BaselineComparison.apply(card, evaluation.evidence(), baseline, baselineShown(),
                    evaluation.policy());
        } else if (evaluation.policy().baselineSettings().newProblemsOnly()) {
            log.warn("newProblemsOnly is set, but there is no baseline at " + baselineShown()
                    + ": every finding counts (write one with mvn readiness:baseline and commit it)");
        }
        return MaturityGate.apply(card, card.maturity());
    }

    /** Steps 1 to 4 in order: the scorecard {@code check} gates on and {@code report} shows. */
    Scorecard scorecard() throws MojoExecutionException {
        Policy effective = policy();
        Baseline baseline = baseline();
        evaluation = evaluate(effective);
        return judge(evaluation, baseline);
    }

    /** The rules the effective policy evaluates (level not OFF), as the engine lists them; after {@link #policy()}. */
    List<RuleMetadata> evaluatedRules() throws MojoExecutionException {
        Policy effective = policy();
        return Rules.metadata(Rules.builtIn()).stream()
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

    ReadinessSettings settings() {
        return settings;
    }

    private String baselineShown() {
        return PathDisplay.relative(basedir(), settings.baseline().file().toPath());
    }

    private Path basedir() {
        return project.getBasedir().toPath();
    }
}
