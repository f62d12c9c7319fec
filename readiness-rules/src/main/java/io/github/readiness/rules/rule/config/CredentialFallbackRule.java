package io.github.readiness.rules.rule.config;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.evidence.source.HardcodedSecret;
import io.github.readiness.rules.evidence.source.SecretKind;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code config.credential-fallback}: a credential-like key read with a hardcoded fallback, the audits' "API key
 * fallback to demo-key" blocker: {@code ${API_KEY:demo-key}} in application configuration, {@code
 * @Value("${api.key:demo-key}")}, {@code System.getenv().getOrDefault("API_KEY", "demo-key")}, {@code
 * getProperty("api.key", "demo-key")}, {@code Optional...getenv("API_KEY")...orElse("demo-key")}, {@code
 * @ConfigProperty(name = "api.key", defaultValue = "demo-key")}, found by the one source scan. The application starts
 * with the fallback when the variable is missing, instead of failing. One HIGH finding per place, not blocking (a
 * local development default can be on purpose), {@value #MINUTES_PER_FALLBACK} min each; key {@code <file>
 * <fingerprint>}. A secretAllowList entry ({@code <file glob>#placeholder-default}, {@code #code-fallback} or {@code
 * fingerprint:...}) marks it intended: an INFO finding that costs nothing. Empty fallbacks ({@code ${API_KEY:}}),
 * references and environment variable names are not fallbacks to a credential. Score: {@value
 * io.github.readiness.rules.rule.SeverityDecay#FORMULA}; not applicable when the sources were not scanned, and for a
 * library without any fallback (it has no application configuration to score; one with a fallback is reported).
 */
public final class CredentialFallbackRule extends AbstractRule<SourceScan> {
    static final int MINUTES_PER_FALLBACK = 15;

    private static final RuleMetadata METADATA = RuleMetadata.builder(
                    "config.credential-fallback", Category.CONFIGURATION)
            .title("No hardcoded fallback for credentials")
            .description("No password, secret, token or API key is read with a hardcoded fallback (${API_KEY:demo-key},"
                    + " @Value(\"${api.key:demo-key}\"), getOrDefault(\"API_KEY\", \"demo-key\")): a missing variable"
                    + " must stop the application, not run it with a demo credential.")
            .remediation("Remove the fallback so that the application fails to start without the variable: ${API_KEY}"
                    + " (Spring, Quarkus, Micronaut), @Value(\"${api.key}\"), System.getenv(\"API_KEY\") checked for null;"
                    + " keep development values in a profile that is never deployed (application-dev.properties).")
            .effort(EffortModel.per(MINUTES_PER_FALLBACK, "per fallback"))
            .build();
    private static final String REMEDIATION = "Remove the fallback so that the application fails to start without"
            + " the variable, e.g. %s; if it is a local development value on purpose, mark it intended with a"
            + " secretAllowList entry '%s#%s' (or 'fingerprint:%s').";
    private static final String ALLOWED_REMEDIATION =
            "Nothing to do while the allow-list entry holds; review it when the file changes.";

    public CredentialFallbackRule() {
        super(METADATA, ProjectEvidence::sources);
    }

    @Override
    protected RuleOutcome judge(SourceScan sources, RuleContext context) {
        List<HardcodedSecret> fallbacks = new ArrayList<>(sources.secrets().stream()
                .filter(secret -> secret.kind() == SecretKind.PLACEHOLDER_DEFAULT)
                .toList());
        if (fallbacks.isEmpty() && ServiceEvidence.of(context.evidence()).isEmpty()) {
            return RuleOutcome.notApplicable(); // a library without fallbacks: no configuration to judge
        }
        fallbacks.sort(Comparator.comparing((HardcodedSecret s) -> s.location().file())
                .thenComparingInt(s -> s.location().line()));
        List<Finding> findings = new ArrayList<>();
        for (HardcodedSecret fallback : fallbacks) {
            String key = fallback.location().file() + " " + fallback.fingerprint();
            String message = fallback.description() + " " + fallback.masked() + " in " + fallback.location()
                    + ": the application runs with it when the variable is unset";
            List<String> allowing = context.policy()
                    .secretAllowList()
                    .matching(fallback.location().file(), fallback.patternId(), fallback.fingerprint());
            if (allowing.isEmpty()) {
                findings.add(context.finding(Severity.HIGH, key, message)
                        .at(fallback.location())
                        .remediation(String.format(
                                REMEDIATION,
                                withoutDefault(fallback.masked()),
                                fallback.location().file(),
                                fallback.patternId(),
                                fallback.fingerprint()))
                        .effort(MINUTES_PER_FALLBACK)
                        .notBlocking());
            } else {
                findings.add(context.finding(
                                Severity.INFO,
                                key,
                                message + ", allowed by secretAllowList entry '" + allowing.get(0) + "'")
                        .at(fallback.location())
                        .remediation(ALLOWED_REMEDIATION)
                        .effort(0)
                        .notBlocking());
            }
        }
        return RuleOutcome.decayed(findings);
    }

    /** {@code ${MYSQL_PASS}} of the shown {@code ${MYSQL_PASS:****}}; the variable read without a fallback. */
    private static String withoutDefault(String masked) {
        int colon = masked.indexOf(':');
        return masked.startsWith("${") && colon > 2 ? masked.substring(0, colon) + "}" : "the read without fallback";
    }
}
