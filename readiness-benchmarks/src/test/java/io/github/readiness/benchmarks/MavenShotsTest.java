package io.github.readiness.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Maven launcher's log reading, without running Maven (the launcher itself runs only by its command). */
class MavenShotsTest {
    @Test
    void theGoalsTimeRunsFromItsLineToTheBuildResultByMavensTimestamps() {
        String log = """
                23:59:58.900 [INFO] Scanning for projects...
                23:59:59.250 [INFO] --- readiness-maven-plugin:0.1.0-SNAPSHOT:check (default-cli) @ module-2000 ---
                00:00:00.100 [INFO] Policy: built-in
                00:00:01.005 [INFO] BUILD SUCCESS
                """;
        assertEquals(1755, MavenShots.goalMillis(log, "readiness-maven-plugin"));
    }

    @Test
    void thePomConfiguresBothGoalsSoTheyNeverFailOnTheGeneratedCoverage() {
        String pom = MavenShots.pom(2000);
        assertTrue(pom.contains("<artifactId>module-2000</artifactId>"), pom);
        assertTrue(pom.contains("<failOnNotReady>false</failOnNotReady>"), pom);
        assertTrue(pom.contains("<minimum>0.10</minimum>"), pom);
    }
}
