package io.github.readiness.rules.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The engine's one way to stream JSON: steps over a jackson-core parser field by field and element by element and
 * skips whatever a reader does not ask for, never building a tree, so memory stays constant however large the file
 * (SARIF logs and dependency-check reports of big projects run to hundreds of megabytes). Two styles over the same
 * steps: loops ({@link #nextField()}, {@link #nextElement()}) for a reader that collects into local variables, and
 * handlers ({@link #forEachField}, {@link #forEachElement}) that skip a value the handler left unread. Handlers may
 * throw the reader's own checked exception ({@code E}). Small files read back whole (readiness.json) use
 * jackson-databind's tree instead.
 */
public final class JsonStream implements Closeable {
    // thread-safe once built; the caller opened the stream and closes it
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private final JsonParser json;

    private JsonStream(JsonParser json) {
        this.json = json;
    }

    /** A stream over {@code in}, which is not closed by {@link #close()}. */
    public static JsonStream of(InputStream in) throws IOException {
        return new JsonStream(JSON.createParser(in));
    }

    /** Handles one field of an object; the stream stands on the field's value. */
    @FunctionalInterface
    public interface FieldHandler<E extends Exception> {
        void field(String name, JsonStream json) throws IOException, E;
    }

    /** Handles one element of an array; the stream stands on it. */
    @FunctionalInterface
    public interface ElementHandler<E extends Exception> {
        void element(int index, JsonStream json) throws IOException, E;
    }

    /** A step run on the value the stream stands on. */
    @FunctionalInterface
    public interface Step<E extends Exception> {
        void run() throws IOException, E;
    }

    /** Moves to the next token (the first one on a new stream); null at the end of the input. */
    public JsonToken next() throws IOException {
        return json.nextToken();
    }

    public JsonToken token() {
        return json.currentToken();
    }

    /** The parser, for typed scalar values and for exceptions that carry its location. */
    public JsonParser parser() {
        return json;
    }

    /** Line of the token the stream stands on (1-based). */
    public int line() {
        return json.currentTokenLocation().getLineNr();
    }

    /**
     * Name of the next field of the object the stream is in, the stream moved onto its value; null at the end of the
     * object. The caller reads or {@link #skip()}s each value.
     */
    public String nextField() throws IOException {
        JsonToken token = json.nextToken();
        if (token != JsonToken.FIELD_NAME) {
            requireMore(token);
            return null; // END_OBJECT
        }
        String name = json.currentName();
        requireMore(json.nextToken());
        return name;
    }

    /** Moves onto the next element of the array the stream is in; false at the end of the array. */
    public boolean nextElement() throws IOException {
        JsonToken token = json.nextToken();
        requireMore(token);
        return token != JsonToken.END_ARRAY;
    }

    /**
     * Calls {@code handler} for each field of the object the stream stands on, leaving the stream on its END_OBJECT.
     * A value the handler left unread is skipped; anything other than an object is skipped whole.
     */
    public <E extends Exception> void forEachField(FieldHandler<E> handler) throws IOException, E {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        for (String name = nextField(); name != null; name = nextField()) {
            JsonToken value = json.currentToken();
            handler.field(name, this);
            skipIfUnread(value);
        }
    }

    /**
     * Calls {@code handler} for each element of the array the stream stands on, leaving the stream on its END_ARRAY.
     * An element the handler left unread is skipped; anything other than an array is skipped whole.
     */
    public <E extends Exception> void forEachElement(ElementHandler<E> handler) throws IOException, E {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return;
        }
        for (int index = 0; nextElement(); index++) {
            JsonToken value = json.currentToken();
            handler.element(index, this);
            skipIfUnread(value);
        }
    }

    /** Runs {@code step} on each object of the array the stream stands on; other values are skipped. */
    public <E extends Exception> void forEachObject(Step<E> step) throws IOException, E {
        forEachElement((index, element) -> {
            if (json.currentToken() == JsonToken.START_OBJECT) {
                step.run();
            }
        });
    }

    /** The string the stream stands on, or null for any other type (left for the caller to skip). */
    public String string() throws IOException {
        return json.currentToken() == JsonToken.VALUE_STRING ? json.getText() : null;
    }

    /** The scalar the stream stands on as text (numbers too); null for null, objects and arrays (skipped). */
    public String text() throws IOException {
        JsonToken token = json.currentToken();
        if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return json.getValueAsString();
        }
        json.skipChildren();
        return null;
    }

    /** Skips the value the stream stands on; nothing to do for a scalar. */
    public void skip() throws IOException {
        json.skipChildren();
    }

    /** Anything after the top-level value means a broken or concatenated file: never trust part of it. */
    public void requireEnd() throws IOException {
        if (json.nextToken() != null) {
            throw new JsonParseException(json, "unexpected content after the end of the top-level value");
        }
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    // no-op for a scalar; skips an object or array the handler did not enter
    private void skipIfUnread(JsonToken value) throws IOException {
        if (json.currentToken() == value) {
            json.skipChildren();
        }
    }

    // Jackson reports input that ends inside an object or array itself; this guards the loops all the same
    private void requireMore(JsonToken token) throws JsonParseException {
        if (token == null) {
            throw new JsonParseException(json, "Unexpected end-of-input");
        }
    }
}
