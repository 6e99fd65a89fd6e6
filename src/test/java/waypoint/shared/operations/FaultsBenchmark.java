package waypoint.shared.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import waypoint.WaypointApplication;
import waypoint.demo.DemoAccounts;
import waypoint.shared.database.EmbeddedPostgres;

/**
 * Faults and a rolling upgrade under load (docs/reliability.md): two Waypoint nodes as separate JVMs on one
 * PostgreSQL, a small round-robin front standing in for the load balancer (it checks each node's readiness every
 * half second and retries nothing), and virtual users reading and writing through the API with think time. While
 * they work: one node is killed with SIGKILL and started again, PostgreSQL is restarted, and both nodes are replaced
 * one after the other (taken out of the front, stopped with SIGTERM, started again). Afterwards a checker looks up
 * in the database every write a user was told succeeded, and every failure is listed by what answered it.
 *
 * <p>Not a test: run it by hand (docs/reliability.md, "Rerunning"). Arguments: virtual users (50), think time in
 * milliseconds (2000, each pause 0.5 to 1.5 times it), seconds of steady load before the first fault (60), and
 * optionally a data directory already filled (the reference data set, docs/performance.md): its database is used
 * as it is, with the keys kept beside it, instead of a new one with the demo provider; the users are then the
 * reference data set's tutor and learner (its accounts), and no node loads the demo provider. A fifth argument
 * {@code no-upgrade} leaves out the rolling upgrade (the kill and the database restart only).
 *
 * <p>Its pauses are real time on purpose ({@code Thread.sleep}): it drives real processes (nodes, PostgreSQL) under
 * load for minutes, so the test clock that moves Waypoint's time in the tests has no part here.
 */
public final class FaultsBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of("target/faults").toAbsolutePath();
    /** How long a node may take to start: minutes on a machine as busy as ours was (docs/reliability.md). */
    private static final Duration STARTING = Duration.ofMinutes(12);
    private static final HttpClient CHECKS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final int users;
    private final long thinkMillis;
    private final long steadySeconds;
    private final long startedAt = System.nanoTime();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<UUID> writesTold = new ConcurrentLinkedQueue<>();
    private final List<Event> events = new ArrayList<>();
    /** A data directory already filled, or null for a new database in {@link #ROOT}. */
    private final Path filled;
    private final String identityKey;
    private final String safeguardingKey;
    private final String declarationsKey;
    private EmbeddedPostgres database;
    private Front front;
    private final Node[] nodes = new Node[2];
    private volatile boolean loading = true;
    private boolean upgrade = true;

    private FaultsBenchmark(int users, long thinkMillis, long steadySeconds, Path filled) throws IOException {
        this.users = users;
        this.thinkMillis = thinkMillis;
        this.steadySeconds = steadySeconds;
        this.filled = filled;
        this.identityKey = key(filled, "identity.key");
        this.safeguardingKey = key(filled, "safeguarding.key");
        this.declarationsKey = key(filled, "declarations.key");
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long think = args.length > 1 ? Long.parseLong(args[1]) : 2000;
        long steady = args.length > 2 ? Long.parseLong(args[2]) : 60;
        Path filled = args.length > 3 ? Path.of(args[3]).toAbsolutePath() : null;
        FaultsBenchmark benchmark = new FaultsBenchmark(users, think, steady, filled);
        benchmark.upgrade = !(args.length > 4 && args[4].equals("no-upgrade"));
        try {
            benchmark.run();
        } finally {
            benchmark.stopEverything();
        }
        System.exit(0);
    }

    /** One request a virtual user made: when, what, how it was answered (status 0: no answer at all). */
    record Call(double start, double end, String kind, int status, boolean retryAfter, String answeredBy) {
    }

    /** A fault or a step of the upgrade, at seconds since the start. */
    record Event(double at, String what) {
    }

    private void run() throws Exception {
        delete(ROOT);
        Files.createDirectories(ROOT);
        database = filled == null ? EmbeddedPostgres.start(ROOT, true) : EmbeddedPostgres.start(filled, false);
        nodes[0] = new Node("a", freePort(), freePort());
        nodes[1] = new Node("b", freePort(), freePort());
        // both at once, A loading the demo provider (on a filled database, only what is not there yet), as
        // TwoNodesTest does
        event("nodes starting");
        nodes[0].start(filled == null);
        nodes[1].start(false);
        nodes[0].awaitReady(STARTING);
        event("node a ready");
        nodes[1].awaitReady(STARTING);
        event("node b ready at the start");
        front = new Front(nodes);
        log("both nodes ready; front on port " + front.port());
        ExecutorService people = Executors.newFixedThreadPool(users);
        // the reference data set's two accounts (waypoint.demo.scale.ReferenceDataGenerator), or the demo's
        String[] accounts = filled != null ? new String[] {"scale-learner@waypoint.test", "scale-tutor@waypoint.test"}
                : new String[] {DemoAccounts.LEARNER.email(), DemoAccounts.TUTOR.email(), DemoAccounts.LEAD.email()};
        for (int i = 0; i < users; i++) {
            String account = accounts[i % accounts.length];
            people.execute(() -> person(account));
        }
        try {
            faults();
        } catch (RuntimeException | InterruptedException e) {
            event("stopped early: " + e.getMessage());
        }
        loading = false;
        people.shutdown();
        people.awaitTermination(2, TimeUnit.MINUTES);
        event("load stopped");
        report();
    }

    private void faults() throws Exception {
        Thread.sleep(steadySeconds * 1000);
        event("kill -9 node b");
        nodes[1].kill();
        Thread.sleep(10_000);
        event("node b starting again");
        nodes[1].start(false);
        nodes[1].awaitReady(STARTING);
        event("node b ready");
        Thread.sleep(30_000);

        event("PostgreSQL restart");
        database.restart();
        event("PostgreSQL back");
        Thread.sleep(30_000);

        if (!upgrade) {
            return;
        }
        event("rolling upgrade begins");
        for (Node node : nodes) {
            front.drain(node);
            event("node " + node.name + " out of the front; SIGTERM in 3 s");
            Thread.sleep(3_000);
            node.stopGracefully();
            event("node " + node.name + " stopped");
            node.start(false);
            node.awaitReady(STARTING);
            front.admit(node);
            // as an orchestrator does: the next node goes only once the load balancer itself counts this one healthy
            while (!front.healthy.contains(node)) {
                Thread.sleep(100);
            }
            event("node " + node.name + " back in the front");
        }
        event("rolling upgrade done");
        Thread.sleep(30_000);
    }

    /** A virtual user: signs in through the front, then reads and writes with think time until the run ends. */
    private void person(String account) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = null;
        List<String> apprenticeships = List.of();
        List<UUID> mine = new ArrayList<>();
        try {
            // people arrive over the first 20 seconds, not all in the same instant
            Thread.sleep(ThreadLocalRandom.current().nextLong(20_000));
        } catch (InterruptedException e) {
            return;
        }
        while (loading) {
            try {
                if (token == null) {
                    HttpResponse<String> signedIn = send(http, "sign-in", post("/api/v1/auth/token", null,
                            "{\"email\":\"" + account + "\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}"));
                    if (signedIn != null && signedIn.statusCode() == 200) {
                        token = JSON.readTree(signedIn.body()).get("token").asString();
                    }
                } else if (apprenticeships.isEmpty()) {
                    HttpResponse<String> list = send(http, "read", get("/api/v1/apprenticeships?size=20", token));
                    if (list != null && list.statusCode() == 200) {
                        List<String> ids = new ArrayList<>();
                        JSON.readTree(list.body()).get("items").forEach(item -> ids.add(item.get("id").asString()));
                        apprenticeships = ids;
                    }
                } else {
                    int dice = ThreadLocalRandom.current().nextInt(10);
                    if (dice < 4) {
                        String apprenticeship = apprenticeships.get(
                                ThreadLocalRandom.current().nextInt(apprenticeships.size()));
                        HttpResponse<String> wrote = send(http, "write", post("/api/v1/message-threads", token,
                                "{\"apprenticeshipId\":\"" + apprenticeship + "\",\"subject\":\"Benchmark "
                                        + UUID.randomUUID() + "\",\"body\":\"A question about the next session.\"}"));
                        if (wrote != null && wrote.statusCode() == 201) {
                            UUID id = UUID.fromString(JSON.readTree(wrote.body()).get("thread").get("id").asString());
                            writesTold.add(id);
                            mine.add(id);
                        }
                    } else if (dice < 7 && !mine.isEmpty()) {
                        send(http, "read", get("/api/v1/message-threads/" + mine.get(
                                ThreadLocalRandom.current().nextInt(mine.size())), token));
                    } else if (dice < 9) {
                        send(http, "read", get("/api/v1/message-threads", token));
                    } else {
                        send(http, "read", get("/api/v1/apprenticeships?size=20", token));
                    }
                }
            } catch (RuntimeException e) {
                // an unreadable answer: recorded by send already
            }
            try {
                Thread.sleep((long) (thinkMillis * (0.5 + ThreadLocalRandom.current().nextDouble())));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .header("Authorization", "Bearer " + token).GET();
    }

    private HttpRequest.Builder post(String path, String token, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpClient http, String kind, HttpRequest.Builder request) {
        double start = seconds();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            calls.add(new Call(start, seconds(), kind, response.statusCode(),
                    response.headers().firstValue("Retry-After").isPresent(),
                    response.headers().firstValue("X-Front").orElse("node")));
            return response;
        } catch (IOException | InterruptedException e) {
            calls.add(new Call(start, seconds(), kind, 0, false, "no answer: " + e.getClass().getSimpleName()));
            return null;
        }
    }

    private void report() throws Exception {
        List<Call> all = new ArrayList<>(calls);
        all.sort(Comparator.comparingDouble(Call::start));
        Set<UUID> told = new HashSet<>(writesTold);
        Set<UUID> found = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id FROM message_thread WHERE id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("uuid", told.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("users ").append(users).append(", think time ").append(thinkMillis).append(" ms (0.5 to 1.5 x), ")
                .append(String.format("%.0f", seconds())).append(" s in all\n");
        out.append("requests ").append(all.size()).append(", writes told they succeeded ").append(told.size())
                .append(", of which in the database ").append(found.size()).append("\n\n");
        out.append("events (s since start):\n");
        for (Event event : events) {
            out.append(String.format("  %7.1f  %s%n", event.at(), event.what()));
        }
        out.append("\nper phase:\n");
        for (Phase phase : phases()) {
            List<Call> in = all.stream().filter(c -> c.start() >= phase.from() && c.start() < phase.to()).toList();
            List<Call> failed = in.stream().filter(c -> c.status() < 200 || c.status() >= 400).toList();
            double slowest = in.stream().mapToDouble(c -> c.end() - c.start()).max().orElse(0);
            double p95 = percentile(in.stream().mapToDouble(c -> c.end() - c.start()).sorted().toArray(), 0.95);
            double lastFailure = failed.stream().mapToDouble(Call::end).max().orElse(phase.from());
            out.append(String.format("  %-34s %6d requests, %4d failed, p95 %6.0f ms, slowest %6.0f ms, "
                    + "failures end %5.1f s after it began%n", phase.name(), in.size(), failed.size(), p95 * 1000,
                    slowest * 1000, Math.max(0, lastFailure - phase.from())));
            Map<String, Long> kinds = failed.stream().collect(Collectors.groupingBy(
                    c -> c.status() + (c.retryAfter() ? " with Retry-After" : " without Retry-After") + " from "
                            + c.answeredBy() + " (" + c.kind() + ")", LinkedHashMap::new, Collectors.counting()));
            kinds.forEach((what, count) -> out.append(String.format("      %5d  %s%n", count, what)));
        }
        Set<UUID> missing = new HashSet<>(told);
        missing.removeAll(found);
        out.append("\nwrites told they succeeded but not in the database: ").append(missing.size()).append(missing.isEmpty() ? "" : " " + missing).append("\n");
        System.out.println(out);
        Files.writeString(ROOT.resolve("report.txt"), out);
    }

    record Phase(String name, double from, double to) {
    }

    private List<Phase> phases() {
        double end = seconds();
        double kill = at("kill -9 node b");
        double bReady = at("node b ready");
        double restart = at("PostgreSQL restart");
        double upgrade = at("rolling upgrade begins");
        double upgraded = at("rolling upgrade done");
        return List.of(new Phase("steady load", 0, kill), new Phase("kill -9 node b until it is back", kill, bReady),
                new Phase("both nodes again", bReady, restart),
                new Phase("PostgreSQL restart and 30 s after", restart, upgrade),
                new Phase("rolling upgrade (a, then b)", upgrade, upgraded), new Phase("after", upgraded, end));
    }

    private double at(String what) {
        // a step the run did not reach: its phase begins (and ends) where the run stopped
        return events.stream().filter(e -> e.what().equals(what)).mapToDouble(Event::at).findFirst()
                .orElse(seconds());
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private synchronized void event(String what) {
        events.add(new Event(seconds(), what));
        log(what);
    }

    private double seconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    private void log(String what) {
        System.out.printf("[%7.1f s] %s%n", seconds(), what);
    }

    private void stopEverything() {
        loading = false;
        if (front != null) {
            front.stop();
        }
        for (Node node : nodes) {
            if (node != null) {
                node.kill();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    /** One Waypoint in a JVM of its own, started from this JVM's class path, its output in target/faults. */
    private final class Node {

        final String name;
        final int port;
        final int managementPort;
        volatile Process process;
        private int starts;

        Node(String name, int port, int managementPort) {
            this.name = name;
            this.port = port;
            this.managementPort = managementPort;
        }

        void start(boolean demo) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    WaypointApplication.class.getName(), "--server.port=" + port,
                    "--management.server.port=" + managementPort, "--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=" + database.username(),
                    "--waypoint.data-directory=" + ROOT.resolve("node-" + name),
                    "--waypoint.files.directory=" + ROOT.resolve("files"), "--waypoint.demo.enabled=" + demo,
                    "--logging.level.waypoint.requests=warn"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ROOT.resolve("node-" + name + "-" + (++starts) + ".log").toFile());
            builder.environment().put("WAYPOINT_IDENTITY_KEY", identityKey);
            builder.environment().put("WAYPOINT_SAFEGUARDING_KEY", safeguardingKey);
            builder.environment().put("WAYPOINT_DECLARATIONS_KEY", declarationsKey);
            process = builder.start();
        }

        boolean ready() {
            try (var socket = new java.net.Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", managementPort), 500);
            } catch (IOException e) {
                return false;
            }
            try {
                HttpResponse<Void> answer = CHECKS.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                return answer.statusCode() == 200;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }

        void awaitReady(Duration within) throws InterruptedException {
            long until = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < until) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("node " + name + " stopped while starting: see its log in " + ROOT);
                }
                if (ready()) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("node " + name + " not ready within " + within);
        }

        /** SIGKILL: the process ends at once, whatever it was doing. */
        void kill() {
            Process p = process;
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                try {
                    p.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** SIGTERM, as systemd or Kubernetes stop a node, and wait for it to finish (graceful shutdown). */
        void stopGracefully() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("node " + name + " did not stop within 60 s");
            }
        }
    }

    /**
     * The load balancer: round robin over the nodes whose readiness answers 200 (checked every 500 ms; a node is
     * taken out after 3 failed checks in a row, as load balancers' "unhealthy threshold" does, or at once when its
     * process is gone) and that are not drained. It retries nothing: a node that cannot be reached or stops answering part-way gets
     * the person a 503 (with Retry-After) or a 502, marked {@code X-Front}, as a real one would.
     */
    private static final class Front {

        private static final int UNHEALTHY_AFTER = 3;

        private final Node[] nodes;
        private final Set<Node> healthy = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final Set<Node> drained = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final AtomicInteger next = new AtomicInteger();
        private final HttpServer server;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newFixedThreadPool(8)).build();
        private final ExecutorService workers = Executors.newFixedThreadPool(64);
        private final Thread checks;
        private volatile boolean running = true;

        Front(Node[] nodes) throws IOException {
            this.nodes = nodes;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
            server.setExecutor(workers);
            server.createContext("/", this::forward);
            server.start();
            checks = new Thread(() -> {
                Map<Node, Integer> failedChecks = new java.util.HashMap<>();
                while (running) {
                    for (Node node : nodes) {
                        boolean alive = node.process != null && node.process.isAlive();
                        if (alive && node.ready()) {
                            failedChecks.put(node, 0);
                            healthy.add(node);
                        } else if (!alive || failedChecks.merge(node, 1, Integer::sum) >= UNHEALTHY_AFTER) {
                            healthy.remove(node);
                        }
                    }
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "front-health-checks");
            checks.setDaemon(true);
            for (Node node : nodes) {
                healthy.add(node);
            }
            checks.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        void drain(Node node) {
            drained.add(node);
        }

        void admit(Node node) {
            drained.remove(node);
        }

        private Node choose() {
            List<Node> candidates = Stream.of(nodes).filter(n -> healthy.contains(n) && !drained.contains(n))
                    .toList();
            return candidates.isEmpty() ? null : candidates.get(Math.floorMod(next.getAndIncrement(),
                    candidates.size()));
        }

        private void forward(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                Node node = choose();
                if (node == null) {
                    answer(exchange, 503, "no node ready", true);
                    return;
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port
                        + exchange.getRequestURI())).timeout(Duration.ofSeconds(60))
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                for (String header : List.of("Authorization", "Content-Type", "Accept")) {
                    String value = exchange.getRequestHeaders().getFirst(header);
                    if (value != null) {
                        request.header(header, value);
                    }
                }
                HttpResponse<byte[]> response;
                try {
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (java.net.ConnectException refused) {
                    answer(exchange, 503, "node " + node.name + " refused the connection", true);
                    return;
                } catch (IOException lost) {
                    answer(exchange, 502, "node " + node.name + " stopped answering: " + lost, false);
                    return;
                }
                response.headers().map().forEach((name, values) -> {
                    if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                            && !name.equalsIgnoreCase("connection") && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1
                        : response.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void answer(HttpExchange exchange, int status, String why, boolean retryAfter)
                throws IOException {
            byte[] text = why.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Front", status == 503 ? "front (no node)" : "front (node lost)");
            if (retryAfter) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(status, text.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(text);
            }
        }

        void stop() {
            running = false;
            checks.interrupt();
            server.stop(0);
            workers.shutdownNow();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The key kept in the filled data directory, or a new one for a new database. */
    private static String key(Path filled, String file) throws IOException {
        if (filled != null && Files.exists(filled.resolve(file))) {
            return Files.readString(filled.resolve(file)).strip();
        }
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
