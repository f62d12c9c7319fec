package io.github.readiness.maven.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.build.BuildSetting;
import io.github.readiness.rules.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the Java level comes from: the compiler plugin's parameter beats its property (as Maven configures mojos),
 * release beats target beats source. Each row is a POM's properties and compiler configuration.
 */
class JavaLevelTest {
    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.acme</groupId>
              <artifactId>level</artifactId>
              <version>1.0.0</version>
              <properties>
                %s
              </properties>
              <build>
                %s
                  <plugins>
                    <plugin>
                      <artifactId>maven-compiler-plugin</artifactId>
                      <version>3.16.0</version>
                      <configuration>
                        %s
                      </configuration>
                    </plugin>
                  </plugins>
                %s
              </build>
            </project>
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} | {1} -> {3} from {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                // properties                                                   | compiler configuration         |
                // section | value | source                              | line of
                "<maven.compiler.release>17</maven.compiler.release>          | ''                               | plugins | 17  | property maven.compiler.release      | <maven.compiler.release>",
                "''                                                            | <release>21</release>            | plugins | 21  | maven-compiler-plugin <release>      | <release>",
                "<maven.compiler.release>17</maven.compiler.release>          | <release>21</release>            | plugins | 21  | maven-compiler-plugin <release>      | <release>",
                "<java.level>17</java.level>                                   | <release>${java.level}</release> | plugins | 17  | maven-compiler-plugin <release>      | <release>",
                "''                                                            | <release>21</release>            | pluginManagement | 21 | maven-compiler-plugin <release> | <release>",
                "<maven.compiler.source>1.8</maven.compiler.source><maven.compiler.target>1.8</maven.compiler.target> | '' | plugins | 1.8 | property maven.compiler.target | <maven.compiler.source>",
                "<maven.compiler.source>11</maven.compiler.source>            | ''                               | plugins | 11  | property maven.compiler.source       | <maven.compiler.source>",
                "<maven.compiler.target>1.8</maven.compiler.target>           | <target>11</target>              | plugins | 11  | maven-compiler-plugin <target>       | <target>",
                "<maven.compiler.release>  </maven.compiler.release>          | <source>17</source>              | plugins | 17  | maven-compiler-plugin <source>       | <source>",
                "<maven.compiler.target>1.8</maven.compiler.target>           | <release></release>              | plugins | 1.8 | property maven.compiler.target       | <maven.compiler.target>",
                "''                                                            | <encoding>UTF-8</encoding>       | plugins | NULL | NULL                                | NULL",
                "<maven.compiler.fork>true</maven.compiler.fork>              | ''                               | pluginManagement | NULL | NULL                       | NULL",
            })
    void javaLevelAndItsSource(
            String properties, String configuration, String section, String value, String source, String lineOf)
            throws Exception {
        Path pom = dir.resolve("pom.xml");
        boolean managed = section.equals("pluginManagement");
        Files.writeString(
                pom,
                POM.formatted(
                        properties,
                        managed ? "<pluginManagement>" : "",
                        configuration,
                        managed ? "</pluginManagement>" : ""));

        BuildSetting level =
                BuildModelFactory.from(EffectiveModels.project(pom), null).javaRelease();

        BuildSetting expected = value == null
                ? BuildSetting.UNSET
                : new BuildSetting(value, source, new Location("pom.xml", EffectiveModels.lineOf(pom, lineOf)));
        assertEquals(expected, level);
    }

    /** jsoup's shape: no level at plugin level, default-compile unbound, the level set in the executions that run. */
    private static final String EXECUTIONS = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.acme</groupId>
              <artifactId>level</artifactId>
              <version>1.0.0</version>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>maven-compiler-plugin</artifactId>
                    <version>3.16.0</version>
                    <configuration><encoding>UTF-8</encoding></configuration>
                    <executions>
                      <execution>
                        <id>default-compile</id>
                        <phase>none</phase>
                        <configuration><release>99</release></configuration>
                      </execution>
                      <execution>
                        <id>java8-tests</id>
                        <phase>test-compile</phase>
                        <goals><goal>testCompile</goal></goals>
                        <configuration><release>11</release></configuration>
                      </execution>
                      <execution>
                        <id>java8-base</id>
                        <phase>compile</phase>
                        <goals><goal>compile</goal></goals>
                        <configuration>%s</configuration>
                      </execution>
                    </executions>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    @ParameterizedTest(name = "{0} -> {1} from {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "<release>8</release>                      | 8    | maven-compiler-plugin execution java8-base <release> | <release>8",
                "<source>1.8</source><target>1.8</target>  | 1.8  | maven-compiler-plugin execution java8-base <target>  | <target>",
                // only an unbound execution and a test execution declare a level: the main code gets the plugin's
                // default
                "<excludes><exclude>x</exclude></excludes> | NULL | NULL                                                 | NULL",
            })
    void aLevelSetOnlyInTheCompileExecutionsCounts(String configuration, String value, String source, String lineOf)
            throws Exception {
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, EXECUTIONS.formatted(configuration));

        BuildSetting level =
                BuildModelFactory.from(EffectiveModels.project(pom), null).javaRelease();

        BuildSetting expected = value == null
                ? BuildSetting.UNSET
                : new BuildSetting(value, source, new Location("pom.xml", EffectiveModels.lineOf(pom, lineOf)));
        assertEquals(expected, level);
    }
}
