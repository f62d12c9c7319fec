package io.github.readiness.rules.evidence.repository;

/** A file a production-ready repository is expected to have, looked for under its common names and places. */
public enum RepositoryFile {
    README,
    LICENSE,
    SECURITY_POLICY,
    CHANGELOG,
    CI_CONFIGURATION,
    /** {@code .env.example} or {@code .env.sample}: the documented configuration keys. */
    ENV_EXAMPLE
}
