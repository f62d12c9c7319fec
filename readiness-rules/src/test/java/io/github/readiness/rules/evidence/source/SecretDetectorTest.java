package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.Location;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One line of one file type, and the pattern it must give (or nothing). */
class SecretDetectorTest {
    private static final String GITHUB = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5";
    private static final String GITHUB_PAT = "github_pat_" + "11ABCDEFG0123456789abc_" + "x".repeat(59);
    private static final String JWT =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4g"
                    + "RG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    private static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /** file | expected pattern id, or "-" for nothing | the line. */
    private static final String TABLE = """
        application.properties | aws-access-key-id     | aws.accessKeyId=AKIAIOSFODNN7EXAMPLE
        config.json            | aws-access-key-id     | {"key": "ASIAY34FZKBOKMUTVV7A"}
        Aws.java               | aws-access-key-id     | String id = "AKIAIOSFODNN7EXAMPLE"; // the AWS docs' example still counts
        app.yml                | aws-secret-access-key | aws_secret_access_key: %AWS_SECRET%
        Aws.java               | aws-secret-access-key | String awsSecretKey = "%AWS_SECRET%";
        cloud.properties       | aws-secret-access-key | cloud.aws.credentials.secret-key=%AWS_SECRET%
        notes.txt              | github-token          | token %GITHUB% for the CI
        deploy.sh              | github-token          | export GH_TOKEN=%GITHUB_PAT%
        app.yml                | gitlab-token          | gitlab: glpat-Abc_12-xYz34567890QrStU
        notify.json            | slack-token           | "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"
        notify.properties      | slack-webhook         | hook.url=https://hooks.slack.com/services/T0ABC1234/B0DEF5678/AbCdEf123456GhIjKl789012
        fixtures.json          | jwt                   | {"bearer": "%JWT%"}
        application.properties | credential-assignment | spring.datasource.password=s3cr3t-Pa55
        application.properties | credential-assignment | DB_PASSWORD: hunter2x
        application.properties | credential-assignment | api_key K8s-Prod-9f2
        application.properties | credential-assignment | app.credentials="user:Xk9mq2"
        application.yml        | credential-assignment |     password: 'Pr0d!Pass'
        application.yml        | credential-assignment | jwt.secret: "n0t-a-placeholder"
        application.yml        | credential-assignment |   - clientSecret: abcDEF123 # the staging one
        application.yml        | default-credential    | password: changeme
        application.yml        | placeholder-default   | password: ${DB_PASSWORD:postgres}
        application.properties | placeholder-default   | spring.datasource.password=${MYSQL_PASS:petclinic}
        application.properties | possible-credential   | spring.datasource.password=petclinic
        Client.java            | placeholder-default   | @Value("${api.key:demo-key}") private String apiKey;
        Client.java            | placeholder-default   | String password = "${DB_PASSWORD:dev-only}";
        Client.java            | code-fallback         | String key = System.getenv().getOrDefault("API_KEY", "demo-key");
        Client.java            | code-fallback         | String key = env.getProperty("app.api-key", "demo-key");
        Client.java            | code-fallback         | String p = System.getProperty("javax.net.ssl.trustStorePassword", "changeit");
        Client.java            | code-fallback         | String key = Optional.ofNullable(System.getenv("API_KEY")).orElse("demo-key");
        Client.java            | code-fallback         | @ConfigProperty(name = "api.token", defaultValue = "demo-token") String token;
        Client.java            | -                     | String key = System.getenv().getOrDefault("REGION", "eu-west-1");
        Client.java            | -                     | String key = System.getenv().getOrDefault("API_KEY", "");
        Client.java            | -                     | @Value("${api.key}") private String apiKey;
        Client.java            | -                     | String key = Optional.ofNullable(System.getenv("API_KEY")).orElseThrow();
        TestTls.java           | possible-credential   | private static final String KeystorePassword = "p";
        users.properties       | possible-credential   | admin.password=21232F297A57A5A743894A0E4A801FC3
        users.properties       | credential-assignment | admin.api-key=21232F297A57A5A743894A0E4A801FC3
        scorecards.yml         | -                     |       id-token: write # This is required for requesting the JWT
        maven.yml              | -                     |         server-password: NEXUS_PW # env variable for token in deploy
        application-dev.yml    | default-credential    | spring.datasource.password: password
        settings.xml           | credential-assignment | <password>Xk9#mq2!</password>
        beans.xml              | credential-assignment | <property name="password" value="Xk9#mq2!"/>
        ds.xml                 | possible-credential   | <datasource user="sa" password="Xk9mq2"/>
        ds.xml                 | credential-assignment | <datasource user="sa" password="Xk9mq2-Zt7"/>
        props.xml              | default-credential    | <entry key="db.password">admin</entry>
        Db.java                | credential-assignment | private static final String PASSWORD = "Xk9#mq2!";
        Db.java                | credential-assignment | char[] password = "Xk9mq2-Zt7".toCharArray();
        Db.java                | credential-assignment | DataSource ds = builder.password("Xk9#mq2!").build();
        Db.java                | credential-assignment | client.setApiKey("k-8812-aa");
        Db.java                | credential-assignment | @DataSourceDefinition(name = "ds", password = "Xk9mq2-Zt7", url = "x")
        Db.java                | default-credential    | props.put("password", "changeit");
        Db.java                | default-credential    | String password = "secret";
        application.properties | default-credential    | admin.pwd=ADMIN
        application.properties | default-credential    | security.user.password={noop}password
        application.properties | default-credential    | db.password=123456
        application.properties | -                     | spring.datasource.password=${DB_PASSWORD}
        application.properties | -                     | spring.datasource.password=${DB_PASSWORD:}
        application.properties | -                     | spring.datasource.password=${DB_PASSWORD:${FALLBACK_PASSWORD}}
        application.properties | -                     | password.min-length=8
        application.yml        | -                     | token-expiry: 3600
        application.yml        | -                     | token: 3600
        Security.java          | -                     | PasswordEncoder passwordEncoder = new BCryptPasswordEncoder();
        Security.java          | -                     | // check the password here before login
        Security.java          | -                     | * password = "Xk9mq2" in the Javadoc example
        application.properties | -                     | # password=Xk9mq2 (commented out: an example)
        application.properties | -                     | the password is rotated monthly
        notes.txt              | -                     | eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9
        notes.txt              | -                     | eyJ
        notes.txt              | -                     | eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.
        application.properties | -                     | id=AKIAIOSFODNN7EXAMPL
        application.properties | -                     | id=AKIAIOSFODNN7EXAMPLEX
        notes.txt              | -                     | XAKIAIOSFODNN7EXAMPLE
        notes.txt              | -                     | AKIAiosfodnn7example
        application.properties | -                     | oauth2.provider.idp.token-uri=https://idp.example.com/token
        application.properties | -                     | tokenUrl=https://idp.example.com/token
        application.properties | -                     | password=
        application.properties | -                     | password=#{vault.read('db')}
        application.properties | -                     | password=%(db_password)s
        application.yml        | -                     | password: "{{ db_password }}"
        application.properties | -                     | password=<your-password>
        application.properties | -                     | password=@db.password@
        application.properties | -                     | password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)
        application.properties | -                     | password=$DB_PASSWORD
        application.properties | -                     | password=********
        application.properties | -                     | security.user.password={bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe
        application.properties | -                     | jwt.private-key=classpath:keys/jwt.pem
        application.properties | -                     | jwt.private-key=keys/jwt.pem
        application.properties | -                     | server.ssl.key-store-password=${KEYSTORE_PASSWORD}
        application.properties | -                     | password=false
        Db.java                | -                     | private static final String PASSWORD_FIELD = "password";
        Db.java                | -                     | public static final String PASSWORD = "password";
        Db.java                | -                     | static final String DB_PASSWORD = "password";
        Db.java                | -                     | static final String API_KEY = "api-key";
        Db.java                | -                     | String password = getPassword();
        Db.java                | -                     | String password = "";
        Db.java                | -                     | static final String TOKEN = "X-Auth-Token";
        Db.java                | -                     | static final String SECRET = "app.jwt.secret";
        Db.java                | -                     | static final String TOKEN = "Bearer ";
        Db.java                | -                     | String password = "prefix" + suffix;
        Db.java                | -                     | String message = "password = \\"Xk9mq2\\"";
        Db.java                | -                     | if (password == "Xk9mq2") { return; }
        Db.java                | -                     | user.resetPassword("Xk9mq2");
        Db.java                | -                     | String value = System.getProperty("db.password");
        Db.java                | -                     | @Value("${db.password}") private String password;
        application.yml        | -                     | spring:
        application.yml        | -                     |   password:
        application.yml        | -                     |   password: true
        application.yml        | -                     |   password: ~
        application.yml        | -                     |   password: *default-password
        application.yml        | -                     |   password: |
        application.yml        | -                     |   aws_secret_access_key: ${AWS_SECRET}
        settings.xml           | -                     | <password>{COQLCE6DU6GtcS5P=}</password>
        settings.xml           | -                     | <!-- <password>Xk9mq2</password> -->
        settings.xml           | -                     | <passwordPolicy>strict</passwordPolicy>
        settings.xml           | -                     | <password></password>
        notes.md               | -                     | password=Xk9mq2
        notes.txt              | -                     | xoxb-your-token-here
        notes.txt              | -                     | ghp_short
        notes.txt              | -                     | https://hooks.slack.com/services/
        Cert.java              | -                     | String header = "-----BEGIN PRIVATE KEY-----";
        cert.pem               | -                     | -----BEGIN CERTIFICATE-----
        notes.txt              | -                     | sha1=da39a3ee5e6b4b0d3255bfef95601890afd80709
        notes.txt              | -                     | checksum: %AWS_SECRET%
        """;

    static Stream<Arguments> rows() {
        return TABLE.lines().map(row -> {
            String[] cells = row.split(" \\| ", 3);
            String line = cells[2].replace("%AWS_SECRET%", AWS_SECRET)
                    .replace("%GITHUB%", GITHUB)
                    .replace("%GITHUB_PAT%", GITHUB_PAT)
                    .replace("%JWT%", JWT)
                    .replace("\\\\", "\\");
            return Arguments.of(cells[0].strip(), cells[1].strip(), line);
        });
    }

    @ParameterizedTest(name = "{0}: {2} -> {1}")
    @MethodSource("rows")
    void findsTheSecretOrNothing(String file, String expected, String line) {
        List<HardcodedSecret> secrets = SecretLines.scan("src/main/resources/" + file, line);

        List<String> patterns = secrets.stream().map(HardcodedSecret::patternId).toList();
        assertEquals(expected.equals("-") ? List.of() : List.of(expected), patterns, line);
        for (HardcodedSecret secret : secrets) {
            assertEquals(SecretPattern.byId(expected).orElseThrow().kind(), secret.kind());
            assertEquals(new Location("src/main/resources/" + file, 1), secret.location());
            assertFalse(
                    line.contains(secret.masked()) && !secret.masked().startsWith("-----BEGIN"),
                    "the masked form never repeats the line");
        }
    }

    @org.junit.jupiter.api.Test
    void tableHasMoreNegativeThanPositiveRows() {
        long negative = rows().filter(r -> r.get()[1].equals("-")).count();
        assertTrue(negative >= rows().count() - negative, negative + " negative rows");
    }
}
