package io.github.readiness.rules.rule.config;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.repository.DocumentedKeys;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.evidence.source.ConfigKeyUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the configuration rules share: the environment forms of a key, and the documented keys. */
final class ConfigKeys {
    private ConfigKeys() {}

    /**
     * The names under which a key can be documented as an environment variable: the key itself, the form with
     * {@code .}, {@code -} and {@code [i]} turned into {@code _} and upper case ({@code app.db-url} ->
     * {@code APP_DB_URL}, Spring Boot's "legacy" relaxed binding, the common one), and Spring Boot's canonical form,
     * dashes removed ({@code APP_DBURL}).
     */
    static Set<String> environmentForms(String key) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(key);
        forms.add(environmentName(key));
        forms.add(environmentName(key.replace("-", "")));
        return forms;
    }

    /** {@code app.servers[0].db-url} -> {@code APP_SERVERS_0_DB_URL}. */
    static String environmentName(String key) {
        return key.replace("]", "")
                .replace('[', '_')
                .replace('.', '_')
                .replace('-', '_')
                .toUpperCase(Locale.ROOT);
    }

    /** The documented keys, or {@link DocumentedKeys#NONE} when the repository files were not read. */
    static DocumentedKeys documented(Collected<RepositoryFiles> repository) {
        return repository.isRead() ? repository.value().documentedKeys() : DocumentedKeys.NONE;
    }

    /** Whether a key read by code is documented: in .env.example (as is or in an environment form) or the README. */
    static boolean isDocumented(String key, DocumentedKeys documented) {
        if (documented.readmeKeys().contains(key)) {
            return true;
        }
        for (String form : environmentForms(key)) {
            if (documented.envExampleKeys().contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** The uses grouped per distinct key, keys in the order of their first use (file, then line). */
    static Map<String, List<ConfigKeyUse>> byKey(List<ConfigKeyUse> uses) {
        Map<String, List<ConfigKeyUse>> byKey = new LinkedHashMap<>();
        for (ConfigKeyUse use : uses) {
            byKey.computeIfAbsent(use.key(), k -> new ArrayList<>()).add(use);
        }
        return byKey;
    }
}
