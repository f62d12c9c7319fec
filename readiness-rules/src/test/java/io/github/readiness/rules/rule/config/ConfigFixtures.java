package io.github.readiness.rules.rule.config;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.repository.DocumentedKeys;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.evidence.source.ConfigKeySource;
import io.github.readiness.rules.evidence.source.ConfigKeyUse;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.evidence.source.TodoMarker;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Source scans and repository files built in memory for the configuration and marker rule tests. */
public final class ConfigFixtures {
    private ConfigFixtures() {}

    public static <T> Collected<T> notCollected() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    public static ConfigKeyUse use(String key, ConfigKeySource source, String file, int line, boolean hasDefault) {
        return new ConfigKeyUse(key, source, new Location(file, line), hasDefault);
    }

    public static ConfigKeyUse env(String key, String file, int line) {
        return use(key, ConfigKeySource.ENVIRONMENT, file, line, false);
    }

    public static TodoMarker marker(String word, String file, int line) {
        return new TodoMarker(word, new Location(file, line));
    }

    public static Collected<SourceScan> scan(List<ConfigKeyUse> keys, List<TodoMarker> markers) {
        return Collected.read(new SourceScan(3, 120, List.of(), keys, markers, List.of()), List.of());
    }

    public static Collected<SourceScan> keys(ConfigKeyUse... uses) {
        return scan(List.of(uses), List.of());
    }

    public static Collected<SourceScan> markers(TodoMarker... markers) {
        return scan(List.of(), List.of(markers));
    }

    /** A .env.example at the module root (or none when {@code envExampleKeys} is null) and a README with tokens. */
    public static Collected<RepositoryFiles> documenting(Set<String> envExampleKeys, Set<String> readmeTokens) {
        return repository(new DocumentedKeys(
                envExampleKeys == null ? null : ".env.example",
                envExampleKeys == null ? Set.of() : envExampleKeys,
                "README.md",
                readmeTokens));
    }

    public static Collected<RepositoryFiles> repository(DocumentedKeys keys) {
        return Collected.read(new RepositoryFiles(List.of(".", ".."), Map.of(), keys), List.of());
    }

    public static Collected<RepositoryFiles> envExample(String... keys) {
        return documenting(Set.of(keys), Set.of());
    }

    public static ProjectEvidence evidence(Collected<SourceScan> sources, Collected<RepositoryFiles> repository) {
        return new ProjectEvidence(
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                repository,
                sources);
    }

    /** The rule alone, at its default settings (it is not in Rules.builtIn() yet, so its own default policy). */
    public static RuleOutcome run(Rule rule, ProjectEvidence evidence) {
        return RuleRun.run(rule, evidence);
    }
}
