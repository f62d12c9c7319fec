package io.github.readiness.maven.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.evidence.BuildProvenance.AgentDrop;
import io.github.readiness.rules.evidence.BuildProvenance.TestSkip;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What skipped the tests and what drops JaCoCo's agent, read from real effective models. */
class BuildFactsTest {
    @TempDir
    Path base;

    @SuppressWarnings("deprecation") // the constructor Maven 3.8 itself still uses for a session without a container
    private static MavenSession session() {
        return new MavenSession(
                null, new DefaultMavenExecutionRequest(), new DefaultMavenExecutionResult(), java.util.List.of());
    }

    private MavenProject project(String properties, String plugins, boolean testSources) throws Exception {
        Files.writeString(base.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>g</groupId><artifactId>a</artifactId><version>1</version>
                  <properties>%s</properties>
                  <build><plugins>%s</plugins></build>
                </project>
                """.formatted(properties, plugins));
        if (testSources) {
            Path test = Files.createDirectories(base.resolve("src/test/java/a"));
            Files.writeString(test.resolve("ATest.java"), "class ATest {}");
        }
        MavenProject project = EffectiveModels.project(base.resolve("pom.xml"));
        project.addTestCompileSourceRoot(base.resolve("src/test/java").toString());
        return project;
    }

    private static String surefire(String configuration, String executionConfiguration) {
        return """
                <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId>
                  <configuration>%s</configuration>
                  <executions><execution><id>default-test</id><phase>test</phase><goals><goal>test</goal></goals>
                    <configuration>%s</configuration></execution></executions>
                </plugin>""".formatted(configuration, executionConfiguration);
    }

    private static final String FAILSAFE = """
            <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-failsafe-plugin</artifactId>
              <executions><execution><goals><goal>integration-test</goal><goal>verify</goal></goals></execution>
              </executions>
            </plugin>""";

    private static String jacoco(String configuration) {
        return """
                <plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId>
                  <executions><execution><goals><goal>prepare-agent</goal></goals>
                    <configuration>%s</configuration></execution></executions>
                </plugin>""".formatted(configuration);
    }

    @Test
    void surefireConfiguredToSkipSkipsTheTests() throws Exception {
        MavenProject project = project("", surefire("<skipTests>true</skipTests>", ""), true);

        assertEquals(
                new TestSkip(
                        "maven-surefire-plugin's <skipTests>true</skipTests> in execution default-test",
                        "remove <skipTests> from maven-surefire-plugin's configuration in the POM (or set it to false) so the"
                                + " tests run"),
                BuildFacts.testSkip(session(), project));
    }

    @Test
    void theExecutionsConfigurationAndInterpolatedPropertiesCount() throws Exception {
        MavenProject project = project("<unit.skip>true</unit.skip>", surefire("", "<skip>${unit.skip}</skip>"), true);

        assertEquals(
                "maven-surefire-plugin's <skip>true</skip> in execution default-test",
                BuildFacts.testSkip(session(), project).reason());
    }

    @Test
    void aSkippedSurefireNextToARunningFailsafeIsNoSkip() throws Exception {
        MavenProject project = project("", surefire("<skipTests>true</skipTests>", "") + FAILSAFE, true);

        assertNull(BuildFacts.testSkip(session(), project));
    }

    @Test
    void aModuleWithoutTestSourcesSkipsNothingWhateverItSets() throws Exception {
        MavenProject project = project("<maven.test.skip>true</maven.test.skip>", "", false);

        assertNull(BuildFacts.testSkip(session(), project));
    }

    @Test
    void theSkipPropertyInThePomSkips() throws Exception {
        MavenProject project = project("<maven.test.skip>true</maven.test.skip>", "", true);

        assertEquals(TestSkip.property("maven.test.skip"), BuildFacts.testSkip(session(), project));
    }

    @Test
    void anArgLineWithoutTheAgentPropertyDropsTheAgent() throws Exception {
        MavenProject project = project("", jacoco("") + surefire("<argLine>-Xss640k</argLine>", ""), true);

        assertEquals(new AgentDrop("maven-surefire-plugin", "-Xss640k", "argLine"), BuildFacts.agentDrop(project));
    }

    @Test
    void anArgLineWithTheAgentPropertyKeepsIt() throws Exception {
        assertNull(BuildFacts.agentDrop(
                project("", jacoco("") + surefire("<argLine>@{argLine} -Xss640k</argLine>", ""), true)));
        assertNull(BuildFacts.agentDrop(project(
                "",
                jacoco("<propertyName>jacocoArgs</propertyName>")
                        + surefire("<argLine>${jacocoArgs} -Xss640k</argLine>", ""),
                true)));
    }

    @Test
    void withoutPrepareAgentNothingIsDropped() throws Exception {
        assertNull(BuildFacts.agentDrop(project("", surefire("<argLine>-Xss640k</argLine>", ""), true)));
    }
}
