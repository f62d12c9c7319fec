package io.github.readiness.rules.rule.security;

import static io.github.readiness.rules.rule.security.SecurityFixtures.cve;
import static io.github.readiness.rules.rule.security.SecurityFixtures.dependency;
import static io.github.readiness.rules.rule.security.SecurityFixtures.matchedBelow;
import static io.github.readiness.rules.rule.security.SecurityFixtures.schemaspyDependency;
import static io.github.readiness.rules.rule.security.SecurityFixtures.vuln;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.security.AffectedRange;
import io.github.readiness.rules.evidence.security.CvssPreference;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.evidence.security.ScannedProject;
import io.github.readiness.rules.evidence.security.Vulnerability;
import io.github.readiness.rules.evidence.security.VulnerableDependency;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradeAdviceTest {
    private static final String LOG4J = "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1";
    private static final String SUPPRESS_HINT =
            " If a vulnerability does not apply, suppress it in dependency-check with a justification (<notes>).";

    /** The NVD ranges of the three Log4j 2 CVEs of December 2021. */
    private static final Vulnerability LOG4SHELL = vuln("CVE-2021-44228")
            .cvss(3, 10.0)
            .kev()
            .range(matchedBelow("2.0.1", "2.3.1"), matchedBelow("2.4.0", "2.12.2"), matchedBelow("2.13.0", "2.15.0"))
            .build();

    private static final Vulnerability CVE_2021_45046 = vuln("CVE-2021-45046")
            .cvss(3, 9.0)
            .range(matchedBelow("2.0.1", "2.12.2"), matchedBelow("2.13.0", "2.16.0"))
            .build();
    private static final Vulnerability CVE_2021_44832 = vuln("CVE-2021-44832")
            .cvss(3, 6.6)
            .range(matchedBelow("2.0-beta7", "2.3.2"), matchedBelow("2.4", "2.12.4"), matchedBelow("2.13.0", "2.17.1"))
            .build();

    @Test
    void log4shellWithinTheSameMajorVersion() {
        UpgradeAdvice advice = advice(dependency(LOG4J, LOG4SHELL));

        assertEquals(
                "Upgrade org.apache.logging.log4j:log4j-core 2.14.1 to 2.15.0 or later: fixes CVE-2021-44228."
                        + SUPPRESS_HINT,
                advice.text());
        assertEquals(UpgradeAdvice.MINOR_UPGRADE, advice.effortMinutes());
        assertEquals(60, advice.effortMinutes());
    }

    @Test
    void theHighestFixAcrossTheVulnerabilitiesOfAPackage() {
        UpgradeAdvice advice = advice(dependency(LOG4J, CVE_2021_44832, CVE_2021_45046, LOG4SHELL));

        // listed most severe first (CRITICAL and known exploited, CRITICAL, MEDIUM); 2.17.1 fixes all three
        assertEquals(
                "Upgrade org.apache.logging.log4j:log4j-core 2.14.1 to 2.17.1 or later: fixes CVE-2021-44228,"
                        + " CVE-2021-45046, CVE-2021-44832." + SUPPRESS_HINT,
                advice.text());
        assertEquals(60, advice.effortMinutes());
    }

    /** The real aircompressor entry of schemaspy: 0.27 to 2.0.3 crosses a major version, through maven-archiver. */
    @Test
    void aMajorUpgradeThroughATransitiveDependency() throws Exception {
        UpgradeAdvice advice = advice(schemaspyDependency("aircompressor-0.27.jar"));

        assertEquals(
                "Upgrade io.airlift:aircompressor 0.27 to 2.0.3 or later: fixes CVE-2025-67721. It comes in"
                        + " through pkg:maven/org.apache.maven/maven-archiver@3.6.6: upgrade that dependency, or pin a fixed"
                        + " version of io.airlift:aircompressor in <dependencyManagement>." + SUPPRESS_HINT,
                advice.text());
        assertEquals(UpgradeAdvice.MAJOR_UPGRADE, advice.effortMinutes());
        assertEquals(240, advice.effortMinutes());
    }

    /** The real bcprov entry of schemaspy: no package id, so the file name and no version; the matched range fixes. */
    @Test
    void aFileWithoutPackageStillGetsTheMatchedFix() throws Exception {
        UpgradeAdvice advice = advice(schemaspyDependency("jruby-stdlib-9.4.2.0.jar: bcprov-jdk18on-1.71.jar"));

        assertEquals(
                "Upgrade jruby-stdlib-9.4.2.0.jar: bcprov-jdk18on-1.71.jar to 1.73 or later: fixes" + " CVE-2023-33202."
                        + SUPPRESS_HINT,
                advice.text());
        assertEquals(60, advice.effortMinutes(), "no version in use, so no major bump can be told");
    }

    @Test
    void noRangeMeansNoKnownFix() {
        UpgradeAdvice advice =
                advice(dependency("pkg:maven/com.acme/lib@1.0", cve("CVE-2020-1", 7.5), cve("CVE-2020-2", 5.0)));

        assertEquals(
                "Upgrade com.acme:lib 1.0 to a version without CVE-2020-1, CVE-2020-2 (the report names no fixed"
                        + " version: check the advisories), or remove it." + SUPPRESS_HINT,
                advice.text());
        assertEquals(UpgradeAdvice.UNKNOWN_FIX, advice.effortMinutes());
        assertEquals(120, advice.effortMinutes());
    }

    @Test
    void aKnownFixBesideAnUnknownOneCostsTheUnknownEffort() {
        UpgradeAdvice advice = advice(dependency(LOG4J, LOG4SHELL, cve("CVE-2099-1", 5.0)));

        assertEquals(
                "Upgrade org.apache.logging.log4j:log4j-core 2.14.1 to 2.15.0 or later: fixes CVE-2021-44228."
                        + " No fixed version is known for CVE-2099-1: check the advisories." + SUPPRESS_HINT,
                advice.text());
        assertEquals(120, advice.effortMinutes());
    }

    @Test
    void aMajorBumpOutweighsAnUnknownFix() {
        Vulnerability major = vuln("CVE-2099-2")
                .cvss(3, 8.0)
                .range(matchedBelow("1.0", "3.0.1"))
                .build();

        UpgradeAdvice advice = advice(dependency("pkg:maven/com.acme/lib@1.4", major, cve("CVE-2099-1", 5.0)));

        assertEquals(240, advice.effortMinutes());
    }

    @Test
    void anInclusiveEndSaysAVersionAfterIt() {
        Vulnerability jqueryUi = vuln("CVE-2016-7103")
                .cvss(3, 6.1)
                .range(new AffectedRange("1.10.0", null, "1.11.4", null, true))
                .build();

        UpgradeAdvice advice = advice(dependency("pkg:javascript/jquery-ui@1.11.4", jqueryUi));

        assertEquals(
                "Upgrade jquery-ui (javascript) 1.11.4 to a version after 1.11.4: fixes CVE-2016-7103." + SUPPRESS_HINT,
                advice.text());
        assertEquals(60, advice.effortMinutes());
    }

    @Test
    void aNonMavenPackageIsUpgradedThroughWhatIncludesIt() {
        VulnerableDependency lodash = dependency(
                "pkg:npm/lodash@4.17.20",
                List.of(),
                List.of("pkg:npm/b-app@2.0.0", "pkg:npm/a-lib@1.0.0"),
                vuln("CVE-2021-23337")
                        .cvss(3, 7.2)
                        .range(matchedBelow(null, "4.17.21"))
                        .build());

        assertEquals(
                "Upgrade lodash (npm) 4.17.20 to 4.17.21 or later: fixes CVE-2021-23337. It comes in through"
                        + " pkg:npm/a-lib@1.0.0, pkg:npm/b-app@2.0.0: upgrade that dependency." + SUPPRESS_HINT,
                advice(lodash).text());
    }

    @Test
    void suppressedVulnerabilitiesAreNotPartOfTheAdvice() {
        Vulnerability suppressed = vuln("CVE-2021-45046")
                .cvss(3, 9.0)
                .range(matchedBelow("2.13.0", "2.16.0"))
                .suppressed("not reachable")
                .build();

        UpgradeAdvice advice = advice(dependency(LOG4J, LOG4SHELL, suppressed));

        assertEquals(
                "Upgrade org.apache.logging.log4j:log4j-core 2.14.1 to 2.15.0 or later: fixes CVE-2021-44228."
                        + SUPPRESS_HINT,
                advice.text());
    }

    private static UpgradeAdvice advice(VulnerableDependency dependency) {
        DependencyAudit audit =
                new DependencyAudit("dependency-check", "12.2.2", 1, List.of(dependency), ScannedProject.UNKNOWN);
        List<DependencyGroup> groups = DependencyGroup.of(audit, CvssPreference.HIGHEST);
        assertEquals(1, groups.size());
        return UpgradeAdvice.of(groups.get(0));
    }
}
