package waypoint.demo.scale;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The off-the-job benchmark of issue 5 (not a test; never run by {@code ./mvnw verify}): against a running Waypoint
 * filled by {@link ReferenceDataGenerator}, prints p50 and p95 times of a learner's hours page and the summary API, a
 * tutor's caseload hours table (60 learners) and the provider behind-pace report, at 1 and at 50 concurrent users.
 * Server time comes from the access log the {@code scale-data} profile writes (Tomcat's %D, microseconds from the
 * request read to the response written); client time, measured here on the same machine, adds the local HTTP round
 * trip. Usage: {@code java -cp target/classes waypoint.demo.scale.OffTheJobBenchmark http://localhost:8095
 * [requests-per-user] [access-log-file]}.
 */
public final class OffTheJobBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private OffTheJobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8095";
        int perUser = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        accessLog = args.length > 2 ? java.nio.file.Path.of(args[2]) : null;
        Session learner = Session.signIn(base, ReferenceDataGenerator.LEARNER);
        Session tutor = Session.signIn(base, ReferenceDataGenerator.TUTOR);
        Session admin = Session.signIn(base, "admin@waypoint.test");
        String hoursPage = learner.redirectOf("/off-the-job");
        String apprenticeship = hoursPage.replaceAll(".*/apprenticeships/([^/]+)/off-the-job.*", "$1");
        String token = learner.token(base);
        System.out.printf("Waypoint off-the-job benchmark against %s, %d requests per user%n", base, perUser);
        for (int users : new int[] {1, 50}) {
            measure("learner hours page", users, perUser, () -> learner.get(hoursPage));
            measure("summary API", users, perUser, () -> learner.api("/api/v1/apprenticeships/" + apprenticeship
                    + "/otj-summary", token));
            measure("tutor caseload hours table", users, perUser, () -> tutor.get("/off-the-job/caseload"));
            measure("provider behind-pace report", users, Math.max(2, perUser / 4),
                    () -> admin.get("/off-the-job/behind-pace"));
        }
    }

    private static java.nio.file.Path accessLog;

    private static void measure(String what, int users, int perUser, Supplier<Integer> request) throws Exception {
        request.get(); // warm up
        long logFrom = accessLog == null ? 0 : java.nio.file.Files.size(accessLog);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            running.add(pool.submit(() -> {
                for (int r = 0; r < perUser; r++) {
                    long began = System.nanoTime();
                    int status = request.get();
                    times.add(System.nanoTime() - began);
                    if (status != 200) {
                        throw new IllegalStateException(what + " answered " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        String server = "";
        if (accessLog != null) {
            Thread.sleep(200); // the valve writes the line after the response
            List<Long> micros = serverTimes(logFrom);
            server = String.format("  server p50 %7.1f ms  p95 %7.1f ms", micros.get(micros.size() / 2) / 1e3,
                    micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1e3);
        }
        System.out.printf("%-30s %2d users  n=%4d  client p50 %7.1f ms  p95 %7.1f ms%s%n", what, users, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                server);
    }

    /** The server times (microseconds) of the GET requests logged since {@code from}, sorted. */
    private static List<Long> serverTimes(long from) throws java.io.IOException {
        List<Long> micros = new ArrayList<>();
        try (var file = new java.io.RandomAccessFile(accessLog.toFile(), "r")) {
            file.seek(from);
            String line;
            while ((line = file.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length >= 2 && parts[1].equals("GET")) {
                    micros.add(Long.parseLong(parts[0]));
                }
            }
        }
        Collections.sort(micros);
        return micros;
    }

    /** A signed-in browser session (form sign-in with its CSRF token and cookie). */
    static final class Session {

        private final HttpClient http;
        private final String base;

        private Session(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        static Session signIn(String base, String email) throws Exception {
            Session session = new Session(base);
            String page = session.http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(page);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + ReferenceDataGenerator.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1),
                    StandardCharsets.UTF_8);
            session.http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            return session;
        }

        int get(String path) {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        int api(String path, String token) {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String redirectOf(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location")
                    .map(l -> l.startsWith(base) ? l.substring(base.length()) : l).orElseThrow();
        }

        String token(String base) throws Exception {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/auth/token")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ReferenceDataGenerator.LEARNER
                            + "\",\"password\":\"" + ReferenceDataGenerator.PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        }
    }
}
