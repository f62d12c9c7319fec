package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ClasspathArtifact;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.evidence.source.HttpEndpoint;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.Optional;

/**
 * {@code docs.api-contract}: a service with HTTP endpoints (Spring MVC/WebFlux controllers, JAX-RS resources,
 * Micronaut controllers, seen by their annotations in the one source scan) publishes an OpenAPI contract: generated
 * (springdoc, springfox, Quarkus smallrye-openapi, micronaut-openapi, MicroProfile OpenAPI, swagger-jaxrs2 on the
 * runtime class path) or written ({@code openapi.yaml}/{@code .json}, {@code swagger.*} in the repository). One
 * MEDIUM finding at the first endpoint when there is none, never blocking (level WARN), 60 min. Score 100 or 0. N/A
 * for a library and for a service without endpoint annotations.
 */
public final class ApiContractRule extends AbstractRule<SourceScan> {
    static final int EFFORT_MINUTES = 60;
    static final List<String> GENERATORS = List.of(
            "org.springdoc:*",
            "io.springfox:*",
            "io.quarkus:quarkus-smallrye-openapi",
            "io.smallrye:smallrye-open-api-*",
            "io.micronaut.openapi:*",
            "org.eclipse.microprofile.openapi:*",
            "io.swagger.core.v3:swagger-jaxrs2*",
            "io.helidon.microprofile.openapi:*");

    private static final RuleMetadata METADATA = RuleMetadata.builder("docs.api-contract", Category.DOCUMENTATION)
            .title("HTTP API contract")
            .description(
                    "A service with HTTP endpoints publishes an OpenAPI contract, generated from the code (springdoc,"
                            + " smallrye-openapi, micronaut-openapi) or kept in the repository (openapi.yaml).")
            .remediation(
                    "Spring Boot: org.springdoc:springdoc-openapi-starter-webmvc-ui (webflux-ui for WebFlux); Quarkus:"
                            + " quarkus-smallrye-openapi; Micronaut: io.micronaut.openapi:micronaut-openapi as annotation"
                            + " processor; or write src/main/resources/openapi.yaml and keep it next to the code.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to publish a contract"))
            .level(RuleLevel.WARN)
            .build();

    public ApiContractRule() {
        super(METADATA, ProjectEvidence::sources);
    }

    @Override
    protected RuleOutcome judge(SourceScan sources, RuleContext context) {
        Optional<ServiceEvidence> service = ServiceEvidence.of(context.evidence());
        if (service.isEmpty() || sources.endpoints().isEmpty()) {
            return RuleOutcome.notApplicable();
        }
        Optional<ClasspathArtifact> generator = service.get().find(GENERATORS.toArray(String[]::new));
        if (generator.isPresent() || !service.get().deployment().apiContracts().isEmpty()) {
            return RuleOutcome.scored(100, List.of());
        }
        HttpEndpoint first = sources.endpoints().get(0);
        String message = sources.endpoints().size() + " HTTP endpoint annotation"
                + (sources.endpoints().size() == 1 ? "" : "s") + " (first " + first.annotation() + " at "
                + first.location() + ") and no OpenAPI contract: no generator (springdoc, smallrye-openapi,"
                + " micronaut-openapi) on the class path and no openapi.yaml/json in the repository";
        return RuleOutcome.scored(
                0,
                List.of(context.finding(Severity.MEDIUM, "openapi", message)
                        .at(first.location())
                        .effort(EFFORT_MINUTES)
                        .notBlocking()));
    }
}
