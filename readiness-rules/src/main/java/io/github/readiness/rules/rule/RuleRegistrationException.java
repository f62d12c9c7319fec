package io.github.readiness.rules.rule;

/** Two rules registered under one id: the one-line message names both sources, so the user knows which to change. */
public final class RuleRegistrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleRegistrationException(String message) {
        super(message);
    }
}
