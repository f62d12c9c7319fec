package io.github.readiness.rules.evidence.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentedKeysReaderTest {

    /** One .env line -> the key it documents, or '-' for none. */
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        DB_URL=jdbc:postgresql://localhost/app | DB_URL
        DB_URL=                                | DB_URL
        export API_KEY=changeme                | API_KEY
        export\tAPI_KEY=x                      | API_KEY
        '  PORT = 8080'                        | PORT
        # OPTIONAL_FLAG=true                   | OPTIONAL_FLAG
        #OPTIONAL_FLAG=true                    | OPTIONAL_FLAG
        ## export TRACE=1                      | TRACE
        spring.datasource.url=jdbc:h2:mem      | spring.datasource.url
        my-key=1                               | my-key
        _PRIVATE=1                             | _PRIVATE
        exporter=1                             | exporter
        KEY=a=b                                | KEY
        KEY=value\r                            | KEY
        \uFEFFFIRST=1                          | FIRST
        # Set DEBUG=true to trace requests     | -
        # the database                         | -
        ''                                     | -
        JUST_A_KEY                             | -
        =value                                 | -
        1PORT=80                               | -
        A B=1                                  | -
        $HOME=1                                | -
        """)
    void envLines(String line, String expected) {
        String unescaped = line.replace("\\t", "\t").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF");
        Set<String> keys = DocumentedKeysReader.envKeys(unescaped);

        assertEquals(expected == null ? Set.of() : Set.of(expected), keys);
    }

    @org.junit.jupiter.api.Test
    void envFileKeysAreSortedAndUnique() {
        String text = "# Database\nDB_URL=x\r\nDB_USER=app\n\n# optional\n# DB_POOL=10\nexport DB_URL=y\n";

        assertEquals(new TreeSet<>(Set.of("DB_POOL", "DB_URL", "DB_USER")), DocumentedKeysReader.envKeys(text));
    }

    /** README text -> its tokens, space-separated in sorted order. */
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
        Set `DB_URL` first                     | DB_URL Set first
        ${API_KEY:default}                     | API_KEY default
        see spring.datasource.url.             | see spring.datasource.url
        --verbose -x                           | verbose x
        **MAX_RETRIES** (default 3)            | 3 MAX_RETRIES default
        app.cache-ttl=10m                      | 10m app.cache-ttl
        ... --- .-.                            | ''
        _LEADING_UNDERSCORE_                   | _LEADING_UNDERSCORE_
        Größe=1                                | 1 Größe
        """)
    void readmeTokens(String text, String expected) {
        Set<String> tokens = DocumentedKeysReader.tokens(text);

        assertEquals(expected, String.join(" ", tokens));
    }
}
