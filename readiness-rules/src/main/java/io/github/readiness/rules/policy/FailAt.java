package io.github.readiness.rules.policy;

import java.util.Locale;

/** When a multi-module build fails for a NOT_READY verdict. */
public enum FailAt {
    /** Once, at the end of the reactor, with every module's blockers (the default). */
    END,
    /** At the first NOT_READY module, as a single-module build does. */
    MODULE;

    /** The policy file's spelling: {@code end}, {@code module}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
