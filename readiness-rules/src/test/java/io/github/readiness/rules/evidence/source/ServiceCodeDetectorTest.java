package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Snippets of main Java code (lines separated by '/'), and the smells and endpoints the scan finds, by line. */
class ServiceCodeDetectorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        try { run(); } catch (IOException e) {}                                      => EMPTY_CATCH 1
        try { run(); } / catch (Exception e) { / } / next();                         => EMPTY_CATCH 2
        try { run(); } catch (IOException e) { /* expected when closed */ }          => -
        try { run(); } catch (IOException e) { / // the peer went away / }          => -
        try { run(); } catch (Exception e) { return null; }                          => SWALLOWED_EXCEPTION 1
        try { run(); } catch (final Throwable t) { / ok = false; / }                 => SWALLOWED_EXCEPTION 1
        try { run(); } catch (IOException | RuntimeException e) { continue; }       => SWALLOWED_EXCEPTION 1
        try { run(); } catch (IOException e) { return null; }                        => -
        try { run(); } catch (Exception e) { log.warn("failed", e); }                => -
        try { run(); } catch (Exception e) { handle(e); }                            => -
        try { run(); } catch (Exception e) { throw new IllegalStateException(e); }   => -
        try { run(); } catch (Exception e) { / if (x) { y = 1; } / }                 => -
        try { run(); } catch (Exception e) { e.printStackTrace(); }                  => PRINT_STACK_TRACE 1
        System.out.println("started");                                               => CONSOLE_OUTPUT 1
        System.err.printf("%s%n", x);                                                => CONSOLE_OUTPUT 1
        // System.out.println("commented out"); e.printStackTrace();                 => -
        String s = "catch (Exception e) {} System.out.println(x)";                   => -
        /* start / catch (Exception e) {} / end */                                   => -
        PrintStream out = System.out;                                                => -
        @RestController / class A {}                                                 => @RestController 1
        @GetMapping("/x") String x() { return ""; }                                  => -
        @Controller / class OwnerController { @GetMapping("/owners") String list() }  => -
        @GetMapping("/x") @ResponseBody String x() { return ""; }                    => @ResponseBody 1
        import io.micronaut.http.annotation.*; / @Controller("/x") / class C {}     => @Controller 2
        import jakarta.ws.rs.Path; / @Path("/greeting") / class G {}                 => @Path 2
        @Path("/not-jax-rs") class G {}                                              => -
        @io.micronaut.http.annotation.Controller("/x") class C {}                    => @Controller 1
        """)
    void findsWhatTheCodeDoes(String snippet, String expected) {
        ServiceCodeDetector detector = new ServiceCodeDetector();
        SourceFindings found = new SourceFindings();
        SourceFile file = new SourceFile("src/main/java/x/A.java", false);
        String[] lines = snippet.split(" / ");
        for (int i = 0; i < lines.length; i++) {
            detector.line(file, i + 1, lines[i], found);
        }
        List<String> actual = new java.util.ArrayList<>();
        found.errorHandling.forEach(
                issue -> actual.add(issue.kind() + " " + issue.location().line()));
        found.endpoints.forEach(endpoint ->
                actual.add(endpoint.annotation() + " " + endpoint.location().line()));
        assertEquals(expected.equals("-") ? List.of() : List.of(expected), actual, snippet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        src/test/java/x/ATest.java | true
        src/main/resources/a.txt   | false
        """)
    void testsAndOtherFilesAreNotJudged(String path, boolean test) {
        ServiceCodeDetector detector = new ServiceCodeDetector();
        SourceFindings found = new SourceFindings();
        detector.line(new SourceFile(path, test), 1, "catch (Exception e) {} System.out.println(1);", found);
        assertEquals(List.of(), found.errorHandling);
    }
}
