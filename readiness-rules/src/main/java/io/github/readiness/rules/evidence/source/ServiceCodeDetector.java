package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.model.Location;
import java.util.List;
import java.util.Set;

/**
 * What the service rules need from main Java sources, read on the comment- and literal-free code of each line
 * ({@link JavaCodeLines}): error-handling smells ({@link ErrorHandlingKind}) and HTTP endpoint annotations. A catch
 * block is followed across lines by its braces; one longer than {@value #MAX_CATCH_LINES} lines, or whose header does
 * not close on its line, is not judged (the scan cannot tell, so it does not count). A catch block that calls
 * anything (a helper, {@code log.warn}) is never counted as swallowing: the scan cannot tell what the call does.
 */
final class ServiceCodeDetector implements SourceDetector {
    static final int MAX_CATCH_LINES = 200;
    /** Exception types whose catch takes everything: swallowing them hides every failure. */
    private static final Set<String> BROAD = Set.of(
            "Exception",
            "Throwable",
            "RuntimeException",
            "java.lang.Exception",
            "java.lang.Throwable",
            "java.lang.RuntimeException");

    /**
     * Spring marks an HTTP API by {@code @RestController} or {@code @ResponseBody}; a plain {@code @Controller} with
     * its {@code @GetMapping}s renders views (spring-petclinic), which need no OpenAPI contract.
     */
    private static final Set<String> SPRING_API = Set.of("RestController", "ResponseBody");

    private static final List<String> PRINT_METHODS = List.of("print", "println", "printf", "format", "write");

    private final JavaCodeLines lines = new JavaCodeLines();
    private SourceFile current;
    private boolean jaxRs;
    private boolean micronaut;
    /** The catch being read: its broad type, start line, body so far; null when outside a catch. */
    private Catch open;

    private static final class Catch {
        final boolean broad;
        final int line;
        final StringBuilder body = new StringBuilder();
        boolean braceSeen;
        int depth;

        Catch(boolean broad, int line) {
            this.broad = broad;
            this.line = line;
        }
    }

    @Override
    public void line(SourceFile file, int number, String text, SourceFindings found) {
        if (!file.equals(current)) {
            current = file;
            lines.reset();
            jaxRs = false;
            micronaut = false;
            open = null;
        }
        if (file.test() || !file.isJava()) {
            return;
        }
        String code = lines.code(text);
        Location location = new Location(file.display(), number);
        if (code.contains(".printStackTrace(")) {
            found.errorHandling(new ErrorHandlingIssue(ErrorHandlingKind.PRINT_STACK_TRACE, location));
        }
        if (printsToConsole(code)) {
            found.errorHandling(new ErrorHandlingIssue(ErrorHandlingKind.CONSOLE_OUTPUT, location));
        }
        endpoints(code, location, found);
        catches(code, number, file, found);
    }

    private void catches(String code, int number, SourceFile file, SourceFindings found) {
        int i = 0;
        while (i < code.length()) {
            if (open == null) {
                int at = keyword(code, "catch", i);
                if (at < 0) {
                    return;
                }
                int paren = ConfigAssignments.skipBlank(code, at + "catch".length());
                int close = paren < code.length() && code.charAt(paren) == '(' ? code.indexOf(')', paren) : -1;
                if (close < 0) {
                    return; // a header over several lines: not judged
                }
                open = new Catch(isBroad(code.substring(paren + 1, close)), number);
                i = close + 1;
            } else if (!open.braceSeen) {
                i = ConfigAssignments.skipBlank(code, i);
                if (i < code.length()) {
                    if (code.charAt(i) != '{') {
                        open = null; // not Java as expected: leave it
                        continue;
                    }
                    open.braceSeen = true;
                    open.depth = 1;
                    i++;
                }
            } else {
                char c = code.charAt(i++);
                if (c == '{') {
                    open.depth++;
                } else if (c == '}' && --open.depth == 0) {
                    judge(open, file, found);
                    open = null;
                    continue;
                }
                open.body.append(c);
            }
        }
        if (open != null && number - open.line > MAX_CATCH_LINES) {
            open = null; // too long to be a swallowing block, and too long to judge
        }
        if (open != null) {
            open.body.append(' ');
        }
    }

    private static void judge(Catch block, SourceFile file, SourceFindings found) {
        String body = block.body.toString().strip();
        Location location = new Location(file.display(), block.line);
        if (body.replace(JavaCodeLines.COMMENT, ' ').isBlank()) {
            if (body.isEmpty()) { // a comment says why it is empty: not counted
                found.errorHandling(new ErrorHandlingIssue(ErrorHandlingKind.EMPTY_CATCH, location));
            }
        } else if (block.broad && body.indexOf('(') < 0 && keyword(body, "throw", 0) < 0) {
            found.errorHandling(new ErrorHandlingIssue(ErrorHandlingKind.SWALLOWED_EXCEPTION, location));
        }
    }

    /** Whether one of the caught types ({@code IOException | Exception e}) is a broad one. */
    private static boolean isBroad(String parameter) {
        String types = parameter.strip();
        int blank = Math.max(types.lastIndexOf(' '), types.lastIndexOf('\t'));
        types = blank < 0 ? types : types.substring(0, blank); // drop the variable name
        for (String type : types.split("\\|")) {
            String name = type.strip();
            name = name.startsWith("final ") ? name.substring("final ".length()).strip() : name;
            if (BROAD.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean printsToConsole(String code) {
        for (String stream : List.of("System.out.", "System.err.")) {
            for (int at = code.indexOf(stream); at >= 0; at = code.indexOf(stream, at + 1)) {
                int name = at + stream.length();
                for (String method : PRINT_METHODS) {
                    if (code.startsWith(method, name)
                            && code.startsWith("(", ConfigAssignments.skipBlank(code, name + method.length()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void endpoints(String code, Location location, SourceFindings found) {
        String stripped = code.strip();
        if (stripped.startsWith("import ")) {
            jaxRs |= stripped.startsWith("import jakarta.ws.rs") || stripped.startsWith("import javax.ws.rs");
            micronaut |= stripped.startsWith("import io.micronaut.http.annotation");
            return;
        }
        for (int at = code.indexOf('@'); at >= 0; at = code.indexOf('@', at + 1)) {
            int end = at + 1;
            while (end < code.length() && (Chars.isIdentifier(code.charAt(end)) || code.charAt(end) == '.')) {
                end++;
            }
            String name = code.substring(at + 1, end);
            String simple = name.substring(name.lastIndexOf('.') + 1);
            boolean qualifiedJaxRs = name.startsWith("jakarta.ws.rs.") || name.startsWith("javax.ws.rs.");
            boolean micronautController =
                    simple.equals("Controller") && (micronaut || name.startsWith("io.micronaut.http.annotation."));
            if (SPRING_API.contains(simple)
                    || (simple.equals("Path") && (jaxRs || qualifiedJaxRs))
                    || micronautController) {
                found.endpoint(new HttpEndpoint("@" + simple, location));
                return; // one per line
            }
        }
    }

    /** The index of {@code word} as a whole word at or after {@code from}, or -1. */
    private static int keyword(String code, String word, int from) {
        for (int at = code.indexOf(word, from); at >= 0; at = code.indexOf(word, at + 1)) {
            boolean before = at == 0 || !Chars.isIdentifier(code.charAt(at - 1));
            int end = at + word.length();
            boolean after = end >= code.length() || !Chars.isIdentifier(code.charAt(end));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }
}
