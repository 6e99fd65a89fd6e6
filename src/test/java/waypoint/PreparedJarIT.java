package waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waypoint.shared.database.EmbeddedPostgres;
import waypoint.support.TestIdentityProvider;

/**
 * The packaged jar, started as an operator starts it with the context the build prepared ahead of time
 * ({@code -Dspring.aot.enabled=true}, docs/operations.md, "Starting faster"). The build prepared it with no database
 * URL and no identity provider; this node is given both, and uses both: every choice a deployment makes is read when
 * the node starts.
 */
class PreparedJarIT {

    @TempDir
    static Path root;

    static EmbeddedPostgres database;
    static TestIdentityProvider identityProvider;
    static Process node;
    static Path log;
    static int port;
    static int managementPort;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTheJarWithAServerAndAnIdentityProvider() throws Exception {
        // given a PostgreSQL server of the provider's own and its identity provider
        database = EmbeddedPostgres.start(root.resolve("server"), true);
        identityProvider = TestIdentityProvider.get();
        port = freePort();
        managementPort = freePort();
        log = root.resolve("node.log");

        // when the packaged jar starts with the prepared context, pointed at them
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(launcher, "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true", "-jar", packagedJar().toString(), "--waypoint.demo.enabled=false", "--spring.main.banner-mode=off"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(java.util.Map.of(
                "PORT", String.valueOf(port), "WAYPOINT_MANAGEMENT_PORT", String.valueOf(managementPort),
                "WAYPOINT_DATA", root.resolve("node").toString(),
                "WAYPOINT_DB_URL", database.jdbcUrl(), "WAYPOINT_DB_USER", database.username(),
                "WAYPOINT_OIDC_ISSUER", identityProvider.issuer(),
                "WAYPOINT_OIDC_CLIENT_ID", TestIdentityProvider.CLIENT_ID,
                "WAYPOINT_OIDC_CLIENT_SECRET", "the-client-secret",
                "WAYPOINT_OIDC_NAME", TestIdentityProvider.BUTTON));
        node = builder.start();
        awaitStarted();
    }

    @Test
    void it_keeps_its_data_in_the_server_it_was_given() throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
                ResultSet migrations = connection.createStatement()
                        .executeQuery("select count(*) from flyway_schema_history where success")) {
            migrations.next();
            assertThat(migrations.getInt(1)).isGreaterThan(100);
        }
        assertThat(Files.exists(root.resolve("node").resolve("postgres"))).as("no PostgreSQL of its own").isFalse();
    }

    @Test
    void its_sign_in_page_offers_the_organisations_identity_provider() throws Exception {
        HttpResponse<String> signIn = get("http://localhost:" + port + "/sign-in");

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains(TestIdentityProvider.BUTTON);
    }

    @Test
    void the_button_sends_staff_on_to_the_identity_provider() throws Exception {
        HttpResponse<String> pressed = get("http://localhost:" + port + "/sign-in/single-sign-on/organisation");

        assertThat(pressed.statusCode()).isEqualTo(302);
        assertThat(pressed.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(identityProvider.issuer()).contains("client_id=" + TestIdentityProvider.CLIENT_ID));
    }

    @Test
    void it_reports_itself_ready() throws Exception {
        HttpResponse<String> readiness = get("http://localhost:" + managementPort + "/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.destroy();
            if (!node.waitFor(60, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private static HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(jar -> jar.getFileName().toString().matches("waypoint-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run after `./mvnw package`: no jar in target/"));
        }
    }

    private static void awaitStarted() {
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).until(() -> {
            String written = Files.exists(log) ? Files.readString(log) : "";
            if (!written.contains("Started WaypointApplication") && !node.isAlive()) {
                throw new IllegalStateException("the jar stopped before it started:\n" + tail(written));
            }
            return written.contains("Started WaypointApplication");
        });
    }

    private static String tail(String text) {
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
