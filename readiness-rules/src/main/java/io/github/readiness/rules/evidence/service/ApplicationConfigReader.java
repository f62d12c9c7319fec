package io.github.readiness.rules.evidence.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.readiness.rules.model.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the application configuration files of Spring Boot, Quarkus and Micronaut from the given directories (the
 * main resource directories): {@code application.properties}, {@code application.yml}/{@code .yaml} and their
 * {@code application-<profile>.*} variants. Properties go through {@link Properties} one logical line at a time (so
 * escapes and continuations follow the JDK's rules and each key keeps its line); YAML through Jackson's streaming
 * parser, every document of a multi-document file, a document's profile taken from
 * {@code spring.config.activate.on-profile} (or the older {@code spring.profiles}). A file that is not valid YAML is a
 * note naming the file and line, never an exception.
 */
public final class ApplicationConfigReader {
    /** Larger configuration files are listed as not read (a generated or data file, not configuration). */
    static final long MAX_BYTES = 1024 * 1024;

    private static final Pattern FILE = Pattern.compile("application(?:-([A-Za-z0-9_.,-]+))?\\.(properties|ya?ml)");
    private static final Pattern QUARKUS_PROFILE = Pattern.compile("%([^.]+)\\.(.+)");

    private ApplicationConfigReader() {}

    public static ApplicationConfig read(Path baseDir, List<Path> directories) {
        List<String> files = new ArrayList<>();
        List<ConfigProperty> properties = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path directory : directories) {
            for (Path file : configFiles(directory)) {
                String shown = display(baseDir, file);
                Matcher name = FILE.matcher(file.getFileName().toString());
                name.matches();
                try {
                    if (Files.size(file) > MAX_BYTES) {
                        notes.add(shown + ": over 1 MB, not read as configuration");
                        continue;
                    }
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    if (name.group(2).equals("properties")) {
                        readProperties(text, shown, name.group(1), properties);
                    } else {
                        readYaml(text, shown, name.group(1), properties);
                    }
                    files.add(shown);
                } catch (StreamReadException e) {
                    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                    notes.add(shown + (line > 0 ? ":" + line : "") + ": not valid YAML (" + firstLine(e) + "); its"
                            + " settings were not read");
                } catch (IOException | RuntimeException e) {
                    notes.add(shown + ": could not be read (" + e.getMessage() + "); its settings were not read");
                }
            }
        }
        return new ApplicationConfig(files, properties, notes);
    }

    /** The configuration files of one directory, YAML before properties (properties win, as in Spring Boot). */
    private static List<Path> configFiles(Path directory) {
        List<Path> yaml = new ArrayList<>();
        List<Path> props = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                Matcher name = FILE.matcher(entry.getFileName().toString());
                if (Files.isRegularFile(entry) && name.matches()) {
                    (name.group(2).equals("properties") ? props : yaml).add(entry);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        yaml.sort(null);
        props.sort(null);
        yaml.addAll(props);
        return yaml;
    }

    static void readProperties(String text, String file, String fileProfile, List<ConfigProperty> out)
            throws IOException {
        BufferedReader lines = new BufferedReader(new StringReader(text));
        StringBuilder logical = new StringBuilder();
        int start = 0;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (logical.length() == 0) {
                String stripped = line.stripLeading();
                if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                    continue;
                }
                start = number;
            }
            logical.append(line).append('\n');
            if (!continues(line)) {
                add(logical.toString(), file, start, fileProfile, out);
                logical.setLength(0);
            }
        }
        if (logical.length() > 0) {
            add(logical.toString(), file, start, fileProfile, out);
        }
    }

    /** An odd number of trailing backslashes continues the logical line. */
    private static boolean continues(String line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private static void add(String logicalLine, String file, int line, String fileProfile, List<ConfigProperty> out)
            throws IOException {
        Properties one = new Properties();
        one.load(new StringReader(logicalLine));
        for (String key : one.stringPropertyNames()) {
            put(key, one.getProperty(key), fileProfile, new Location(file, line), out);
        }
    }

    /** A Quarkus {@code %prod.key} applies to that profile; other keys to the file's profile. */
    private static void put(String key, String value, String fileProfile, Location location, List<ConfigProperty> out) {
        Matcher quarkus = QUARKUS_PROFILE.matcher(key);
        if (quarkus.matches()) {
            out.add(new ConfigProperty(quarkus.group(2), value, quarkus.group(1), location));
        } else {
            out.add(new ConfigProperty(key, value, fileProfile, location));
        }
    }

    static void readYaml(String text, String file, String fileProfile, List<ConfigProperty> out) throws IOException {
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            List<ConfigProperty> document = new ArrayList<>();
            Deque<String> path = new ArrayDeque<>();
            JsonToken token;
            int depth = 0;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT -> depth++;
                    case END_OBJECT -> {
                        depth--;
                        if (!path.isEmpty()) {
                            path.removeLast();
                        }
                        if (depth == 0) {
                            flush(document, file, fileProfile, out);
                        }
                    }
                    case FIELD_NAME -> path.addLast(parser.currentName());
                    case START_ARRAY -> {
                        int line = parser.currentTokenLocation().getLineNr();
                        String joined = scalars(parser);
                        if (joined != null && !path.isEmpty()) {
                            document.add(
                                    new ConfigProperty(String.join(".", path), joined, null, new Location(file, line)));
                        }
                        if (!path.isEmpty()) {
                            path.removeLast();
                        }
                    }
                    default -> {
                        if (token.isScalarValue() && !path.isEmpty()) {
                            document.add(new ConfigProperty(
                                    String.join(".", path),
                                    parser.getValueAsString(),
                                    null,
                                    new Location(
                                            file, parser.currentTokenLocation().getLineNr())));
                            path.removeLast();
                        }
                    }
                }
            }
        }
    }

    /** The scalars of a list joined with commas; null (and skipped) when the list holds objects or lists. */
    private static String scalars(JsonParser parser) throws IOException {
        List<String> values = new ArrayList<>();
        boolean onlyScalars = true;
        int depth = 1;
        while (depth > 0) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                break;
            }
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                depth++;
                onlyScalars = false;
            } else if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                depth--;
            } else if (token.isScalarValue() && depth == 1) {
                values.add(parser.getValueAsString());
            }
        }
        return onlyScalars ? String.join(",", values) : null;
    }

    /** One YAML document's settings, with the profile the document activates on. */
    private static void flush(
            List<ConfigProperty> document, String file, String fileProfile, List<ConfigProperty> out) {
        String profile = fileProfile;
        for (ConfigProperty property : document) {
            String key = ConfigProperty.canonical(property.key());
            if (key.equals("spring.config.activate.onprofile") || key.equals("spring.profiles")) {
                profile = property.value();
            }
        }
        for (ConfigProperty property : document) {
            put(property.key(), property.value(), profile, property.location(), out);
        }
        document.clear();
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String display(Path baseDir, Path file) {
        Path relative = file.startsWith(baseDir) ? baseDir.relativize(file) : file;
        return relative.toString().replace('\\', '/');
    }
}
