package io.github.readiness.maven.report;

import org.apache.maven.doxia.sink.Sink;

/** The page's sections at the reactor root: the modules of the reactor and its aggregated coverage. */
final class ReactorSections {
    private final Sink sink;
    private final ReportLabels labels;

    ReactorSections(Sink sink, ReportLabels labels) {
        this.sink = sink;
        this.labels = labels;
    }

    void render(ReactorView reactor) {
        SinkTable.section(sink, 2, labels.get("reactor.title"));
        SinkTable.paragraph(
                sink, labels.format("reactor.intro", reactor.modules().size()));
        SinkTable modules = SinkTable.start(
                sink,
                labels.get("reactor.module"),
                labels.get("reactor.path"),
                labels.get("reactor.status"),
                labels.get("reactor.verdict"),
                labels.get("reactor.score"),
                labels.get("reactor.blockers"));
        for (ReactorView.ModuleRow module : reactor.modules()) {
            modules.row(
                    module.module(),
                    module.path(),
                    module.status(),
                    module.verdict(),
                    module.score(),
                    module.blockers());
        }
        modules.end();
        sink.section_(2);
        SinkTable.section(sink, 2, labels.get("reactor.coverage.title"));
        if (reactor.coverage().isEmpty()) {
            SinkTable.paragraph(sink, labels.format("reactor.coverage.none", reactor.coverageSource()));
        } else {
            SinkTable.paragraph(sink, labels.format("reactor.coverage.intro", reactor.coverageSource()));
            SinkTable coverage = SinkTable.start(
                    sink,
                    labels.get("reactor.coverage.counter"),
                    labels.get("reactor.coverage.covered"),
                    labels.get("reactor.coverage.missed"),
                    labels.get("reactor.coverage.ratio"));
            for (ReactorView.CoverageRow counter : reactor.coverage()) {
                coverage.row(
                        counter.counter(),
                        String.valueOf(counter.covered()),
                        String.valueOf(counter.missed()),
                        counter.ratio());
            }
            coverage.end();
        }
        sink.section_(2);
    }
}
