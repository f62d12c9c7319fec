package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.BuildSetting;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/**
 * A build setting that should be set: score 100 when set, 0 with one non-blocking finding when not, located at the
 * module's POM (where to add it). The three rules differ only in the setting, severity, effort, and whether a
 * {@code pom}-packaged module (which compiles nothing) is judged.
 */
abstract class SettingRule extends AbstractRule<BuildModel> {
    private final Severity severity;
    private final boolean judgesPomPackaging;

    /** The finding's effort is the metadata's one rate. */
    SettingRule(RuleMetadata metadata, Severity severity, boolean judgesPomPackaging) {
        super(metadata, ProjectEvidence::build);
        this.severity = severity;
        this.judgesPomPackaging = judgesPomPackaging;
    }

    /** The setting this rule checks. */
    abstract BuildSetting setting(BuildModel model);

    /** The finding's key: the property a waiver names. */
    abstract String key();

    /** One line: what is unset and what that costs. */
    abstract String unsetMessage();

    @Override
    protected final RuleOutcome judge(BuildModel model, RuleContext context) {
        if (!judgesPomPackaging && "pom".equals(model.packaging())) {
            return RuleOutcome.notApplicable();
        }
        if (setting(model).isSet()) {
            return RuleOutcome.scored(100, List.of());
        }
        return RuleOutcome.scored(
                0,
                List.of(context.finding(severity, key(), unsetMessage())
                        .at(PomFacts.pom(model))
                        .effort(metadata().effort().defaultMinutes())
                        .notBlocking()));
    }
}
