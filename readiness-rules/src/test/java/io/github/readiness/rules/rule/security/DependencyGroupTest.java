package io.github.readiness.rules.rule.security;

import static io.github.readiness.rules.rule.security.SecurityFixtures.cve;
import static io.github.readiness.rules.rule.security.SecurityFixtures.dependency;
import static io.github.readiness.rules.rule.security.SecurityFixtures.schemaspy;
import static io.github.readiness.rules.rule.security.SecurityFixtures.vuln;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.security.CvssPreference;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.evidence.security.ScannedProject;
import io.github.readiness.rules.evidence.security.Vulnerability;
import io.github.readiness.rules.evidence.security.VulnerableDependency;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.security.DependencyGroup.Ranked;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGroupTest {

    /**
     * schemaspy: 12 vulnerable files, 44 active vulnerabilities. bootstrap.js/bootstrap.min.js (8 each) and
     * jquery-ui.js/jquery-ui.min.js (5 each) are one package each, so 10 packages and 44 - 8 - 5 = 31 vulnerabilities.
     */
    @Test
    void filesOfOnePackageShareOneGroup() throws Exception {
        List<DependencyGroup> groups = DependencyGroup.of(schemaspy(), CvssPreference.HIGHEST);

        assertEquals(
                List.of(
                        "io.airlift:aircompressor 0.27",
                        "org.jruby:jruby 9.4.2.0",
                        "jruby-stdlib-9.4.2.0.jar: bcprov-jdk18on-1.71.jar",
                        "jline:jline 2.14.6",
                        "org.schemaspy:schemaspy 7.0.2",
                        "bootstrap (javascript) 3.3.7",
                        "jquery (javascript) 2.2.3.min",
                        "jquery-ui-dialog (javascript) 1.11.4",
                        "jquery.datatables (javascript) 1.10.15",
                        "jquery (javascript) 3.2.1"),
                groups.stream().map(g -> g.coordinates().display()).toList());
        assertEquals(
                List.of(1, 1, 1, 1, 1, 8, 6, 5, 4, 3),
                groups.stream().map(g -> g.vulnerabilities().size()).toList());
        assertEquals(31, groups.stream().mapToInt(g -> g.active().size()).sum());
        assertEquals(Set.of("SchemaSpy Maven Plugin:compile"), groups.get(5).usedBy());
        assertEquals(
                Set.of("pkg:maven/org.apache.maven/maven-archiver@3.6.6"),
                groups.get(0).includedBy());
    }

    @Test
    void mostSevereFirstThenKnownExploitedThenById() {
        Vulnerability medium = cve("CVE-2020-0003", 5.0);
        Vulnerability highB = cve("CVE-2020-0002", 8.0);
        Vulnerability highA = cve("CVE-2020-0001", 7.5);
        Vulnerability highKev = vuln("CVE-2020-0009").cvss(3, 7.0).kev().build();
        Vulnerability critical = cve("CVE-2020-0008", 9.1);

        DependencyGroup group = single(dependency("pkg:maven/g/a@1", medium, highB, highA, highKev, critical));

        assertEquals(
                List.of("CVE-2020-0008", "CVE-2020-0009", "CVE-2020-0001", "CVE-2020-0002", "CVE-2020-0003"),
                group.vulnerabilities().stream()
                        .map(r -> r.vulnerability().id())
                        .toList());
        assertEquals(
                List.of(Severity.CRITICAL, Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.MEDIUM),
                group.vulnerabilities().stream()
                        .map(r -> r.severity().severity())
                        .toList());
    }

    @Test
    void anIdIsCountedOncePerPackageButActiveAndSuppressedStayApart() {
        Vulnerability active = cve("CVE-2020-1", 7.5);
        Vulnerability suppressed =
                vuln("CVE-2020-1").cvss(3, 7.5).suppressed("not used").build();
        VulnerableDependency js = new VulnerableDependency(
                "a.js",
                null,
                List.of("pkg:javascript/a@1"),
                List.of(active, suppressed),
                List.of("m1:compile"),
                List.of());
        VulnerableDependency minJs = new VulnerableDependency(
                "a.min.js", null, List.of("pkg:javascript/a@1"), List.of(active), List.of("m2:compile"), List.of());

        DependencyGroup group = single(js, minJs);

        assertEquals(
                List.of("CVE-2020-1"),
                group.active().stream().map(r -> r.vulnerability().id()).toList());
        assertEquals(
                List.of("not used"),
                group.suppressed().stream().map(r -> r.vulnerability().notes()).toList());
        assertEquals(Set.of("m1:compile", "m2:compile"), group.usedBy());
    }

    @Test
    void theCvssPreferenceRanksTheGroup() throws Exception {
        VulnerableDependency aircompressor = schemaspy().vulnerable().get(0);

        Ranked highest = DependencyGroup.of(audit(aircompressor), CvssPreference.HIGHEST)
                .get(0)
                .active()
                .get(0);
        Ranked v4 = DependencyGroup.of(audit(aircompressor), CvssPreference.V4)
                .get(0)
                .active()
                .get(0);

        assertEquals(Severity.HIGH, highest.severity().severity());
        assertEquals("CVSS v3 7.5", highest.severity().decidedBy());
        assertEquals(Severity.MEDIUM, v4.severity().severity());
        assertEquals("CVSS v4 6.3", v4.severity().decidedBy());
    }

    private static DependencyGroup single(VulnerableDependency... dependencies) {
        List<DependencyGroup> groups = DependencyGroup.of(audit(dependencies), CvssPreference.HIGHEST);
        assertEquals(1, groups.size());
        return groups.get(0);
    }

    private static DependencyAudit audit(VulnerableDependency... dependencies) {
        return new DependencyAudit(
                "dependency-check", "12.2.2", dependencies.length, List.of(dependencies), ScannedProject.UNKNOWN);
    }
}
