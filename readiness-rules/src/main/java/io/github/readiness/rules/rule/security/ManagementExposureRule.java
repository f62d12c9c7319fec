package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ManagementExposure;
import io.github.readiness.rules.evidence.service.ManagementExposure.Exposure;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/**
 * {@code security.management-exposure}: a service exposes management endpoints beyond health and info over HTTP and
 * has no authentication layer on its class path (Spring Boot actuator without Spring Security, Micronaut management
 * without micronaut-security; see {@link ManagementExposure}). CRITICAL and blocking when every endpoint ({@code *})
 * or one that leaks secrets or changes the application (env, heapdump, loggers, shutdown...) is open; HIGH, not
 * blocking, for the others (metrics, prometheus). One finding per profile whose setting differs, at the setting's
 * line; 30 min each. N/A for a library and for frameworks it does not understand (Quarkus, Jakarta EE).
 * Score: {@value io.github.readiness.rules.rule.SeverityDecay#FORMULA}.
 */
public final class ManagementExposureRule extends AbstractRule<ServiceEvidence> {
    static final int MINUTES_PER_SETTING = 30;

    private static final RuleMetadata METADATA = RuleMetadata.builder("security.management-exposure", Category.SECURITY)
            .title("Management endpoints not exposed without authentication")
            .description(
                    "A service exposes no management endpoint beyond health and info over HTTP unless an authentication"
                            + " layer is on its class path (Spring Boot actuator and Spring Security, Micronaut management and"
                            + " micronaut-security). Every endpoint (*) or env, heapdump, loggers, shutdown... block.")
            .remediation("Expose only what probes and dashboards need, e.g. Spring Boot:"
                    + " management.endpoints.web.exposure.include=health,info (Micronaut: keep endpoints.all.sensitive"
                    + " true). If more is needed, add spring-boot-starter-security (micronaut-security) and restrict"
                    + " the management endpoints to an operator role, or serve them on a separate, internal port.")
            .effort(EffortModel.per(MINUTES_PER_SETTING, "per exposing setting"))
            .build();

    public ManagementExposureRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        if (!service.isService() || !ManagementExposure.understands(service)) {
            return RuleOutcome.notApplicable();
        }
        List<Finding> findings = ManagementExposure.find(service).stream()
                .map(e -> finding(context, e))
                .toList();
        return RuleOutcome.decayed(findings);
    }

    /**
     * "management.endpoints.web.exposure.include=* exposes every actuator endpoint (env, heapdump, ...) over HTTP
     * and no authentication layer is on the class path (Spring Boot: spring-boot-starter-security)".
     */
    private static Finding finding(RuleContext context, Exposure exposure) {
        boolean all = exposure.endpoints().contains("*");
        String what = all
                ? "every " + (exposure.framework().name().equals("MICRONAUT") ? "management" : "actuator")
                        + " endpoint (env, heapdump, loggers, ...)"
                : "the endpoints " + String.join(", ", exposure.endpoints());
        String auth =
                exposure.framework().name().equals("MICRONAUT") ? "micronaut-security" : "spring-boot-starter-security";
        String message = exposure.setting().key() + "=" + exposure.setting().value()
                + (exposure.profile() == null ? "" : " (profile " + exposure.profile() + ")") + " exposes " + what
                + " over HTTP and no authentication layer is on the class path (no " + auth + ")";
        boolean blocking = exposure.dangerous();
        String key = exposure.setting().key() + (exposure.profile() == null ? "" : "@" + exposure.profile());
        return context.finding(blocking ? Severity.CRITICAL : Severity.HIGH, key, message)
                .at(exposure.setting().location())
                .effort(MINUTES_PER_SETTING)
                .blocking(blocking);
    }
}
