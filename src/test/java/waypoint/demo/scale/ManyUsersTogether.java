package waypoint.demo.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 50-user phase of {@link RouteBenchmark} read as a whole, not route by route: every working request together
 * (a route's own p95 at 50 users is the slowest but one of its ten or so requests, so one unlucky moment decides it),
 * and split by whether a provider-wide report was being answered while it was (the benchmark knows when it sent each
 * request and when its answer came). For the reports, their own time apart from the time they waited for a turn
 * (the application logs the wait beside the server time).
 */
final class ManyUsersTogether {

    /** One request of the 50-user phase as the benchmark sent it: its id, whether a report, when sent and answered. */
    record Sent(String id, boolean report, long sentNanos, long answeredNanos) {
    }

    /** What the access log says of a request: server time (µs) and, for a report, the wait for its turn (ms). */
    record Logged(long serverMicros, Long waitedMillis) {
    }

    private ManyUsersTogether() {
    }

    /** The paragraph for the generated section; empty when nothing was sent. */
    static String markdown(List<Sent> sent, Map<String, Logged> logged) {
        List<Sent> reports = sent.stream().filter(Sent::report).sorted(Comparator.comparingLong(Sent::sentNanos))
                .toList();
        List<Long> all = new ArrayList<>();
        List<Long> whileReport = new ArrayList<>();
        List<Long> whileNone = new ArrayList<>();
        for (Sent s : sent) {
            Logged log = logged.get(s.id());
            if (s.report() || log == null) {
                continue;
            }
            all.add(log.serverMicros());
            (overlapsAReport(s, reports) ? whileReport : whileNone).add(log.serverMicros());
        }
        if (all.isEmpty()) {
            return "";
        }
        List<Long> reportOwn = new ArrayList<>();
        List<Long> reportWaited = new ArrayList<>();
        for (Sent s : reports) {
            Logged log = logged.get(s.id());
            if (log != null && log.waitedMillis() != null) {
                reportWaited.add(log.waitedMillis() * 1000);
                reportOwn.add(Math.max(0, log.serverMicros() - log.waitedMillis() * 1000));
            }
        }
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "**At 50 users, every working request together** (%,d requests, every route and person of the working "
                        + "mix): p50 %s, p95 %s, p99 %s ms; %s within 50 ms. While a provider-wide report was being "
                        + "answered (%,d of them): p50 %s, p95 %s ms. While none was (%,d of them): p50 %s, p95 %s ms.",
                all.size(), ms(all, 50), ms(all, 95), ms(all, 99), share(all, 50_000), whileReport.size(),
                ms(whileReport, 50), ms(whileReport, 95), whileNone.size(), ms(whileNone, 50), ms(whileNone, 95)));
        if (!reportOwn.isEmpty()) {
            md.append(String.format(Locale.ROOT, " The reports and downloads (%,d asked for): their own time p50 %s, "
                    + "p95 %s ms; the wait for their turn p50 %s, p95 %s ms (each route's figures in the table include its wait).",
                    reportOwn.size(), ms(reportOwn, 50), ms(reportOwn, 95), ms(reportWaited, 50),
                    ms(reportWaited, 95)));
        }
        return md.append('\n').toString();
    }

    /** Whether a report was between being sent and being answered at some moment while this request was. */
    static boolean overlapsAReport(Sent working, List<Sent> reportsBySending) {
        for (Sent report : reportsBySending) {
            if (report.sentNanos() >= working.answeredNanos()) {
                return false;
            }
            if (report.answeredNanos() > working.sentNanos()) {
                return true;
            }
        }
        return false;
    }

    /** The percentile (nearest rank) in ms, "–" for none. */
    static String ms(List<Long> micros, int percentile) {
        if (micros.isEmpty()) {
            return "–";
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        long value = sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1));
        return String.format(Locale.ROOT, "%.1f", value / 1000.0);
    }

    private static String share(List<Long> micros, long withinMicros) {
        long within = micros.stream().filter(m -> m <= withinMicros).count();
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * within / micros.size());
    }
}
