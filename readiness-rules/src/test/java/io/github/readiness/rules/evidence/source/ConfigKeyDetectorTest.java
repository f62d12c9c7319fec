package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigKeyDetectorTest {
    private static final String JAVA = "src/main/java/x/Client.java";
    private static final String PROPERTIES = "src/main/resources/application.properties";

    /** file, line -> the keys read: "SOURCE key" plus " default" when the use has one, "; " between, "" for none. */
    static Stream<Arguments> lines() {
        return Stream.of(
                // code: environment
                Arguments.of(JAVA, "String url = System.getenv(\"PAYMENT_API_URL\");", "ENVIRONMENT PAYMENT_API_URL"),
                Arguments.of(JAVA, "x(java.lang.System.getenv( \"FQ_KEY\" ));", "ENVIRONMENT FQ_KEY"),
                Arguments.of(JAVA, "f(System.getenv(\"A\") + System.getenv(\"B\"));", "ENVIRONMENT A; ENVIRONMENT B"),
                Arguments.of(
                        JAVA,
                        "String r = System.getenv().getOrDefault(\"REGION\", \"eu\");",
                        "ENVIRONMENT REGION default"),
                Arguments.of(JAVA, "String z = System.getenv().get(\"ZONE\");", "ENVIRONMENT ZONE"),
                Arguments.of(
                        "src/main/kotlin/App.kt",
                        "val k = System.getenv(\"KOTLIN_KEY\") ?: \"local\"",
                        "ENVIRONMENT KOTLIN_KEY default"),
                Arguments.of(
                        "src/main/groovy/Job.groovy", "def u = System.getenv('GROOVY_KEY')", "ENVIRONMENT GROOVY_KEY"),
                // code: system properties
                Arguments.of(
                        JAVA,
                        "int t = Integer.parseInt(System.getProperty(\"app.timeout\", \"30\"));",
                        "SYSTEM_PROPERTY app.timeout default"),
                Arguments.of(JAVA, "String m = System.getProperty(\"app.mode\");", "SYSTEM_PROPERTY app.mode"),
                Arguments.of(JAVA, "Integer n = Integer.getInteger(\"app.retries\");", "SYSTEM_PROPERTY app.retries"),
                Arguments.of(JAVA, "long ttl = Long.getLong(\"app.ttl\", 60L);", "SYSTEM_PROPERTY app.ttl default"),
                Arguments.of(
                        JAVA, "if (Boolean.getBoolean(\"app.feature.x\")) {", "SYSTEM_PROPERTY app.feature.x default"),
                // code: Spring @Value
                Arguments.of(JAVA, "@Value(\"${app.db-url}\") String url;", "SPRING_VALUE app.db-url"),
                Arguments.of(JAVA, "@Value(\"${app.pool:10}\") int pool;", "SPRING_VALUE app.pool default"),
                Arguments.of(JAVA, "@Value(\"${app.empty:}\") String e;", "SPRING_VALUE app.empty default"),
                Arguments.of(
                        JAVA,
                        "@Value(\"${a.primary:${a.fallback}}\") String a;",
                        "SPRING_VALUE a.primary default; SPRING_VALUE a.fallback"),
                Arguments.of(JAVA, "@Value(value = \"${app.name}\") String name;", "SPRING_VALUE app.name"),
                Arguments.of(JAVA, "@Value(\"#{'${app.list}'.split(',')}\") List<String> l;", "SPRING_VALUE app.list"),
                Arguments.of(
                        "src/main/kotlin/App.kt",
                        "@Value(\"\\${app.region}\") lateinit var region: String",
                        "SPRING_VALUE app.region"),
                // configuration files
                Arguments.of(PROPERTIES, "spring.datasource.url=${DB_URL}", "PLACEHOLDER DB_URL"),
                Arguments.of(PROPERTIES, "x=${A}-${B:b}", "PLACEHOLDER A; PLACEHOLDER B default"),
                Arguments.of(
                        "src/main/resources/application-prod.yml",
                        "    url: ${DB_URL:jdbc:h2:mem:x}",
                        "PLACEHOLDER DB_URL default"),
                Arguments.of(
                        "src/main/resources/config/bootstrap.yaml",
                        "  uri: \"${CONFIG_URI}\"",
                        "PLACEHOLDER CONFIG_URI"),
                Arguments.of(
                        "src/main/resources/bootstrap.properties",
                        "a=${OUTER:${INNER:x}}",
                        "PLACEHOLDER OUTER default; PLACEHOLDER INNER default"),

                // negatives: not a literal, not a key, not configuration
                Arguments.of(JAVA, "String v = System.getenv(name);", ""),
                Arguments.of(JAVA, "Map<String, String> env = System.getenv();", ""),
                Arguments.of(JAVA, "String v = System.getProperty(\"app.\" + name);", ""),
                Arguments.of(JAVA, "String v = System.getProperty(KEY, \"d\");", ""),
                Arguments.of(JAVA, "String v = System.getenv(\"\");", ""),
                Arguments.of(JAVA, "String v = System.getProperty(\"my key\");", ""),
                Arguments.of(JAVA, "String v = MySystem.getenv(\"NOT_SYSTEM\");", ""),
                Arguments.of(JAVA, "String v = System.getenv(\"UNTERMINATED);", ""),
                Arguments.of(JAVA, "String v = \"System.getenv(\\\"IN_A_STRING\\\")\";", ""),
                // JVM and operating system standard keys
                Arguments.of(JAVA, "String v = System.getProperty(\"java.version\");", ""),
                Arguments.of(JAVA, "String v = System.getProperty(\"user.home\");", ""),
                Arguments.of(JAVA, "String v = System.getProperty(\"line.separator\");", ""),
                Arguments.of(JAVA, "String v = System.getProperty(\"file.encoding\", \"UTF-8\");", ""),
                Arguments.of(JAVA, "String v = System.getProperty(\"https.proxyHost\");", ""),
                Arguments.of(JAVA, "String v = System.getProperty(\"socksProxyPort\");", ""),
                Arguments.of(JAVA, "String v = System.getProperty(\"stdout.encoding\");", ""),
                Arguments.of(JAVA, "String v = System.getenv(\"HOME\");", ""),
                // SpEL and text that only looks like a placeholder
                Arguments.of(JAVA, "@Value(\"#{systemProperties['app.x']}\") String x;", ""),
                Arguments.of(JAVA, "@Value(\"#{2 * 3}\") int six;", ""),
                Arguments.of(JAVA, "@Value(\"plain text\") String t;", ""),
                Arguments.of(JAVA, "@Value(\"${\" + KEY + \"}\") String t;", ""),
                Arguments.of(JAVA, "String notRead = \"${NOT_AN_ANNOTATION}\";", ""),
                // comments
                Arguments.of(JAVA, "// String v = System.getenv(\"COMMENTED\");", ""),
                Arguments.of(JAVA, "int a = 1; // System.getenv(\"TRAILING_COMMENT\")", ""),
                Arguments.of(JAVA, " * reads System.getenv(\"JAVADOC\")", ""),
                Arguments.of(JAVA, "/* System.getenv(\"BLOCK\") */", ""),
                Arguments.of(PROPERTIES, "# url=${COMMENTED}", ""),
                Arguments.of(PROPERTIES, "! url=${BANG_COMMENTED}", ""),
                Arguments.of("src/main/resources/application.yml", "  # url: ${COMMENTED}", ""),
                // files that are not read for keys
                Arguments.of("src/main/scala/App.scala", "val v = System.getenv(\"SCALA\")", ""),
                Arguments.of("src/main/resources/other.properties", "x=${NOT_SPRING_CONFIG}", ""),
                Arguments.of("src/main/resources/config.yml", "x: ${NOT_SPRING_CONFIG}", ""),
                Arguments.of("src/main/resources/logback.xml", "<file>${LOG_DIR}/app.log</file>", ""),
                // odd placeholders
                Arguments.of(PROPERTIES, "id=${random.uuid}", ""),
                Arguments.of(PROPERTIES, "n=${random.int(10)}", ""),
                Arguments.of(PROPERTIES, "app.version=${project.version}", ""), // Maven resource filtering
                Arguments.of(PROPERTIES, "built.by=${settings.localRepository} ${pom.name}", ""),
                Arguments.of(PROPERTIES, "url=${unterminated", ""),
                Arguments.of(PROPERTIES, "url=${}", ""),
                Arguments.of(PROPERTIES, "price=$5 {each}", ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lines")
    void readsKeys(String file, String line, String expected) {
        assertEquals(expected, keys(new SourceFile(file, false), line));
    }

    /** Test sources are never read for keys, whatever they hold. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void testFilesAreIgnored(String file, String line, String expected) {
        assertEquals("", keys(new SourceFile(file.replace("src/main/", "src/test/"), true), line));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void locationIsTheFileAndLine(String file, String line, String expected) {
        SourceFindings found = new SourceFindings();
        ConfigKeyDetector detector = new ConfigKeyDetector();
        detector.line(new SourceFile(file, false), 42, line, found);
        detector.fileEnd(new SourceFile(file, false), found);
        assertEquals(
                List.of(),
                found.configKeys.stream()
                        .filter(use -> !use.location().file().equals(file)
                                || use.location().line() != 42)
                        .toList());
    }

    /** commons-net's FTPClient reads its system properties through constants declared in the same file. */
    @org.junit.jupiter.api.Test
    void constantsDeclaredInTheSameFileAreResolvedBeforeOrAfterTheirUse() {
        assertEquals(
                "SYSTEM_PROPERTY org.apache.commons.net.ftp.systemType.default;"
                        + " SYSTEM_PROPERTY org.apache.commons.net.ftp.systemType;"
                        + " SYSTEM_PROPERTY org.apache.commons.net.ftp.ipAddressFromPasvResponse default;"
                        + " SYSTEM_PROPERTY app.retries default; ENVIRONMENT PAYMENT_URL",
                keys(
                        new SourceFile(JAVA, false),
                        "    public static final String FTP_SYSTEM_TYPE = \"org.apache.commons.net.ftp.systemType\";",
                        "    public static final String FTP_SYSTEM_TYPE_DEFAULT = "
                                + "\"org.apache.commons.net.ftp.systemType.default\";",
                        "        final String systDefault = System.getProperty(FTP_SYSTEM_TYPE_DEFAULT);",
                        "        String systemType = System.getProperty(FTP_SYSTEM_TYPE);",
                        "    private boolean ip = Boolean.getBoolean(FTPClient.FTP_IP_ADDRESS_FROM_PASV_RESPONSE);",
                        "    int r = Integer.getInteger(RETRIES, 3);",
                        "    String u = System.getenv(URL_VARIABLE);",
                        "    String v = System.getProperty(variable);",
                        "    String w = System.getProperty(PREFIX + \".x\");",
                        "    static final String RETRIES = \"app.retries\";",
                        "    private static final String PREFIX = \"app\";",
                        "    public static final String FTP_IP_ADDRESS_FROM_PASV_RESPONSE ="
                                + " \"org.apache.commons.net.ftp.ipAddressFromPasvResponse\";",
                        "    final static String URL_VARIABLE = \"PAYMENT_URL\";"));
    }

    private static String keys(SourceFile file, String... lines) {
        SourceFindings found = new SourceFindings();
        ConfigKeyDetector detector = new ConfigKeyDetector();
        for (int i = 0; i < lines.length; i++) {
            detector.line(file, i + 1, lines[i], found);
        }
        detector.fileEnd(file, found);
        return found.configKeys.stream()
                .map(use -> use.source() + " " + use.key() + (use.hasDefault() ? " default" : ""))
                .collect(Collectors.joining("; "));
    }
}
