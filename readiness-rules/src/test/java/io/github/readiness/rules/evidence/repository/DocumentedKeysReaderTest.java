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

    /** README line(s) -> the keys it documents as configuration, space-separated in sorted order. */
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Set `DB_URL` first                                                | DB_URL
        The `DB_URL` column of the result                                 | ""
        "docker run -e MYSQL_USER=petclinic -e MYSQL_PASSWORD=petclinic"  | ""
        "```bash\ndocker run -e MYSQL_USER=petclinic mysql:9.6\n```"        | ""
        "```\nDB_URL=jdbc:h2:mem\nexport DB_USER=sa\n```"                  | DB_URL DB_USER
        "```yaml\napp:\n  cache-ttl: 10m\n```"                            | app cache-ttl
        mvn verify -Dapp.mode=fast                                        | app.mode
        app.cache-ttl=10m                                                 | app.cache-ttl
        "| `MAX_RETRIES` | how often to retry | 3 |"                         | MAX_RETRIES
        "| DB_URL | the JDBC URL, e.g. `jdbc:h2` |"                          | DB_URL
        "- `API_KEY`: the key of the payment provider"                    | API_KEY
        "* **MAX_RETRIES** (default 3)"                                   | MAX_RETRIES
        "1. PAYMENT_URL points at the provider"                           | PAYMENT_URL
        see spring.datasource.url.                                        | ""
        the MYSQL_USER of the container                                   | ""
        Set the environment variable `_LEADING_` before starting          | _LEADING_
        """)
    void readmeKeys(String text, String expected) {
        Set<String> keys = ReadmeKeys.documented(text.replace("\\n", "\n"));

        assertEquals(expected, String.join(" ", keys));
    }
}
