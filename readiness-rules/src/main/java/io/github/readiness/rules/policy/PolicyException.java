package io.github.readiness.rules.policy;

/** An impossible or unknown policy value; the message is one line naming the key and the fix. */
public class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }
}
