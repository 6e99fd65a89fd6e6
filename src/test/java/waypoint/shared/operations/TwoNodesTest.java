package waypoint.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.awaitility.Awaitility;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.util.ReflectionTestUtils;

import waypoint.WaypointApplication;
import waypoint.demo.DemoAccounts;
import waypoint.identity.AccountSummary;
import waypoint.identity.Invitations;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.database.EmbeddedPostgres;
import waypoint.support.Api;
import waypoint.support.PageClient;

/**
 * Two Waypoint nodes behind an imaginary load balancer, as docs/operations.md runs them: one PostgreSQL and one
 * S3-compatible store (S3Proxy), all started here, in this JVM, beside (not instead of) the shared test context. Node
 * A loads the demo provider; both start at once. What one node did, the other sees: the signed-in session, an uploaded
 * file, a job's lock, an email in the outbox; and a node stopped mid-request finishes what it was doing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final Path ROOT = Path.of("target/two-nodes").toAbsolutePath();
    private static final String BUCKET = "waypoint-nodes";
    private static final String ACCESS_KEY = "waypoint-nodes";
    private static final String SECRET_KEY = "waypoint-nodes-secret";
    private static final String REFUSED_MARKER = "outbox-";

    private static EmbeddedPostgres database;
    private static BlobStoreContext blobs;
    private static S3Proxy s3;
    private static CountingSmtpServer smtp;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void twoNodesOnOneDatabaseAndOneBucket() throws Exception {
        delete(ROOT);
        Files.createDirectories(ROOT.resolve("objects"));
        CompletableFuture<EmbeddedPostgres> startingDatabase = CompletableFuture
                .supplyAsync(() -> EmbeddedPostgres.start(ROOT, true));
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", ROOT.resolve("objects").toString());
        blobs = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential").overrides(properties)
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        s3.start();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> "STARTED".equals(s3.getState()));
        smtp = new CountingSmtpServer();
        database = startingDatabase.get(2, TimeUnit.MINUTES);

        // both at once, as a deployment starts them; the keys come from outside, the same for both, as in production
        String identityKey = randomKey();
        String safeguardingKey = randomKey();
        String declarationsKey = randomKey();
        CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture
                .supplyAsync(() -> node("a", true, identityKey, safeguardingKey, declarationsKey));
        CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture
                .supplyAsync(() -> node("b", false, identityKey, safeguardingKey, declarationsKey));
        nodeA = a.get(5, TimeUnit.MINUTES);
        nodeB = b.get(5, TimeUnit.MINUTES);
    }

    private static ConfigurableApplicationContext node(String name, boolean demo, String identityKey,
            String safeguardingKey, String declarationsKey) {
        return new SpringApplicationBuilder(WaypointApplication.class).profiles("test").run(
                "--server.port=0", "--management.server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
                "--waypoint.data-directory=" + ROOT.resolve("node-" + name),
                "--waypoint.demo.enabled=" + demo,
                "--waypoint.s3.endpoint=http://127.0.0.1:" + s3.getPort(), "--waypoint.s3.bucket=" + BUCKET,
                "--waypoint.s3.access-key=" + ACCESS_KEY, "--waypoint.s3.secret-key=" + SECRET_KEY,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--WAYPOINT_IDENTITY_KEY=" + identityKey, "--WAYPOINT_SAFEGUARDING_KEY=" + safeguardingKey,
                "--WAYPOINT_DECLARATIONS_KEY=" + declarationsKey,
                "--management.metrics.use-global-registry=false", "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.close();
        }
        if (s3 != null) {
            s3.stop();
        }
        if (blobs != null) {
            blobs.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void a_person_signed_in_on_one_node_carries_on_on_the_other_with_the_same_cookie_and_form_token() {
        PageClient onA = PageClient.signedInAs(port(nodeA), DemoAccounts.TUTOR);
        String session = onA.sessionId().orElseThrow();
        PageClient onB = PageClient.carrying(port(nodeB), session);

        PageClient.Page account = onB.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.text()).contains(DemoAccounts.TUTOR.displayName());

        // a form read on A, sent to B: the form token is kept in the shared session
        PageClient.Page formOnA = onA.get("/account");
        PageClient.Page signedOut = onB.post("/sign-out", formOnA, Map.of());
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).contains("/sign-in?signed-out");
        assertThat(onA.get("/account").location()).as("signed out on B is signed out on A").contains("/sign-in");
    }

    @Test
    @Order(2)
    void a_file_uploaded_through_one_node_downloads_byte_for_byte_through_the_other_and_is_kept_in_the_bucket()
            throws Exception {
        String tokenA = token(nodeA, DemoAccounts.LEARNER);
        UUID thread = startThread(nodeA, tokenA);
        byte[] content = pdf(3 * 1024 * 1024);

        HttpResponse<String> uploaded = upload(nodeA, tokenA, thread, new ByteArrayInputStream(content), null);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        String fileId = attachmentOf(thread);
        assertThat(blobs.getBlobStore().blobExists(BUCKET, fileId)).isTrue();
        assertThat(filesOnDisk()).as("nothing kept on a node's own disk").doesNotContain(fileId);
        HttpResponse<byte[]> downloaded = download(nodeB, token(nodeB, DemoAccounts.LEARNER), thread);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(content);
    }

    @Test
    @Order(3)
    void a_nightly_job_started_on_both_nodes_at_the_same_moment_runs_once() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger("waypoint.supportcase.internal.AtRiskIndicators");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Void>> runs = Stream.of(nodeA, nodeB).map(node -> CompletableFuture.runAsync(() -> {
                Object job = node.getBean("atRiskIndicators");
                await(together);
                ReflectionTestUtils.invokeMethod(job, "nightly");
            })).toList();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        } finally {
            log.detachAppender(lines);
        }

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(line -> line.startsWith("At-risk indicators computed for")).hasSize(1);
        assertThat(one("SELECT count(*)::text FROM shedlock WHERE name = 'support-case-at-risk' AND lock_until > now()"))
                .as("the lock is held for the job's least time").isEqualTo("1");
    }

    @Test
    @Order(4)
    void an_email_whose_first_send_failed_is_delivered_once_when_both_nodes_drain_the_outbox() throws Exception {
        String email = REFUSED_MARKER + UUID.randomUUID() + "@nodes.test";
        AccountSummary account = nodeA.getBean(UserAccounts.class).create(email, "Olly Outbox", Set.of(Role.TUTOR));
        nodeA.getBean(Invitations.class).invite(account.id());
        awaitUntil(() -> smtp.refusals(email) > 0, "the mail server refused the invitation once");
        awaitUntil(() -> "1".equals(one("SELECT count(*)::text FROM email_message WHERE recipient = '" + email
                + "' AND status = 'FAILED'")), "the email is recorded as not sent");

        smtp.accept(email);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Void>> drains = Stream.of(nodeA, nodeB).map(node -> CompletableFuture.runAsync(() -> {
            IncompleteEventPublications outbox = node.getBean(IncompleteEventPublications.class);
            await(together);
            for (int i = 0; i < 5; i++) {
                outbox.resubmitIncompletePublications(publication -> true);
            }
        })).toList();
        CompletableFuture.allOf(drains.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

        awaitUntil(() -> smtp.delivered(email) > 0, "the invitation is delivered");
        // a second copy, if any, would come within two seconds
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> smtp.delivered(email) == 1);
        assertThat(one("SELECT string_agg(status, ',') FROM email_message WHERE recipient = '" + email + "'"))
                .isEqualTo("SENT");
    }

    @Test
    @Order(5)
    void a_node_stopped_in_the_middle_of_an_upload_finishes_it_and_the_other_node_serves_what_it_kept()
            throws Exception {
        String token = token(nodeA, DemoAccounts.LEARNER);
        UUID thread = startThread(nodeA, token);
        byte[] content = pdf(1024 * 1024);
        CountDownLatch started = new CountDownLatch(1);
        InputStream slow = new SlowStream(content, started);

        CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> {
            try {
                return upload(nodeA, token, thread, slow, started);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(nodeA::close);

        HttpResponse<String> answered = upload.get(60, TimeUnit.SECONDS);
        stopping.get(60, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        HttpResponse<byte[]> fromB = download(nodeB, token(nodeB, DemoAccounts.LEARNER), thread);
        assertThat(fromB.statusCode()).isEqualTo(200);
        assertThat(fromB.body()).isEqualTo(content);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String token(ConfigurableApplicationContext node, DemoAccounts who) {
        Api.Response response = Api.at(port(node)).post("/api/v1/auth/token",
                "{\"email\":\"" + who.email() + "\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("token").asString();
    }

    private static UUID startThread(ConfigurableApplicationContext node, String token) throws Exception {
        HttpResponse<String> mine = http.send(HttpRequest.newBuilder(uri(node, "/api/v1/apprenticeships"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        String apprenticeship = JSON.readTree(mine.body()).get("items").get(0).get("id").asString();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(uri(node, "/api/v1/message-threads"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"apprenticeshipId\":\"" + apprenticeship
                        + "\",\"subject\":\"Two nodes\",\"body\":\"The file follows.\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(started.body()).get("thread").get("id").asString());
    }

    private static HttpResponse<String> upload(ConfigurableApplicationContext node, String token, UUID thread,
            InputStream content, CountDownLatch unused) throws Exception {
        String boundary = "----nodes" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nThe file\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head),
                new SequenceInputStream(content, new ByteArrayInputStream(tail)));
        return http.send(HttpRequest.newBuilder(uri(node, "/api/v1/message-threads/" + thread + "/messages"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String attachmentOf(UUID thread) {
        return one("SELECT attachment_file_id FROM message WHERE thread_id = '" + thread
                + "' AND attachment_file_id IS NOT NULL");
    }

    private static HttpResponse<byte[]> download(ConfigurableApplicationContext node, String token, UUID thread)
            throws Exception {
        String messageId = one("SELECT id::text FROM message WHERE thread_id = '" + thread
                + "' AND attachment_file_id IS NOT NULL");
        return http.send(HttpRequest.newBuilder(uri(node, "/api/v1/messages/" + messageId + "/attachment"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + port(node) + path);
    }

    /** A PDF's first bytes, then random ones: a kind messages accept, and nothing a store could compress away. */
    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static List<String> filesOnDisk() throws IOException {
        List<String> names = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            Path files = ROOT.resolve(node).resolve("files");
            if (Files.exists(files)) {
                try (Stream<Path> walk = Files.walk(files)) {
                    walk.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
                }
            }
        }
        return names;
    }

    private static String one(String query) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).until(condition::getAsBoolean);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }

    /** Gives its bytes 64 KiB at a time, 150 ms apart: an upload over a slow line, which takes about 2.5 s. */
    private static final class SlowStream extends InputStream {

        private final byte[] content;
        private final CountDownLatch started;
        private int position;

        SlowStream(byte[] content, CountDownLatch started) {
            this.content = content;
            this.started = started;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int wanted) {
            if (position >= content.length) {
                return -1;
            }
            if (position > 0) {
                started.countDown();
                try {
                    // real time on purpose: a slow upload over the network to a real node, not Waypoint's clock
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int n = Math.min(Math.min(wanted, 64 * 1024), content.length - position);
            System.arraycopy(content, position, buffer, offset, n);
            position += n;
            return n;
        }
    }

    /**
     * Just enough SMTP (RFC 5321) for many messages on many connections: counts what it accepts per recipient, and
     * refuses, for a time, recipients whose address starts with {@code outbox-} (451: try again later).
     */
    private static final class CountingSmtpServer implements AutoCloseable {

        private final ServerSocket server;
        private final java.util.concurrent.ExecutorService connections =
                java.util.concurrent.Executors.newCachedThreadPool(r -> {
                    Thread thread = new Thread(r, "counting-smtp-connection");
                    thread.setDaemon(true);
                    return thread;
                });
        private final List<String> delivered = new CopyOnWriteArrayList<>();
        private final List<String> refused = new CopyOnWriteArrayList<>();
        private final Set<String> accepted = java.util.concurrent.ConcurrentHashMap.newKeySet();

        CountingSmtpServer() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        connections.execute(() -> serve(socket));
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "counting-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        void accept(String address) {
            accepted.add(address);
        }

        long delivered(String address) {
            return delivered.stream().filter(address::equals).count();
        }

        long refusals(String address) {
            return refused.stream().filter(address::equals).count();
        }

        private void serve(Socket socket) {
            try (socket;
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.US_ASCII));
                    PrintWriter out = new PrintWriter(socket.getOutputStream(), false, StandardCharsets.US_ASCII)) {
                socket.setSoTimeout(30_000);
                List<String> recipients = new ArrayList<>();
                reply(out, "220 localhost counting SMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                    switch (command) {
                        case "EHLO", "HELO" -> reply(out, "250 localhost");
                        case "MAIL", "NOOP" -> reply(out, "250 OK");
                        case "RSET" -> {
                            recipients.clear();
                            reply(out, "250 OK");
                        }
                        case "RCPT" -> {
                            String address = line.substring(line.indexOf(':') + 1).trim().replaceAll("[<>]", "");
                            if (address.startsWith(REFUSED_MARKER) && !accepted.contains(address)) {
                                refused.add(address);
                                reply(out, "451 4.3.0 Try again later");
                            } else {
                                recipients.add(address);
                                reply(out, "250 OK");
                            }
                        }
                        case "DATA" -> {
                            reply(out, "354 End data with <CR><LF>.<CR><LF>");
                            while ((line = in.readLine()) != null && !line.equals(".")) {
                                // the message itself is not needed, only that it came
                            }
                            delivered.addAll(recipients);
                            recipients.clear();
                            reply(out, "250 OK");
                        }
                        case "QUIT" -> {
                            reply(out, "221 Bye");
                            return;
                        }
                        default -> reply(out, "250 OK");
                    }
                }
            } catch (IOException ignored) {
                // the client went away
            }
        }

        private static void reply(PrintWriter out, String text) {
            out.print(text + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            server.close();
            connections.shutdownNow();
        }
    }
}
