package io.github.readiness.rules.rule.quality;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.evidence.source.TodoMarker;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code quality.todo-markers}: TODO, FIXME, HACK and XXX markers left in the comments of main source code. When
 * there are any: ONE LOW finding, never blocking, with the count per marker and the first {@value #LOCATIONS_SHOWN}
 * locations, at the first one. Effort: {@value #MINUTES_PER_MARKER} min per marker. Unscored: the Code Quality score
 * comes from static analysis; this rule only reports. Not applicable when the sources were not scanned.
 */
public final class TodoMarkersRule extends AbstractRule<SourceScan> {
    static final int MINUTES_PER_MARKER = 15;
    static final int LOCATIONS_SHOWN = 5;

    /** The order of the counts in the message. */
    private static final List<String> MARKERS = List.of("TODO", "FIXME", "HACK", "XXX");

    private static final RuleMetadata METADATA = RuleMetadata.builder("quality.todo-markers", Category.CODE_QUALITY)
            .title("No TODO/FIXME markers left")
            .description(
                    "TODO, FIXME, HACK and XXX markers in comments of the main source code: unfinished work shipped.")
            .remediation("Finish the work or move it to the issue tracker, then remove the marker.")
            .effort(EffortModel.per(MINUTES_PER_MARKER, "per marker"))
            .build();

    public TodoMarkersRule() {
        super(METADATA, ProjectEvidence::sources);
    }

    @Override
    protected RuleOutcome judge(SourceScan sources, RuleContext context) {
        List<TodoMarker> markers = sources.markers();
        if (markers.isEmpty()) {
            return RuleOutcome.unscored(List.of());
        }
        String message = markers.size() + " TODO/FIXME/HACK/XXX marker" + (markers.size() == 1 ? "" : "s")
                + " in main sources (" + counts(markers) + "); first: " + firstLocations(markers);
        return RuleOutcome.unscored(List.of(context.finding(Severity.LOW, "markers", message)
                .measured((double) markers.size())
                .at(markers.get(0).location())
                .effort(markers.size() * MINUTES_PER_MARKER)
                .notBlocking()));
    }

    /** "TODO 9, FIXME 4, HACK 1": markers in their usual order, absent ones left out. */
    private static String counts(List<TodoMarker> markers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        MARKERS.forEach(marker -> counts.put(marker, 0));
        markers.forEach(marker -> counts.merge(marker.marker(), 1, Integer::sum));
        StringJoiner joined = new StringJoiner(", ");
        counts.forEach((marker, count) -> {
            if (count > 0) {
                joined.add(marker + " " + count);
            }
        });
        return joined.toString();
    }

    private static String firstLocations(List<TodoMarker> markers) {
        StringJoiner joined = new StringJoiner(", ");
        markers.stream()
                .limit(LOCATIONS_SHOWN)
                .forEach(marker -> joined.add(marker.location().toString()));
        return joined.toString();
    }
}
