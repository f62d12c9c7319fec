package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A labelled corpus of real lines: true secrets (documentation examples of real formats, since the projects below
 * hold none) and the lines that looked like secrets but are not, most of them copied from public projects at the tags
 * issue 19 names (origin noted per row, as test data). Blocking is judged as the gate judges it: a finding of a
 * kind that blocks. The test prints precision and recall of blocking and fails on any false blocker or missed secret.
 */
class SecretCorpusTest {
    private static final String PEM_BODY = "MIIEpAIBAAKCAQEA7YqZx3b5vUu2f0QJk1m" + "Q".repeat(24);

    /** origin | file name | whether the gate must block | the line(s). */
    private record Entry(String origin, String file, boolean secret, String... lines) {}

    private static final List<Entry> CORPUS = List.of(
            // true secrets: provider formats, key material, unmistakable literal credentials
            new Entry(
                    "AWS docs example key id", "application.properties", true, "aws.accessKeyId=AKIAIOSFODNN7EXAMPLE"),
            new Entry(
                    "AWS docs example secret key",
                    "application.yml",
                    true,
                    "aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            new Entry(
                    "jwt.io example token",
                    "fixtures.json",
                    true,
                    "{\"bearer\": \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVC"
                            + "J9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fw"
                            + "pMeJf36POk6yJV_adQssw5c\"}"),
            new Entry("GitHub token format", "deploy.yml", true, "token: ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5"),
            new Entry("GitLab token format", "ci.properties", true, "gitlab.token=glpat-Abc_12-xYz34567890QrStU"),
            new Entry(
                    "Slack bot token format",
                    "notify.json",
                    true,
                    "\"xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx\""),
            new Entry("RSA private key block", "app.pem", true, "-----BEGIN RSA PRIVATE KEY-----", PEM_BODY),
            new Entry(
                    "Stripe docs test key",
                    "Billing.java",
                    true,
                    "private static final String API_KEY = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\";"),
            new Entry(
                    "literal datasource password",
                    "application.properties",
                    true,
                    "spring.datasource.password=Sup3rS3cret!"),
            new Entry("literal password in settings", "settings.xml", true, "<password>Pr0d-DB-pass!</password>"),
            new Entry("literal setter", "Db.java", true, "ds.setPassword(\"Tr0ub4dor&3\");"),
            new Entry("literal JWT signing secret", "application.yml", true, "  secret: 9f8e7d6c-5b4a-3921"),
            // not secrets, or not certain enough to block
            new Entry(
                    "commons-cli rel/commons-cli-1.11.0 .github/workflows/scorecards-analysis.yml:37",
                    "scorecards-analysis.yml",
                    false,
                    "      id-token: write # This is required for requesting the JWT"),
            new Entry("gson .github/workflows/scorecard.yml:30", "scorecard.yml", false, "      id-token: write"),
            new Entry(
                    "commons-net rel/commons-net-3.13.0 .github/workflows/maven.yml:79",
                    "maven.yml",
                    false,
                    "        server-password: NEXUS_PW # env variable for token in deploy"),
            new Entry(
                    "commons-numbers .github/workflows/scorecards-analysis.yml:54",
                    "scorecards-analysis.yml",
                    false,
                    "          repo_token: ${{ secrets.GITHUB_TOKEN }}"),
            new Entry(
                    "commons-numbers .github/workflows/codeql-analysis.yml:51",
                    "codeql-analysis.yml",
                    false,
                    "        persist-credentials: false"),
            new Entry(
                    "jsoup jsoup-1.23.1 src/test/java/org/jsoup/integration/TestTls.java:21",
                    "TestTls.java",
                    false,
                    "    private static final String KeystorePassword = \"hunter2\";"),
            new Entry(
                    "issue 19: a one-letter keystore password",
                    "TestTls.java",
                    false,
                    "    private static final String KeystorePassword = \"p\";"),
            new Entry(
                    "jsoup src/test/java/org/jsoup/integration/ConnectTest.java:1111",
                    "ConnectTest.java",
                    false,
                    "        String password = \"Netscape engineers are weenies!\";"),
            new Entry(
                    "jsoup src/test/java/org/jsoup/integration/ConnectTest.java:546",
                    "ConnectTest.java",
                    false,
                    "        assertEquals(\"token=asdfg123; uid=jhy\", ihVal(\"Cookie\", doc));"),
            new Entry(
                    "jsoup src/test/java/org/jsoup/nodes/FormElementTest.java:174",
                    "FormElementTest.java",
                    false,
                    "                \"      Password:<input type=\\\"password\\\" name=\\\"pass\\\" />\\n\" +"),
            new Entry(
                    "spring-petclinic src/main/resources/application-mysql.properties:5",
                    "application-mysql.properties",
                    false,
                    "spring.datasource.password=${MYSQL_PASS:petclinic}"),
            new Entry(
                    "spring-petclinic src/main/resources/application-postgres.properties:5",
                    "application-postgres.properties",
                    false,
                    "spring.datasource.password=${POSTGRES_PASS:petclinic}"),
            new Entry(
                    "issue 19: a placeholder defaulting to a well-known password",
                    "application.properties",
                    false,
                    "spring.datasource.password=${POSTGRES_PASS:postgres}"),
            new Entry(
                    "spring-petclinic docker-compose.yml:10",
                    "docker-compose.yml",
                    false,
                    "      - MYSQL_PASSWORD=petclinic"),
            new Entry(
                    "spring-petclinic docker-compose.yml:7",
                    "docker-compose.yml",
                    false,
                    "      - MYSQL_ROOT_PASSWORD="),
            new Entry("spring-petclinic k8s/db.yml:14", "db.yml", false, "  password: \"pass\""),
            new Entry(
                    "spring-petclinic k8s/db.yml:52-56",
                    "db.yml",
                    false,
                    "            - name: POSTGRES_PASSWORD",
                    "              valueFrom:",
                    "                secretKeyRef:",
                    "                  name: demo-db",
                    "                  key: password"),
            new Entry(
                    "commons-net src/test/java/org/apache/commons/net/pop3/POP3Constants.java:32",
                    "POP3Constants.java",
                    false,
                    "    public static final String password = \"password\";"),
            new Entry(
                    "commons-net src/test/java/org/apache/commons/net/ftp/FTPClientTransferModeTest.java:94",
                    "FTPClientTransferModeTest.java",
                    false,
                    "        final String password = \"test\";"),
            new Entry(
                    "commons-net src/test/resources/org/apache/commons/net/ftpsserver/users.properties:19",
                    "users.properties",
                    false,
                    "ftpserver.user.admin.userpassword=21232F297A57A5A743894A0E4A801FC3"),
            new Entry(
                    "commons-net users.properties:19, as a password key (an MD5 digest is a stored hash)",
                    "users.properties",
                    false,
                    "ftpserver.user.admin.password=21232F297A57A5A743894A0E4A801FC3"),
            new Entry(
                    "commons-net src/test/resources/org/apache/commons/net/ftpsserver/users.properties:29",
                    "users.properties",
                    false,
                    "ftpserver.user.anonymous.userpassword="),
            new Entry(
                    "commons-net src/main/java/org/apache/commons/net/ftp/parser/OS400FTPEntryParser.java:98",
                    "OS400FTPEntryParser.java",
                    false,
                    " *           password=\"${ftp.password}\""),
            new Entry(
                    "commons-net src/main/java/org/apache/commons/net/ftp/FTPHTTPClient.java:97",
                    "FTPHTTPClient.java",
                    false,
                    "        this.proxyPassword = proxyPass;"),
            new Entry(
                    "commons-net src/main/java/org/apache/commons/net/ftp/FTPReply.java:94",
                    "FTPReply.java",
                    false,
                    "    public static final int NEED_PASSWORD = 331;"),
            new Entry(
                    "commons-net src/main/java/org/apache/commons/net/examples/mail/Utils.java:52",
                    "Utils.java",
                    false,
                    "            password = new String(pwd);"),
            new Entry(
                    "jsoup src/main/java/org/jsoup/parser/TreeBuilder.java:124",
                    "TreeBuilder.java",
                    false,
                    "        currentToken = token;"),
            new Entry(
                    "Spring Boot docs: client secret from the environment",
                    "application.properties",
                    false,
                    "spring.security.oauth2.client.registration.github.client-secret=${GITHUB_CLIENT_SECRET}"),
            new Entry(
                    "jasypt docs: encrypted value",
                    "application.properties",
                    false,
                    "password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)"),
            new Entry(
                    "a word as a password: reported, not blocking",
                    "application.properties",
                    false,
                    "spring.datasource.password=petclinic"));

    @Test
    void noFalseBlockerAndNoMissedSecret() {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (Entry entry : CORPUS) {
            List<HardcodedSecret> found = SecretLines.scan("src/main/resources/" + entry.file(), entry.lines());
            boolean blocks = found.stream().anyMatch(s -> s.kind().blocking());
            if (blocks && entry.secret()) {
                truePositives++;
            } else if (blocks) {
                falsePositives++;
                wrong.add("false blocker: " + entry.origin() + " " + found);
            } else if (entry.secret()) {
                falseNegatives++;
                wrong.add("missed secret: " + entry.origin() + " " + found);
            }
            table.append(String.format(
                    Locale.ROOT,
                    "  %-5s %-5s %-22s %s%n",
                    entry.secret() ? "TRUE" : "false",
                    blocks ? "BLOCK" : "-",
                    found.isEmpty() ? "-" : found.get(0).patternId(),
                    entry.origin()));
        }
        double precision =
                truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        double recall =
                truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        System.out.printf(
                Locale.ROOT,
                "Secret corpus: %d lines, %d true secrets; blocking precision %.3f, recall %.3f"
                        + " (TP %d, FP %d, FN %d)%n%s",
                CORPUS.size(),
                CORPUS.stream().filter(Entry::secret).count(),
                precision,
                recall,
                truePositives,
                falsePositives,
                falseNegatives,
                table);
        assertEquals(List.of(), wrong);
    }
}
