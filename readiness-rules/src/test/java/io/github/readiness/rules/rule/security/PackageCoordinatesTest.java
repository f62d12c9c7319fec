package io.github.readiness.rules.rule.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.security.VulnerableDependency;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageCoordinatesTest {

    /** Package ids as dependency-check writes them (purls in 5.x and later, GAVs in 4.x), first one wins. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # package id                                                   | name                                   | version       | maven | display
        pkg:maven/org.springframework/spring-web@5.3.22                | org.springframework:spring-web         | 5.3.22        | true  | org.springframework:spring-web 5.3.22
        pkg:maven/io.airlift/aircompressor@0.27?type=jar               | io.airlift:aircompressor               | 0.27          | true  | io.airlift:aircompressor 0.27
        pkg:maven/com.example/my%2Dlib@1.0.0%2Bbuild.5?type=jar#sub/x  | com.example:my-lib                     | 1.0.0+build.5 | true  | com.example:my-lib 1.0.0+build.5
        pkg:maven/org.example/lib                                      | org.example:lib                        | -             | true  | org.example:lib
        pkg:javascript/jquery@2.2.3.min                                | jquery (javascript)                    | 2.2.3.min     | false | jquery (javascript) 2.2.3.min
        pkg:npm/%40angular/core@12.0.0                                 | @angular/core (npm)                    | 12.0.0        | false | @angular/core (npm) 12.0.0
        pkg:npm/@babel/traverse@7.22.5                                 | @babel/traverse (npm)                  | 7.22.5        | false | @babel/traverse (npm) 7.22.5
        pkg:npm/lodash@4.17.20                                         | lodash (npm)                           | 4.17.20       | false | lodash (npm) 4.17.20
        commons-beanutils:commons-beanutils-core:1.8.3                 | commons-beanutils:commons-beanutils-core | 1.8.3       | true  | commons-beanutils:commons-beanutils-core 1.8.3
        """)
    void namesAPackageByItsId(String packageId, String name, String version, boolean maven, String display) {
        PackageCoordinates coordinates = PackageCoordinates.of(dependency("some.jar", packageId));

        assertEquals(new PackageCoordinates(name, version, maven), coordinates);
        assertEquals(display, coordinates.display());
    }

    @Test
    void aMavenPurlWinsOverAnEarlierPurlOfAnotherType() {
        PackageCoordinates coordinates = PackageCoordinates.of(dependency(
                "jquery-ui.js", "pkg:javascript/jquery-ui@1.11.4", "pkg:maven/org.webjars/jquery-ui@1.11.4"));

        assertEquals(new PackageCoordinates("org.webjars:jquery-ui", "1.11.4", true), coordinates);
    }

    @Test
    void theFirstOtherPurlWinsOverALaterOne() {
        // the real jquery-ui.js entry of schemaspy lists jquery-ui-dialog first
        PackageCoordinates coordinates = PackageCoordinates.of(dependency(
                "schemaspy-7.0.2.jar: jquery-ui.js",
                "pkg:javascript/jquery-ui-dialog@1.11.4",
                "pkg:javascript/jquery-ui@1.11.4"));

        assertEquals("jquery-ui-dialog (javascript) 1.11.4", coordinates.display());
    }

    /** No purl, no GAV (a CPE or a two-part id is neither): the file name, without a version. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        jruby-stdlib-9.4.2.0.jar: bcprov-jdk18on-1.71.jar | -                                       | jruby-stdlib-9.4.2.0.jar: bcprov-jdk18on-1.71.jar
        tomcat-jasper-6.0.30.jar                          | cpe:/a:apache:tomcat:6.0.30             | tomcat-jasper-6.0.30.jar
        odd.jar                                           | group:artifact                          | odd.jar
        odd.jar                                           | :artifact:1.0                           | odd.jar
        -                                                 | -                                       | unnamed dependency
        """)
    void fallsBackToTheFileName(String fileName, String packageId, String display) {
        PackageCoordinates coordinates =
                PackageCoordinates.of(packageId == null ? dependency(fileName) : dependency(fileName, packageId));

        assertEquals(new PackageCoordinates(display, null, false), coordinates);
        assertEquals(display, coordinates.display());
    }

    private static VulnerableDependency dependency(String fileName, String... packageIds) {
        return new VulnerableDependency(fileName, null, Arrays.asList(packageIds), List.of(), List.of(), List.of());
    }
}
