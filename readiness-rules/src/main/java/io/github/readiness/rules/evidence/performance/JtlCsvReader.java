package io.github.readiness.rules.evidence.performance;

import io.github.readiness.rules.evidence.EvidenceException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a JMeter JTL in CSV: columns found by the header line's names (any order, any of JMeter's delimiters: comma,
 * semicolon, tab, pipe), quoted fields with doubled quotes and line breaks, one sample at a time into a {@link
 * JtlAccumulator}. Only the four columns it needs are kept of each line.
 */
public final class JtlCsvReader {
    private static final String FIX_HEADER =
            "JMeter writes the field names with jmeter.save.saveservice.print_field_names=true (the default);"
                    + " run the test again with it";

    private final Reader in;
    private final Path file;
    private char delimiter;
    private final StringBuilder field = new StringBuilder(64);
    // our own buffer: Reader.read() per character takes a lock each call, three times slower than this
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int line = 1;
    private boolean endOfLine;
    private boolean endOfFile;

    private JtlCsvReader(Reader in, Path file) {
        this.in = in;
        this.file = file;
    }

    /**
     * @param in the file's characters (buffered by the caller)
     * @param file the file as messages name it
     * @param shown the file as results name it (relative to the module)
     */
    public static List<ScenarioResult> read(Reader in, Path file, String shown) throws EvidenceException {
        try {
            return new JtlCsvReader(in, file).read(shown);
        } catch (IOException e) {
            throw new EvidenceException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private List<ScenarioResult> read(String shown) throws IOException, EvidenceException {
        String header = headerLine();
        if (header.isEmpty()) {
            throw new EvidenceException(file, "is an empty JTL: the JMeter run wrote no sample; check the test plan");
        }
        delimiter = delimiterOf(header);
        List<String> names = split(header);
        int timeStamp = names.indexOf("timeStamp");
        int elapsed = names.indexOf("elapsed");
        int label = names.indexOf("label");
        int success = names.indexOf("success");
        if (elapsed < 0 || label < 0 || success < 0) {
            throw new EvidenceException(
                    file,
                    "the JTL header has no " + missing(elapsed, label, success) + " column (it has " + names + "); "
                            + "set jmeter.save.saveservice.label, .time and .successful to true and run the test again");
        }
        int last = Math.max(Math.max(timeStamp, elapsed), Math.max(label, success));
        JtlAccumulator sums = new JtlAccumulator();
        String[] row = new String[last + 1];
        while (!endOfFile) {
            int recordLine = line;
            int columns = readRecord(row);
            if (columns == 0) {
                continue; // blank line
            }
            if (columns <= last) {
                throw new EvidenceException(
                        file,
                        "line " + recordLine + " has " + columns + " fields, the header " + names.size()
                                + ": the file is truncated or was written with another configuration; run the test"
                                + " again");
            }
            sums.add(
                    row[label],
                    timeStamp < 0 ? 0 : millis(row[timeStamp]),
                    number(row[elapsed], recordLine),
                    Boolean.parseBoolean(row[success].strip()));
        }
        if (sums.isEmpty()) {
            throw new EvidenceException(file, "has a header but no sample: the JMeter run measured nothing");
        }
        return sums.results(shown);
    }

    private String headerLine() throws IOException {
        StringBuilder header = new StringBuilder();
        for (int c = next(); c != -1 && c != '\n'; c = next()) {
            if (c != '\r' && c != '\uFEFF') {
                header.append((char) c);
            }
        }
        line++;
        return header.toString();
    }

    private static char delimiterOf(String header) {
        char best = ',';
        long most = -1;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private List<String> split(String header) {
        List<String> names = new ArrayList<>();
        for (String name : header.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
            names.add(name.strip());
        }
        return names;
    }

    private static String missing(int elapsed, int label, int success) {
        List<String> missing = new ArrayList<>();
        if (elapsed < 0) {
            missing.add("'elapsed'");
        }
        if (label < 0) {
            missing.add("'label'");
        }
        if (success < 0) {
            missing.add("'success'");
        }
        return String.join(", ", missing);
    }

    /** Reads one record, keeping only the first {@code row.length} fields; returns how many fields it had. */
    private int readRecord(String[] row) throws IOException {
        int index = 0;
        endOfLine = false;
        while (!endOfLine) {
            boolean kept = index < row.length;
            boolean any = readField(kept);
            if (!any && endOfLine && index == 0) {
                return 0;
            }
            if (kept) {
                row[index] = field.toString();
            }
            index++;
        }
        return index;
    }

    /** Reads one field into {@link #field} when {@code keep}; false when the field was empty. */
    private boolean readField(boolean keep) throws IOException {
        field.setLength(0);
        int c = next();
        boolean any = false;
        if (c == '"') {
            any = true;
            while (true) {
                c = next();
                if (c == -1) {
                    break;
                }
                if (c == '"') {
                    c = next();
                    if (c != '"') {
                        break; // closing quote; c is the delimiter, the line end or EOF
                    }
                }
                if (c == '\n') {
                    line++;
                }
                if (keep) {
                    field.append((char) c);
                }
            }
        }
        while (c != -1 && c != delimiter && c != '\n') {
            if (c != '\r') {
                any = true;
                if (keep) {
                    field.append((char) c);
                }
            }
            c = next();
        }
        if (c == '\n') {
            line++;
            endOfLine = true;
        } else if (c == -1) {
            endOfLine = true;
            endOfFile = true;
        }
        return any;
    }

    /** The next character, or -1 at the end. */
    private int next() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private long number(String text, int recordLine) throws EvidenceException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new EvidenceException(
                    file, "line " + recordLine + ": elapsed is '" + text + "', not a whole number of milliseconds");
        }
    }

    /** Epoch milliseconds; 0 when JMeter was told to write a formatted date (then throughput is not computed). */
    private static long millis(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String fixHeader() {
        return FIX_HEADER;
    }
}
