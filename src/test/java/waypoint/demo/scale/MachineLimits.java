package waypoint.demo.scale;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The limits of the machine (docs/performance.md, "The limits of the machine"), measured by {@link RouteBenchmark}
 * once it knows each route's ids and people:
 * <ul>
 *   <li><b>Capacity</b>: the highest rate of requests 2 cores sustain for a mix of the ten most used pages with p95
 *       server time under 100 ms. Requests are sent at a fixed rate whatever the answers (as people arrive, not one
 *       after another), in steps of 20 s each, higher and higher, until a step's p95 is over 100 ms.</li>
 *   <li><b>The floor</b>: for the five heaviest views, the server's time against the database's own time for the
 *       queries the same requests ran (PostgreSQL's {@code pg_stat_statements}: the executor's and planner's time of
 *       every statement, as {@code EXPLAIN ANALYZE} would show them, for exactly the statements run), as a ratio, with
 *       the statements that took the most.</li>
 * </ul>
 */
final class MachineLimits {

    /** What the ten most used pages are: what tutors and apprentices open all day, not the provider-wide reports. */
    static final List<String> MOST_USED = List.of("/", "/reports/caseload", "/apprenticeships/{id}",
            "/apprenticeships/{id}/off-the-job", "/apprenticeships/{id}/portfolio",
            "/apprenticeships/{id}/portfolio/ksbs", "/apprenticeships/{id}/reviews", "/reviews/{id}", "/messages",
            "/apprenticeships/{id}/training-plan");
    static final double CAPACITY_P95_MS = 100;
    private static final int[] RATES = {5, 10, 20, 30, 40, 50, 60, 80, 100, 125, 150, 200, 250};
    private static final long STEP_SECONDS = 20;
    private static final int FLOOR_SAMPLES = 3;
    private static final String OWN = "benchmark";

    /** Sends one request (a page, or an API call with a token) with the benchmark's request id; its status. */
    interface Asker {
        int send(String path, boolean api, String requestId);
    }

    /** A route as a person reaches it. */
    record Target(String route, String path, boolean api, String who, Asker asker) {
    }

    record Step(int rate, long sent, double achieved, double p50, double p95, double p99, long notAnswered) {

        boolean within() {
            return p95 < CAPACITY_P95_MS && notAnswered == 0;
        }
    }

    record Query(String text, double callsPerRequest, double millisPerRequest) {
    }

    record Floor(Target target, double serverMillis, double databaseMillis, double statementsPerRequest,
            List<Query> heaviest) {

        double ratio() {
            return databaseMillis > 0 ? serverMillis / databaseMillis : Double.NaN;
        }
    }

    private final Path accessLog;
    private final Connection database;
    private final AtomicInteger ids = new AtomicInteger();

    MachineLimits(Path accessLog, Connection database) {
        this.accessLog = accessLog;
        this.database = database;
    }

    // -------------------------------------------------------------------------------------------------- capacity

    /** Steps of rising rate until one is over 100 ms at p95 (that one included). */
    List<Step> capacity(List<Target> mix) throws Exception {
        List<Step> steps = new ArrayList<>();
        if (mix.isEmpty()) {
            return steps;
        }
        for (int rate : RATES) {
            Step step = step(mix, rate);
            steps.add(step);
            System.out.printf(Locale.ROOT, "  capacity: %d/s sent, %.1f/s answered, p95 %.1f ms%n", rate,
                    step.achieved(), step.p95());
            if (!step.within()) {
                break;
            }
            Thread.sleep(3000);
        }
        return steps;
    }

    private Step step(List<Target> mix, int rate) throws Exception {
        List<Target> order = new ArrayList<>(mix);
        Collections.shuffle(order);
        Map<String, Target> byId = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger notAnswered = new AtomicInteger();
        long from = Files.size(accessLog);
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(400, rate * 4));
        long total = rate * STEP_SECONDS;
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Target target = order.get((int) (i % order.size()));
            String id = "c" + ids.incrementAndGet();
            byId.put(id, target);
            senders.execute(() -> {
                if (target.asker().send(target.path(), target.api(), id) == 599) {
                    notAnswered.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(3, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(300);
        List<Long> times = new ArrayList<>(serverTimes(from, byId.keySet()).values());
        Collections.sort(times);
        return new Step(rate, total, times.size() / seconds, p(times, 50), p(times, 95), p(times, 99),
                notAnswered.get());
    }

    /** The highest rate whose step was within (p95 under 100 ms, every request answered); 0 when none was. */
    static int sustained(List<Step> steps) {
        return steps.stream().filter(Step::within).mapToInt(Step::rate).max().orElse(0);
    }

    // ----------------------------------------------------------------------------------------------------- floor

    /** Null when the database does not keep statement statistics (the section says how to turn them on). */
    String statisticsMissing() {
        try (Statement s = database.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + OWN);
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA " + OWN);
            s.executeQuery("SELECT count(*) FROM " + OWN + ".pg_stat_statements").close();
            return null;
        } catch (SQLException e) {
            return e.getMessage().lines().findFirst().orElse("no statement statistics");
        }
    }

    /** Each target asked for {@value #FLOOR_SAMPLES} times one after another, the statistics read around them. */
    List<Floor> floor(List<Target> heaviest) throws Exception {
        List<Floor> floors = new ArrayList<>();
        for (Target target : heaviest) {
            target.asker().send(target.path(), target.api(), null);
            reset();
            long from = Files.size(accessLog);
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < FLOOR_SAMPLES; i++) {
                String id = "f" + ids.incrementAndGet();
                sent.add(id);
                target.asker().send(target.path(), target.api(), id);
            }
            Thread.sleep(300);
            List<Query> statements = statements();
            List<Long> times = new ArrayList<>(serverTimes(from, sent).values());
            Collections.sort(times);
            double database = statements.stream().mapToDouble(Query::millisPerRequest).sum();
            double calls = statements.stream().mapToDouble(Query::callsPerRequest).sum();
            floors.add(new Floor(target, p(times, 50), database, calls, statements.stream().limit(3).toList()));
            System.out.printf(Locale.ROOT, "  floor: %s %.1f ms, database %.1f ms%n", target.route(), p(times, 50),
                    database);
        }
        return floors;
    }

    private void reset() throws SQLException {
        try (Statement s = database.createStatement()) {
            s.executeQuery("SELECT " + OWN + ".pg_stat_statements_reset()").close();
        }
    }

    /** The statements run since the reset, the heaviest first, per request (the statistics' own queries left out). */
    private List<Query> statements() throws SQLException {
        List<Query> statements = new ArrayList<>();
        try (Statement s = database.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT query, calls, total_exec_time + total_plan_time AS millis
                FROM %s.pg_stat_statements
                WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND query NOT LIKE '%%pg_stat_statements%%'
                ORDER BY millis DESC""".formatted(OWN))) {
            while (rs.next()) {
                statements.add(new Query(rs.getString(1).replaceAll("\\s+", " ").strip(),
                        rs.getLong(2) / (double) FLOOR_SAMPLES, rs.getDouble(3) / FLOOR_SAMPLES));
            }
        }
        return statements;
    }

    // -------------------------------------------------------------------------------------------------- reading

    /** Server time (µs) of each of {@code wanted}'s requests logged since {@code from}. */
    private Map<String, Long> serverTimes(long from, java.util.Collection<String> wanted) throws IOException {
        Map<String, Long> times = new HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>(wanted);
        try (var file = new RandomAccessFile(accessLog.toFile(), "r")) {
            file.seek(from);
            String line;
            while ((line = file.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length >= 5 && ids.contains(parts[4])) {
                    times.put(parts[4], Long.parseLong(parts[0]));
                }
            }
        }
        return times;
    }

    private static double p(List<Long> sorted, int percentile) {
        return sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1)) / 1000.0;
    }

    // ------------------------------------------------------------------------------------------------- markdown

    static String markdown(List<Target> mix, List<Step> steps, String statisticsMissing, List<Floor> floors) {
        StringBuilder md = new StringBuilder();
        md.append("**Capacity.** The mix of the ten most used pages (")
                .append(String.join(", ", MOST_USED.stream().map(r -> "`" + r + "`").toList()))
                .append("), each as the people it was measured as above (").append(mix.size())
                .append(" pairs, in turn), sent at a fixed rate for ").append(STEP_SECONDS)
                .append(" s a step whatever the answers, the rate raised until a step's p95 was over ")
                .append((int) CAPACITY_P95_MS).append(" ms. ");
        int sustained = sustained(steps);
        md.append(sustained > 0 ? String.format(Locale.ROOT, "**Sustained: %d requests a second** with p95 under "
                + "%d ms.%n%n", sustained, (int) CAPACITY_P95_MS) : "**No step was within.**\n\n");
        md.append("| sent a second | answered a second | p50 | p95 | p99 | not answered | |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Step s : steps) {
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.1f | %d | %s |%n", s.rate(),
                    s.achieved(), s.p50(), s.p95(), s.p99(), s.notAnswered(), s.within() ? "" : "**over**"));
        }
        md.append("\n**The floor.** The five heaviest views at 1 user above (pages and API calls, not downloads), "
                + "each asked for ").append(FLOOR_SAMPLES).append(" times one after another: the server's time (p50, "
                + "Tomcat's %D) against the database's own time for the statements those requests ran (executor and "
                + "planner time from PostgreSQL's statement statistics, per request). ");
        if (statisticsMissing != null) {
            md.append("Not measured: the database keeps no statement statistics (").append(statisticsMissing)
                    .append("). Start it with `shared_preload_libraries = 'pg_stat_statements'`.\n");
            return md.toString();
        }
        md.append("Where the ratio is above 3, the rest is the application's: see the notes below the table.\n\n")
                .append("| view | as | server p50 ms | database ms | ratio | statements a request | heaviest "
                        + "statements (ms a request, calls) |\n|---|---|---|---|---|---|---|\n");
        for (Floor f : floors) {
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %.1f | %.1f | %.1f | %.1f | %s |%n",
                    f.target().route(), f.target().who(), f.serverMillis(), f.databaseMillis(), f.ratio(),
                    f.statementsPerRequest(), String.join("<br>", f.heaviest().stream().map(st -> String.format(
                            Locale.ROOT, "%.1f ms, %.0f× `%s`", st.millisPerRequest(), st.callsPerRequest(),
                            shortened(st.text()))).toList())));
        }
        return md.toString();
    }

    private static String shortened(String sql) {
        String s = sql.replace("|", "/").replace("`", "'");
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }
}
