package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.EffectivePolicy;
import io.github.readiness.maven.evaluation.PomPolicy;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal that applies the readiness policy shares: the policy parameters, declared once, from which
 * {@link EffectivePolicy} builds the effective policy: built-in policy, then {@code policy}, then the project's
 * readiness.yaml, then these parameters.
 */
public abstract class AbstractPolicyMojo extends AbstractReadinessMojo {
    /**
     * The policy to start from, applied before the project's {@code readiness.yaml} and this configuration: a preset
     * ({@code default}, {@code bronze}, {@code silver}, {@code gold}, gold the strictest), a resource on the plugin's
     * classpath ({@code classpath:acme/readiness.yaml}: how an organisation ships its policy, as a jar added to the
     * plugin's {@code <dependencies>}), or a YAML/JSON file path (relative to the module). Default: none, the built-in
     * policy. The project's {@code readiness.yaml} (module root, else reactor root) is read in any case. Example:
     *
     * <pre>{@code
     * <plugin>
     *   <groupId>io.github.readiness</groupId>
     *   <artifactId>readiness-maven-plugin</artifactId>
     *   <configuration>
     *     <policy>classpath:acme/readiness.yaml</policy>
     *   </configuration>
     *   <dependencies>
     *     <dependency>
     *       <groupId>com.acme</groupId>
     *       <artifactId>acme-readiness-policy</artifactId>
     *       <version>1.0.0</version>
     *     </dependency>
     *   </dependencies>
     * </plugin>
     * }</pre>
     * @since 0.1.0
     */
    @Parameter(property = "readiness.policy")
    private String policy;

    /**
     * Minimum overall score, 0-100, below which the verdict is NOT_READY. Default 80 (or the policy file's).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.minScore")
    private Integer minScore;

    /**
     * Minimum line coverage (rule {@code coverage.line}), as a ratio or a percentage: {@code 0.8}, {@code 80%}.
     * Default {@code 80%} (or the policy file's).
     * @since 0.1.0
     */
    @Parameter(property = "readiness.minLineCoverage")
    private String minLineCoverage;

    /**
     * Minimum branch coverage (rule {@code coverage.branch}), as a ratio or a percentage: {@code 0.7},
     * {@code 70%}. Default {@code 70%} (or the policy file's).
     * @since 0.1.0
     */
    @Parameter(property = "readiness.minBranchCoverage")
    private String minBranchCoverage;

    /**
     * Level per rule id: {@code ERROR} (findings can block), {@code WARN} (reported, never blocking) or
     * {@code OFF} (not evaluated). Unknown rule ids are errors. Example:
     *
     * <pre>{@code
     * <ruleLevels>
     *   <coverage.branch>WARN</coverage.branch>
     * </ruleLevels>
     * }</pre>
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> ruleLevels;

    /**
     * Effort estimate per rule id, in minutes per unit of the rule's first documented rate ({@code coverage.line}:
     * minutes per line still to cover, default 5; {@code security.vulnerabilities}: minutes per upgrade within the
     * same major version, default 60). A rule's other rates and every finding's effort scale with it. A whole number,
     * 0 or more; unknown rule ids are errors. {@code mvn readiness:policy} lists every rule's rate. Default: the
     * rules' documented estimates (or the policy file's {@code rules.<id>.effort}). Example:
     *
     * <pre>{@code
     * <ruleEfforts>
     *   <coverage.line>10</coverage.line>
     *   <security.vulnerabilities>120</security.vulnerabilities>
     * </ruleEfforts>
     * }</pre>
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> ruleEfforts;

    /**
     * Which CVSS score ranks a vulnerability: {@code HIGHEST} (the highest of v4, v3 and v2 present; default),
     * {@code V4}, {@code V3} or {@code V2} (that version when present, else the highest). CRITICAL >= 9.0, HIGH >=
     * 7.0, MEDIUM >= 4.0, LOW > 0.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.cvssPreference")
    private String cvssPreference;

    /**
     * The lowest severity of a vulnerability or SARIF security result that blocks the release: {@code CRITICAL}
     * (default), {@code HIGH}, {@code MEDIUM} or {@code LOW}. Known-exploited vulnerabilities (CISA KEV) always
     * block.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.blockingSeverity")
    private String blockingSeverity;

    /**
     * A dependency audit scanned longer ago than this many days (by the report's own scan date, {@code reportDate},
     * else the file's time) is stale, a finding of rule {@code dependencies.audit}; the age is taken at the build's
     * start. Default: 30 (dependency-check's NVD data is out of date within days; a month allows a scheduled audit
     * job). An audit older than the POM is always stale.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.maxAuditAgeDays")
    private Integer maxAuditAgeDays;

    /**
     * Reviewed hardcoded secrets that must not gate (rule {@code security.secrets}): they are reported as INFO with
     * the entry that allows them. Entry forms: {@code fingerprint:<12 hex>} (the fingerprint is the last word of the
     * finding's key: that value wherever it appears), {@code <path glob>} (every secret in matching files), or
     * {@code <path glob>#<pattern id>} (one kind of secret there). Globs apply to paths relative to the module with
     * {@code *}, {@code **} and {@code ?}. An entry that matches nothing is reported, so stale entries get removed.
     * Pattern ids: {@code private-key}, {@code aws-access-key-id}, {@code aws-secret-access-key},
     * {@code github-token}, {@code gitlab-token}, {@code slack-token}, {@code slack-webhook}, {@code jwt},
     * {@code credential-assignment}, {@code default-credential}. Default: none. Replaces a policy file's list.
     * Example:
     *
     * <pre>{@code
     * <secretAllowList>
     *   <entry>src/main/resources/application-local.properties#default-credential</entry>
     *   <entry>fingerprint:3f2a9c01b7de</entry>
     * </secretAllowList>
     * }</pre>
     * @since 0.1.0
     */
    @Parameter
    private List<String> secretAllowList;

    /**
     * The maturity level the project must reach: {@code bronze}, {@code silver} or {@code gold} (the presets of the
     * same names). Every build reports the level reached (stone below bronze) and what the next one needs; below the
     * required level the verdict is NOT_READY. Default: none required.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.requiredLevel")
    private String requiredLevel;

    /**
     * Multi-module builds: where the coverage thresholds apply. {@code module} (default): each module against its
     * thresholds, as in a single-module build; {@code aggregate}: only the reactor's aggregated coverage (covered and
     * missed lines summed over the modules, or the report-aggregate XML) blocks, a module below the bar only reports
     * it; {@code both}: each module and the aggregate. Policy file key {@code coverage.scope}.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.coverageScope")
    private String coverageScope;

    /**
     * Multi-module builds: when a NOT_READY verdict fails the build. {@code end} (default): each module's verdict is
     * logged and the build fails once, at the end of the reactor, with the reactor summary listing every module's
     * blockers; {@code module}: at the first NOT_READY module, as a single-module build does. Policy file key
     * {@code reactor.failAt}.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.failAt")
    private String failAt;

    /**
     * Whether the service rules (deployment, data, observability, security.management-exposure) apply:
     * {@code auto} (default) detects a deployable service from the build (packaging war/ear, spring-boot, quarkus or
     * micronaut maven plugin, jib/docker image builds, an HTTP server starter) and shows the detected kind and reason
     * in the evidence table; {@code service} or {@code library} overrides the detection. Policy file key
     * {@code projectType}.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.projectType")
    private String projectType;

    /** The {@code policy} parameter, or null. */
    final String policyReference() {
        return policy;
    }

    /** The policy parameters as configured, for {@code ReadinessFacade}. */
    final PomPolicy pomPolicy() {
        return new PomPolicy(
                minScore,
                minLineCoverage,
                minBranchCoverage,
                ruleLevels,
                cvssPreference,
                blockingSeverity,
                maxAuditAgeDays,
                secretAllowList,
                requiredLevel,
                ruleEfforts,
                coverageScope,
                failAt,
                projectType);
    }
}
