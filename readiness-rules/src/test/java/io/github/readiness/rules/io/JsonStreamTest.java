package io.github.readiness.rules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStreamTest {
    private static JsonStream stream(String json) throws IOException {
        JsonStream stream = JsonStream.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        stream.next();
        return stream;
    }

    @Test
    void aHandlerReadsWhatItAsksForAndTheRestIsSkipped() throws IOException {
        JsonStream json = stream("{\"skip\": {\"deep\": [1, {\"a\": 2}]}, \"name\": \"x\", \"list\": [\"a\", 3, null,"
                + " {\"b\": 1}], \"after\": true}");
        List<String> seen = new ArrayList<>();
        json.forEachField((name, value) -> {
            switch (name) {
                case "name" -> seen.add("name=" + value.string());
                case "list" -> value.forEachElement((i, element) -> seen.add(i + "=" + element.text()));
                default -> seen.add(name);
            }
        });
        assertEquals(List.of("skip", "name=x", "0=a", "1=3", "2=null", "3=null", "after"), seen);
        assertEquals(JsonToken.END_OBJECT, json.token());
        json.requireEnd();
    }

    @Test
    void anUnexpectedTypeIsSkippedWhole() throws IOException {
        JsonStream json = stream("[[{\"a\": 1}], \"text\", {\"b\": 2}]");
        List<Integer> objects = new ArrayList<>();
        json.forEachElement((i, element) -> element.forEachField((name, value) -> objects.add(i)));
        assertEquals(List.of(2), objects, "only the object's field is handled; the array and string are skipped");
        assertNull(stream("{\"a\": [1]}").string(), "not a string");
    }

    @Test
    void loopsReadIntoLocals() throws IOException {
        JsonStream json = stream("{\"a\": [1, 2], \"b\": \"two\"}");
        int sum = 0;
        String b = null;
        for (String field = json.nextField(); field != null; field = json.nextField()) {
            if (field.equals("a")) {
                while (json.nextElement()) {
                    sum += json.parser().getIntValue();
                }
            } else {
                b = json.text();
            }
        }
        assertEquals(3, sum);
        assertEquals("two", b);
    }

    @Test
    void contentAfterTheTopLevelValueIsAnError() throws IOException {
        JsonStream json = stream("{} {}");
        json.skip();
        JsonParseException e = assertThrows(JsonParseException.class, json::requireEnd);
        assertEquals("unexpected content after the end of the top-level value", e.getOriginalMessage());
    }

    @Test
    void truncatedInputIsAnError() throws IOException {
        JsonStream json = stream("{\"a\": [1, ");
        assertThrows(JsonParseException.class, () -> json.forEachField((name, value) -> {}));
    }
}
