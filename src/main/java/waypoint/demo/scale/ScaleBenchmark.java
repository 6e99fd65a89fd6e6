package waypoint.demo.scale;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issues 5 and 6 (not a test; never run by {@code ./mvnw verify}). Against a running Waypoint filled
 * by {@link ReferenceDataGenerator}, it prints p50 and p95 times of each view the issues name:
 * <ul>
 *   <li>off-the-job: a learner's hours page and the summary API, a tutor's caseload hours table (60
 *       learners) and the provider behind-pace report;</li>
 *   <li>e-portfolio: a learner's portfolio page and KSB matrix with 300 evidence items, and a tutor's
 *       coverage view of 60 learners.</li>
 * </ul>
 * Each view is measured with 1 user, then with 50 concurrent users. A user here is a person at a browser: after each
 * answer they pause (the think time, 1 second by default, randomised ±50% so users do not march in step) before the
 * next request, which is how 50 people using the service at once load it. With a think time of 0 every user fires
 * requests back to back, a stress test that measures queueing on the machine's cores rather than the view.
 * <p>
 * Before each measurement the view is asked for 50 times, unmeasured: a server that has been up for a while has
 * compiled its hot paths, and the first few hundred requests after a start run partly interpreted.
 * <p>
 * Server time comes from the access log the {@code scale-data} profile writes (Tomcat's %D, microseconds from the
 * request read to the response written); client time, measured here on the same machine, adds the local HTTP round
 * trip. Usage: {@code java -cp target/classes waypoint.demo.scale.ScaleBenchmark http://localhost:8095
 * [requests-per-user] [access-log-file] [think-time-ms] [views]}, where views, when given, names the views to measure
 * by the start of their names, separated by commas (for example caseload board,accountability).
 */
public final class ScaleBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int CONCURRENT_USERS = 50;
    private static final int WARM_UP = 50;

    private static Path accessLog;
    private static long thinkMillis;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8095";
        int perUser = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        accessLog = args.length > 2 && !args[2].isBlank() ? Path.of(args[2]) : null;
        thinkMillis = args.length > 3 ? Long.parseLong(args[3]) : 1000;
        // the views to measure, by the start of their names ("caseload,accountability"); every view by default
        List<String> only = args.length > 4 && !args[4].isBlank() ? List.of(args[4].split(",")) : List.of();
        Session learner = Session.signIn(base, ReferenceDataGenerator.LEARNER);
        Session tutor = Session.signIn(base, ReferenceDataGenerator.TUTOR);
        Session admin = Session.signIn(base, "admin@waypoint.test");
        Session head = Session.signIn(base, "head@waypoint.test");
        String hoursPage = learner.redirectOf("/off-the-job");
        String apprenticeship = hoursPage.replaceAll(".*/apprenticeships/([^/]+)/off-the-job.*", "$1");
        String token = learner.token(base);
        List<View> views = List.of(
                new View("learner hours page", () -> learner.get(hoursPage)),
                new View("summary API", () -> learner.api("/api/v1/apprenticeships/" + apprenticeship
                        + "/otj-summary", token)),
                new View("tutor caseload hours table", () -> tutor.get("/off-the-job/caseload")),
                new View("provider behind-pace report", () -> admin.get("/reports/behind-pace")),
                new View("learner portfolio page (300)", () -> learner.get("/apprenticeships/" + apprenticeship
                        + "/portfolio")),
                new View("learner KSB matrix (300)", () -> learner.get("/apprenticeships/" + apprenticeship
                        + "/portfolio/ksbs")),
                new View("coverage API (300)", () -> learner.api("/api/v1/apprenticeships/" + apprenticeship
                        + "/coverage", token)),
                new View("tutor coverage (60 learners)", () -> tutor.get("/portfolio/caseload")),
                // no target in the issues: measured with 1 user only, since it evaluates a checklist per row
                new View("gateway readiness dashboard", () -> admin.get("/gateway"), false),
                // docs/performance.md: the accountability dashboard (under 1 s; a leaders' page, measured with
                // 1 user), the tutor's caseload board of 60 apprenticeships (p95 under 50 ms at 50 users) and the
                // head of delivery's overview of every apprenticeship by tutor (no target; 1 user)
                new View("accountability dashboard", () -> head.get("/accountability"), false),
                new View("caseload board (60)", () -> tutor.get("/reports/caseload")),
                new View("caseload overview by tutor", () -> head.get("/reports/caseload/overview"), false))
                .stream().filter(v -> only.isEmpty() || only.stream().anyMatch(o -> v.name().startsWith(o.strip())))
                .toList();
        System.out.printf("Waypoint benchmark against %s, %d requests per user, think time %d ms at %d users%n",
                base, perUser, thinkMillis, CONCURRENT_USERS);
        for (View view : views) {
            measure(view, 1, perUser * 5, 0); // as many requests as 5 users make, so a p95 is not one outlier
        }
        for (View view : views.stream().filter(View::atFiftyUsers).toList()) {
            measure(view, CONCURRENT_USERS, perUser, thinkMillis);
        }
    }

    private record View(String name, Supplier<Integer> request, boolean atFiftyUsers) {

        View(String name, Supplier<Integer> request) {
            this(name, request, true);
        }
    }

    private static void measure(View view, int users, int perUser, long think) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            view.request().get(); // a server in use has compiled its hot paths: measure that, not the first calls
        }
        long logFrom = accessLog == null ? 0 : Files.size(accessLog);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        java.util.Map<Integer, Integer> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            running.add(pool.submit(() -> {
                for (int r = 0; r < perUser; r++) {
                    if (think > 0) {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(think / 2, think * 3 / 2 + 1));
                    }
                    long began = System.nanoTime();
                    int status = view.request().get();
                    times.add(System.nanoTime() - began);
                    if (status != 200) {
                        failures.merge(status, 1, Integer::sum);
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
            server = String.format("  server p50 %7.1f ms  p95 %7.1f ms", percentile(micros, 50) / 1e3,
                    percentile(micros, 95) / 1e3);
        }
        System.out.printf("%-30s %2d users  n=%4d  client p50 %7.1f ms  p95 %7.1f ms%s%s%n", view.name(), users,
                sorted.size(), percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, server,
                failures.isEmpty() ? "" : "  NOT 200: " + failures);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    /** The server times (microseconds) of the GET requests logged since {@code from}, sorted. */
    private static List<Long> serverTimes(long from) throws IOException {
        List<Long> micros = new ArrayList<>();
        try (var file = new RandomAccessFile(accessLog.toFile(), "r")) {
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
            return send(HttpRequest.newBuilder(URI.create(base + path)).build());
        }

        int api(String path, String token) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                    .build());
        }

        private int send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
