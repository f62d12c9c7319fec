package io.github.readiness.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ModuleStatus;
import io.github.readiness.rules.reactor.ReactorAggregator;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.util.Map;

/**
 * The reactor's part of readiness.json: {@code modules[]} (one entry per reactor module, in reactor order) and
 * {@code reactor} (coverage scope, failAt, aggregated coverage and its source, the modules not judged, the rule).
 */
final class ReactorJson {
    private ReactorJson() {}

    static void write(ReactorResult reactor, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("modules");
        for (ModuleResult module : reactor.modules()) {
            json.writeStartObject();
            json.writeStringField("module", module.name());
            json.writeStringField("groupId", module.project().groupId());
            json.writeStringField("artifactId", module.project().artifactId());
            json.writeStringField("version", module.project().version());
            json.writeStringField("path", module.path());
            json.writeStringField("status", module.status().id());
            Scorecard card = module.card();
            if (card != null) {
                JsonRenderer.writeNullableInt(json, "score", card.score());
                json.writeStringField("verdict", card.verdict().name());
                json.writeNumberField("minScore", card.minScore());
                json.writeNumberField(
                        "findings",
                        card.findings().stream().filter(f -> !f.waived()).count());
                json.writeNumberField("blockers", card.blockers().size());
                json.writeNumberField("effortMinutes", card.totalEffortMinutes());
                json.writeNumberField("size", module.size());
                counters(json, module.coverage());
                MeasurementsJson.write(json, card.measurements());
                if (!card.rulesOff().isEmpty()) {
                    json.writeArrayFieldStart("rulesOff");
                    for (String rule : card.rulesOff()) {
                        json.writeString(rule);
                    }
                    json.writeEndArray();
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("reactor");
        json.writeStringField(
                "coverageScope", reactor.settings().coverageScope().id());
        json.writeStringField("failAt", reactor.settings().failAt().id());
        json.writeNumberField("modulesChecked", reactor.checked().size());
        for (ModuleStatus status :
                new ModuleStatus[] {ModuleStatus.SKIPPED, ModuleStatus.NOT_CHECKED, ModuleStatus.NOT_BUILT}) {
            json.writeArrayFieldStart(camel(status));
            for (ModuleResult module : reactor.withStatus(status)) {
                json.writeString(module.name());
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("aggregatedCoverage");
        json.writeStringField("source", reactor.coverage().source());
        counters(json, reactor.coverage().counters());
        json.writeEndObject();
        json.writeStringField("scoreRule", ReactorAggregator.SCORE_RULE);
        json.writeEndObject();
    }

    /** {@code "coverage": {"line": {"covered": 90, "missed": 10, "ratio": 0.9}, ...}}, counters with items only. */
    private static void counters(JsonGenerator json, Map<CounterType, Counter> counters) throws IOException {
        json.writeObjectFieldStart("coverage");
        for (CounterType type : CounterType.values()) {
            Counter counter = counters.getOrDefault(type, Counter.EMPTY);
            if (counter.total() == 0) {
                continue;
            }
            json.writeObjectFieldStart(type.label());
            json.writeNumberField("covered", counter.covered());
            json.writeNumberField("missed", counter.missed());
            MeasurementsJson.writeRatio(json, counter);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** {@code skipped}, {@code notChecked}, {@code notBuilt}. */
    private static String camel(ModuleStatus status) {
        String[] words = status.id().split("-");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
