package io.github.readiness.rules.evidence;

import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What "this build's evidence" means, decided once by the front end and handed to every collector: when the build
 * started, whether it runs the module's tests itself, what skipped them, and what kept JaCoCo's agent away from them.
 *
 * <ul>
 *   <li>A lifecycle build ({@code mvn verify}) that runs the tests: test reports and exec data written before
 *       {@code sessionStart} are from an earlier run, and judged as such.
 *   <li>A standalone goal ({@code mvn readiness:check}) after an earlier build: earlier evidence is expected and
 *       accepted when it is consistent with the classes.
 * </ul>
 *
 * @param sessionStart when the build started; null when unknown (then file ages are not judged)
 * @param runsTests the build itself runs this module's test phase (a lifecycle build reaching {@code test})
 * @param testSkip why this build skipped the module's tests, or null when they ran (or there are none)
 * @param agentDrop the test plugin whose {@code argLine} leaves JaCoCo's agent out, or null
 * @param mainSources where the module's main source files are (as messages show it, {@code src/main/java}), or null
 *     when it has none: with sources, compiled classes are expected
 */
public record BuildProvenance(
        Instant sessionStart, boolean runsTests, TestSkip testSkip, AgentDrop agentDrop, String mainSources) {

    /** Nothing known about the build: no age is judged, no skip, classes not required. */
    public static final BuildProvenance UNKNOWN = new BuildProvenance(null, false, null, null, null);

    /** Only the property that skipped the tests is known (the engine's older entry point). */
    public static BuildProvenance skippedBy(String property) {
        return property == null || property.isBlank()
                ? UNKNOWN
                : new BuildProvenance(null, false, TestSkip.property(property.strip()), null, null);
    }

    /**
     * Why the tests did not run in this build.
     *
     * @param reason what skipped them, as the message shows it ({@code skipTests=true})
     * @param fix what to do instead ({@code run the build without -DskipTests})
     */
    public record TestSkip(String reason, String fix) {
        public TestSkip {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(fix, "fix");
        }

        /** Skipped by a property such as {@code skipTests} or {@code maven.test.skip}. */
        public static TestSkip property(String property) {
            return new TestSkip(property + "=true", "run the build without -D" + property);
        }
    }

    /**
     * A test plugin whose {@code argLine} references neither the property JaCoCo's {@code prepare-agent} sets nor the
     * agent itself, so its tests run without coverage.
     *
     * @param plugin {@code maven-surefire-plugin} or {@code maven-failsafe-plugin}
     * @param argLine the configured argLine, as in the effective POM
     * @param property the property prepare-agent sets ({@code argLine} unless its {@code propertyName} says otherwise)
     */
    public record AgentDrop(String plugin, String argLine, String property) {
        public AgentDrop {
            Objects.requireNonNull(plugin, "plugin");
            Objects.requireNonNull(argLine, "argLine");
            Objects.requireNonNull(property, "property");
        }

        /** The problem, the consequence and the fix in one sentence. */
        public String describe() {
            return plugin + "'s <argLine>" + argLine + "</argLine> references neither @{" + property + "} nor"
                    + " -javaagent, so JaCoCo's agent (from jacoco-maven-plugin's prepare-agent) is not attached and"
                    + " its tests run unmeasured; fix: <argLine>@{" + property + "} " + argLine + "</argLine>";
        }
    }

    /** The build judges file ages: it runs the tests itself and its start is known. */
    public boolean judgesAge() {
        return runsTests && sessionStart != null;
    }

    /**
     * True when a file with this time was written before the build started (to the second: file systems that keep
     * whole seconds must not make this build's own files look older than the build).
     */
    public boolean predatesBuild(FileTime modified) {
        return judgesAge() && modified.toInstant().isBefore(sessionStart.truncatedTo(ChronoUnit.SECONDS));
    }

    /** "written 5 min before this build started", for a file that predates the build. */
    public String writtenBefore(FileTime modified) {
        return "written " + age(Duration.between(modified.toInstant(), sessionStart)) + " before this build started";
    }

    /** A short age: 40 s, 5 min, 3 h, 2 d. */
    public static String age(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 2 * 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 2 * 86400) {
            return seconds / 3600 + " h";
        }
        return seconds / 86400 + " d";
    }
}
