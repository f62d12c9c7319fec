package io.github.readiness.maven.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.MaturityLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.policy.file.MaturityPresets;
import io.github.readiness.rules.rule.Rules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadinessFacadeTest {
    @Test
    void theMaturityPresetsAreReadOncePerRealmNotOncePerModule() {
        // every module's facade has an engine of its own; the presets they evaluate against are one read
        MaturityPresets first = ReadinessFacade.maturityPresets(ReadinessEngine.withBuiltInRules());
        MaturityPresets second = ReadinessFacade.maturityPresets(ReadinessEngine.withBuiltInRules());
        assertSame(first, second);
    }

    @Test
    void theSharedPresetsAreThoseEachModuleLoadedBefore() {
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        MaturityPresets shared = ReadinessFacade.maturityPresets(engine);
        MaturityPresets ownLoad = MaturityPresets.load(
                engine.defaultPolicy(), Path.of("module"), getClass().getClassLoader());
        for (MaturityLevel level = MaturityLevel.BRONZE; level != null; level = level.next()) {
            assertEquals(ownLoad.of(level).minScore(), shared.of(level).minScore(), level.name());
            for (RuleMetadata rule : Rules.metadata(engine.rules())) {
                assertEquals(ownLoad.of(level).rule(rule.id()), shared.of(level).rule(rule.id()), rule.id());
            }
        }
    }
}
