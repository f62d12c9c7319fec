package io.github.readiness.rules.evidence.repository;

import java.util.Locale;
import java.util.Set;

/**
 * The names under which repositories keep their README, licence, security policy, changelog, CI configuration and
 * {@code .env.example}, matched case-insensitively ({@code readme.MD}, {@code Licence.txt}).
 */
final class RepositoryNames {
    private static final String[] LICENSE_PREFIXES = {"license", "licence", "copying"};
    private static final String[] CHANGELOG_PREFIXES = {
        "changelog", "changes", "history", "release-notes", "release_notes", "releasenotes", "news"
    };
    /** CI configuration that is one file in the searched directory itself. */
    private static final Set<String> CI_FILES = Set.of(
            ".gitlab-ci.yml",
            "jenkinsfile",
            "azure-pipelines.yml",
            ".travis.yml",
            "bitbucket-pipelines.yml",
            ".drone.yml");

    static final String DOCS = "docs";
    static final String GITHUB = ".github";
    static final String GITHUB_WORKFLOWS = "workflows";
    static final String CIRCLECI = ".circleci";
    static final String CIRCLECI_CONFIG = "config.yml";
    static final String BUILDKITE = ".buildkite";

    private RepositoryNames() {}

    /** README, LICENSE, SECURITY_POLICY or CHANGELOG for a file name (looked for in a directory, docs/, .github/). */
    static RepositoryFile document(String name) {
        String lower = lower(name);
        if (nameOrNameWithExtension(lower, "readme")) {
            return RepositoryFile.README;
        }
        if (startsWithAny(lower, LICENSE_PREFIXES)) {
            return RepositoryFile.LICENSE;
        }
        if (nameOrNameWithExtension(lower, "security")) {
            return RepositoryFile.SECURITY_POLICY;
        }
        if (startsWithAny(lower, CHANGELOG_PREFIXES)) {
            return RepositoryFile.CHANGELOG;
        }
        return null;
    }

    static boolean isEnvExample(String name) {
        String lower = lower(name);
        return lower.equals(".env.example") || lower.equals(".env.sample");
    }

    static boolean isCiFile(String name) {
        return CI_FILES.contains(lower(name));
    }

    /** A GitHub Actions workflow: a {@code .yml}/{@code .yaml} file directly in {@code .github/workflows}. */
    static boolean isWorkflow(String name) {
        String lower = lower(name);
        return lower.endsWith(".yml") || lower.endsWith(".yaml");
    }

    static boolean is(String name, String expected) {
        return lower(name).equals(expected);
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean nameOrNameWithExtension(String lower, String base) {
        return lower.equals(base) || lower.startsWith(base + ".") && lower.length() > base.length() + 1;
    }

    private static boolean startsWithAny(String lower, String[] prefixes) {
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
