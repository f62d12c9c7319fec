package io.github.readiness.rules.reactor;

import io.github.readiness.rules.model.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules' findings for the reactor result, each tagged with its module. A non-blocking, unwaived finding that
 * several modules report identically (twelve modules without a dependency audit) is one reactor finding tagged with
 * all of them ({@code "core, complex, fraction"}), its effort the sum of theirs; blocking and waived findings stay one
 * per module, since each module must fix or waive its own.
 */
final class RepeatedFindings {
    /** What makes two modules' findings the same finding. */
    private record Identity(
            String rule,
            Object category,
            Object severity,
            String key,
            String message,
            Object location,
            Double measured,
            Double expected) {
        static Identity of(Finding f) {
            return new Identity(
                    f.rule(),
                    f.category(),
                    f.severity(),
                    f.key(),
                    f.message(),
                    f.location(),
                    f.measured(),
                    f.expected());
        }
    }

    private RepeatedFindings() {}

    static List<Finding> merge(List<ModuleResult> checked) {
        Map<Identity, List<String>> modules = new LinkedHashMap<>();
        Map<Identity, Integer> effort = new LinkedHashMap<>();
        Map<Identity, Finding> first = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (ModuleResult module : checked) {
            for (Finding f : module.card().findings()) {
                if (f.blocks() || f.waived()) {
                    findings.add(f.inModule(module.name()));
                    continue;
                }
                Identity id = Identity.of(f);
                modules.computeIfAbsent(id, k -> new ArrayList<>()).add(module.name());
                effort.merge(id, f.effortMinutes(), Integer::sum);
                first.putIfAbsent(id, f);
            }
        }
        first.forEach((id, f) ->
                findings.add(f.withEffortMinutes(effort.get(id)).inModule(String.join(", ", modules.get(id)))));
        return findings;
    }
}
