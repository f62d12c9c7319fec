package io.github.readiness.maven.report;

import org.apache.maven.doxia.sink.Sink;

/** Doxia tables in one call per row, all text escaped by the sink. */
final class SinkTable {
    private final Sink sink;

    private SinkTable(Sink sink) {
        this.sink = sink;
    }

    /** Starts a table with a header row. */
    static SinkTable start(Sink sink, String... headers) {
        sink.table();
        sink.tableRows();
        sink.tableRow();
        for (String header : headers) {
            sink.tableHeaderCell();
            sink.text(header);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        return new SinkTable(sink);
    }

    SinkTable row(String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            sink.tableCell();
            sink.text(cell == null ? "" : cell);
            sink.tableCell_();
        }
        sink.tableRow_();
        return this;
    }

    void end() {
        sink.tableRows_();
        sink.table_();
    }

    /**
     * A section with a title, at the given level (1 = the page). No anchor of its own: the site skin derives one
     * from the title, and a second one would only make it add a suffix.
     */
    static void section(Sink sink, int level, String title) {
        sink.section(level, null);
        sink.sectionTitle(level, null);
        sink.text(title);
        sink.sectionTitle_(level);
    }

    static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }
}
