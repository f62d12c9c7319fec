package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.source.CredentialNames;
import io.github.readiness.rules.model.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile the way the builder does: parser directives at the top ({@code # syntax=...}, {@code #
 * escape=`}: the escape character then continues lines), logical lines joined over continuations (comment lines inside
 * a continuation are dropped), heredocs ({@code RUN <<EOF ... EOF}) skipped, instructions case-insensitive, build
 * arguments declared before the first {@code FROM} substituted in {@code FROM}. Never throws on content: what it cannot
 * read becomes a note.
 */
public final class DockerfileReader {
    /** Larger files are not Dockerfiles anyone wrote by hand: not read. */
    static final int MAX_LINES = 20_000;

    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([A-Za-z]+)\\s*=\\s*(\\S+)\\s*");
    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}?");

    private DockerfileReader() {}

    private static final class Stage {
        String image;
        String name;
        Location from;
        String user;
        Location userAt;
        Boolean healthcheck;
    }

    public static Dockerfile read(Reader reader, String path) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader buffered = new BufferedReader(reader);
        for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
            if (lines.size() == MAX_LINES) {
                return new Dockerfile(
                        path,
                        0,
                        null,
                        null,
                        null,
                        null,
                        false,
                        List.of(),
                        List.of(path + ": over " + MAX_LINES + " lines, not read as a Dockerfile"));
            }
            lines.add(line);
        }
        return parse(lines, path);
    }

    static Dockerfile parse(List<String> lines, String path) {
        char escape = '\\';
        int first = 0;
        while (first < lines.size()) { // parser directives: only before any other line
            Matcher directive = DIRECTIVE.matcher(lines.get(first));
            if (!directive.matches()) {
                break;
            }
            if (directive.group(1).equalsIgnoreCase("escape")
                    && directive.group(2).equals("`")) {
                escape = '`';
            }
            first++;
        }
        List<Stage> stages = new ArrayList<>();
        Map<String, String> globalArgs = new HashMap<>();
        List<Dockerfile.Setting> secrets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int i = first;
        while (i < lines.size()) {
            int start = i;
            StringBuilder logical = new StringBuilder();
            while (i < lines.size()) {
                String line = lines.get(i++);
                if (logical.length() > 0 && line.strip().startsWith("#")) {
                    continue; // a comment inside a continuation
                }
                String trimmed = line.stripTrailing();
                if (!trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape) {
                    logical.append(trimmed, 0, trimmed.length() - 1).append(' ');
                    continue;
                }
                logical.append(line);
                break;
            }
            String instruction = logical.toString().strip();
            if (instruction.isEmpty() || instruction.startsWith("#")) {
                continue;
            }
            Matcher heredoc = HEREDOC.matcher(instruction);
            if (heredoc.find()) {
                String end = heredoc.group(1);
                while (i < lines.size() && !lines.get(i++).strip().equals(end)) {
                    // the heredoc's body is not instructions
                }
            }
            int blank = firstBlank(instruction);
            String keyword = instruction.substring(0, blank).toUpperCase(Locale.ROOT);
            String arguments = instruction.substring(blank).strip();
            Location at = new Location(path, start + 1);
            Stage stage = stages.isEmpty() ? null : stages.get(stages.size() - 1);
            switch (keyword) {
                case "FROM" -> stages.add(from(arguments, at, globalArgs));
                case "USER" -> {
                    if (stage != null) {
                        stage.user = arguments.substring(0, firstBlank(arguments)); // user[:group]
                        stage.userAt = at;
                    }
                }
                case "HEALTHCHECK" -> {
                    if (stage != null) {
                        stage.healthcheck = !arguments.toUpperCase(Locale.ROOT).startsWith("NONE");
                    }
                }
                case "ARG", "ENV" -> settings(keyword, arguments, at, stage == null ? globalArgs : null, secrets);
                default -> {
                    // RUN, COPY, CMD...: nothing the rule judges
                }
            }
        }
        if (stages.isEmpty()) {
            notes.add(path + ": no FROM instruction");
            return new Dockerfile(path, 0, null, null, null, null, false, secrets, notes);
        }
        // the final stage, followed back through FROM <earlier stage>: user and healthcheck are inherited
        Stage last = stages.get(stages.size() - 1);
        String user = null;
        Location userAt = null;
        Boolean healthcheck = null;
        Stage stage = last;
        String image = null;
        for (int hops = 0; stage != null && hops <= stages.size(); hops++) {
            if (user == null && stage.user != null) {
                user = stage.user;
                userAt = stage.userAt;
            }
            healthcheck = healthcheck != null ? healthcheck : stage.healthcheck;
            image = stage.image;
            stage = named(stages, stage.image, stages.indexOf(stage));
        }
        if (image == null) {
            notes.add(path + ": the final stage's base image uses a build argument without default: not judged");
        }
        return new Dockerfile(
                path, stages.size(), image, last.from, user, userAt, Boolean.TRUE.equals(healthcheck), secrets, notes);
    }

    private static Stage from(String arguments, Location at, Map<String, String> globalArgs) {
        List<String> words = new ArrayList<>(List.of(arguments.split("\\s+")));
        words.removeIf(word -> word.startsWith("--")); // --platform=...
        Stage stage = new Stage();
        stage.from = at;
        stage.image = words.isEmpty() ? null : substitute(words.get(0), globalArgs);
        if (words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")) {
            stage.name = words.get(2);
        }
        return stage;
    }

    /** {@code ${JAVA_VERSION}}, {@code $TAG}, {@code ${TAG:-17}} resolved from the build arguments; null if unknown. */
    private static String substitute(String image, Map<String, String> args) {
        Matcher variable = VARIABLE.matcher(image);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String value = args.get(variable.group(1));
            if (value == null) {
                value = variable.group(2);
            }
            if (value == null) {
                return null;
            }
            variable.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        variable.appendTail(resolved);
        return resolved.toString();
    }

    /** The earlier stage named {@code image}, or null (a real image). */
    private static Stage named(List<Stage> stages, String image, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (image != null && image.equalsIgnoreCase(stages.get(i).name)) {
                return stages.get(i);
            }
        }
        return null;
    }

    /** {@code ENV A=1 B=2}, {@code ENV A 1}, {@code ARG A=1}, {@code ARG A}. */
    private static void settings(
            String keyword,
            String arguments,
            Location at,
            Map<String, String> globalArgs,
            List<Dockerfile.Setting> secrets) {
        List<String[]> pairs = new ArrayList<>();
        if (!arguments.contains("=")) {
            int blank = firstBlank(arguments);
            String value = arguments.substring(blank).strip();
            pairs.add(new String[] {arguments.substring(0, blank), value.isEmpty() ? null : value});
        } else {
            for (String word : arguments.split("\\s+(?=[A-Za-z_][A-Za-z0-9_]*(=|\\s|$))")) {
                int eq = word.indexOf('=');
                pairs.add(
                        eq < 0
                                ? new String[] {word.strip(), null}
                                : new String[] {
                                    word.substring(0, eq),
                                    unquote(word.substring(eq + 1).strip())
                                });
            }
        }
        for (String[] pair : pairs) {
            if (globalArgs != null && pair[1] != null) {
                globalArgs.put(pair[0], pair[1]);
            }
            boolean literal = pair[1] != null && !pair[1].isEmpty() && !pair[1].startsWith("$");
            if (literal && CredentialNames.isCredential(pair[0])) {
                secrets.add(new Dockerfile.Setting(keyword, pair[0], at));
            }
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static int firstBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }
}
