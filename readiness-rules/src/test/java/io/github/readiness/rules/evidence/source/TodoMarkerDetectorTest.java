package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.model.Location;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TodoMarkerDetectorTest {
    private static final String JAVA = "src/main/java/x/Client.java";

    /** file, one line of a fresh file -> the marker found, or "" for none. */
    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of(JAVA, "// TODO: handle retries", "TODO"),
                Arguments.of(JAVA, "    x(); // FIXME later", "FIXME"),
                Arguments.of(JAVA, "/* HACK around JDK-8000000 */ y();", "HACK"),
                Arguments.of(JAVA, " * XXX this is wrong", "XXX"),
                Arguments.of(JAVA, "//TODO(ann) tidy", "TODO"),
                Arguments.of(JAVA, "int a = 1; /* first */ /* TODO second */", "TODO"),
                Arguments.of(JAVA, "/*TODO*/", "TODO"),
                Arguments.of(JAVA, "// FIXME!", "FIXME"),
                Arguments.of(JAVA, "// TODO remove this HACK", "TODO"),
                Arguments.of(JAVA, "// XXX: \"TODO\" quoted in a comment", "XXX"),
                Arguments.of(JAVA, "char c = '\"'; // TODO after a character literal", "TODO"),
                Arguments.of(JAVA, "String s = \"a\\\"b\"; // FIXME after an escaped quote", "FIXME"),
                Arguments.of(JAVA, "// keep it simple for now, TODO: cache the result", "TODO"),
                Arguments.of(JAVA, "/** FIXME the parser drops the last line */", "FIXME"),
                // the word in prose is not a marker: documentation about markers must not count itself
                Arguments.of(JAVA, " * @param markers the TODO markers found, in order", ""),
                Arguments.of(JAVA, "// counts TODO and FIXME comments", ""),
                Arguments.of(JAVA, "String s = \"//\"; // HACK after a string holding //", "HACK"),
                Arguments.of("src/main/kotlin/App.kt", "// TODO kotlin", "TODO"),
                Arguments.of("src/main/groovy/Job.groovy", "def s = 'x' // FIXME groovy", "FIXME"),
                Arguments.of("src/main/scala/App.scala", "// XXX scala", "XXX"),

                // negatives: strings, identifiers, parts of words, lower case
                Arguments.of(JAVA, "String mask = \"XXX-XXX\";", ""),
                Arguments.of(JAVA, "enum State { TODO, DONE }", ""),
                Arguments.of(JAVA, "if (state == State.TODO) { // done", ""),
                Arguments.of(JAVA, "String url = \"http://x.org/TODO\";", ""),
                Arguments.of(JAVA, "String s = \"a\\\"// TODO\";", ""),
                Arguments.of(JAVA, "char c = '/'; String t = \"/* FIXME\";", ""),
                Arguments.of(JAVA, "// TODOS are tracked elsewhere", ""),
                Arguments.of(JAVA, "// see MyTODOList", ""),
                Arguments.of(JAVA, "// XXXX is not a marker", ""),
                Arguments.of(JAVA, "// TODO_LIST and FIXME2 are names", ""),
                Arguments.of(JAVA, "/** @todo lower case */", ""),
                Arguments.of(JAVA, "// todo, fixme, hack: lower case", ""),
                Arguments.of(JAVA, "String text = \"\"\" // TODO in a text block", ""),
                // files that are not main source code
                Arguments.of("src/main/resources/application.properties", "# TODO set the url", ""),
                Arguments.of("src/main/resources/logback.xml", "<!-- TODO rotate -->", ""),
                Arguments.of("src/main/resources/app.yml", "# FIXME", ""),
                Arguments.of("README.md", "TODO: write", ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lines")
    void findsMarkersInComments(String file, String line, String expected) {
        assertEquals(expected, markers(new TodoMarkerDetector(), new SourceFile(file, false), line));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lines")
    void testFilesAreIgnored(String file, String line, String expected) {
        assertEquals("", markers(new TodoMarkerDetector(), new SourceFile(file.replace("main", "test"), true), line));
    }

    /** Lines fed one after the other to one detector: the block comment and text block state carries over. */
    @Test
    void blockCommentStateSpansLinesOfOneFile() {
        TodoMarkerDetector detector = new TodoMarkerDetector();
        SourceFile file = new SourceFile(JAVA, false);
        SourceFindings found = new SourceFindings();
        List<String> lines = List.of(
                "/*",
                "   FIXME inside a block without a star",
                "*/ int TODO = 1;",
                "String s = \"\"\"",
                "    // HACK inside a text block",
                "    \"\"\"; // XXX after it");
        for (int i = 0; i < lines.size(); i++) {
            detector.line(file, i + 1, lines.get(i), found);
        }
        assertEquals(
                List.of(new TodoMarker("FIXME", new Location(JAVA, 2)), new TodoMarker("XXX", new Location(JAVA, 6))),
                found.markers);
    }

    @Test
    void stateResetsWhenTheFileChanges() {
        TodoMarkerDetector detector = new TodoMarkerDetector();
        SourceFindings found = new SourceFindings();
        detector.line(new SourceFile("src/main/java/A.java", false), 1, "/* unclosed", found);
        detector.line(new SourceFile("src/main/java/B.java", false), 1, "class B { int FIXME; }", found);
        detector.line(new SourceFile("src/main/java/C.java", false), 1, "String s = \"\"\"", found);
        detector.line(new SourceFile("src/main/java/D.java", false), 1, "x(); // TODO", found);

        assertEquals(List.of(new TodoMarker("TODO", new Location("src/main/java/D.java", 1))), found.markers);
    }

    private static String markers(TodoMarkerDetector detector, SourceFile file, String line) {
        SourceFindings found = new SourceFindings();
        detector.line(file, 7, line, found);
        found.markers.forEach(marker -> assertEquals(new Location(file.display(), 7), marker.location()));
        return found.markers.stream().map(TodoMarker::marker).collect(Collectors.joining(", "));
    }
}
