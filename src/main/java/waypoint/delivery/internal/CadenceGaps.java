package waypoint.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.delivery.CadenceGap;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.PageOf;

/**
 * Apprenticeships in learning that have gone longer without an attended session than their cadence allows, counted from
 * the last session attended or else from the start. One query per page, narrowed to the apprenticeships the person may
 * see.
 */
@Service
public class CadenceGaps {

    public record Line(ApprenticeshipSummary apprenticeship, CadenceGap gap) {
    }

    private final JdbcClient jdbc;
    private final CadenceRules rules;
    private final ApprenticeshipAccess access;
    private final Clock clock;
    private final SessionStore store;

    CadenceGaps(JdbcClient jdbc, CadenceRules rules, ApprenticeshipAccess access, Clock clock, SessionStore store) {
        this.store = store;
        this.jdbc = jdbc;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageOf<Line> page(CurrentUser user, int page) {
        var scope = access.scopeOf(user);
        int number = Math.min(Math.max(0, page), 1_000_000);
        Map<String, Object> params = new LinkedHashMap<>(scope.sqlParameters());
        params.put("size", PageOf.DEFAULT_SIZE);
        params.put("offset", number * PageOf.DEFAULT_SIZE);
        long[] total = {0};
        List<Line> lines = query(scope.sqlCondition(), params, " ORDER BY days_without DESC, g.id LIMIT :size OFFSET :offset",
                " ORDER BY days_without DESC, id", total);
        return new PageOf<>(lines, number, PageOf.DEFAULT_SIZE, total[0]);
    }

    /** The gap of one apprenticeship, if it has one now. Not authorised: callers decide who sees it. */
    @Transactional(readOnly = true)
    public Optional<CadenceGap> of(ApprenticeshipId apprenticeshipId) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", apprenticeshipId);
        return query("a.id = :id", params, "", "", new long[1]).stream().map(Line::gap).findFirst();
    }

    /**
     * One apprenticeship's place against its cadence, gap or not: when the apprentice last attended a session, the
     * days since (or since the start when none yet), the days the cadence allows and the next session. Only an
     * apprenticeship in learning can have a gap, as in the gap list.
     */
    public record Status(LocalDate lastSessionDate, LocalDate countedFrom, Integer daysWithout, int allowedDays,
            String cadence, LocalDate nextSessionDate, boolean inLearning) {

        public boolean gap() {
            return inLearning && daysWithout != null && daysWithout > allowedDays;
        }

        /** “Last session attended 12 days ago, on 3 May 2026” or “No session attended yet: 40 days since the start”. */
        public String lastWords() {
            if (lastSessionDate != null) {
                return "Last session attended " + days(daysWithout) + " ago, on " + GovUkDates.date(lastSessionDate);
            }
            return countedFrom == null ? "No session attended yet"
                    : "No session attended yet: " + days(daysWithout) + " since the start on " + GovUkDates.date(countedFrom);
        }

        /** “The cadence is a session at least every 35 days (at least every 4-5 weeks)”. */
        public String cadenceWords() {
            boolean provider = cadence.startsWith("the provider's setting");
            return "The cadence is a session at least every " + allowedDays + " days ("
                    + (provider ? "the provider's setting" : "the standard's: " + cadence) + ")";
        }

        private static String days(Integer n) {
            return n == null ? "" : n == 1 ? "1 day" : n + " days";
        }
    }

    /** The status of one apprenticeship. Not authorised: callers decide who sees it. */
    @Transactional(readOnly = true)
    public Status statusOf(ApprenticeshipSummary a) {
        LocalDate today = LocalDate.now(clock);
        CadenceRules.Rule rule = rules.inUse().get(a.standardReference() + " " + a.standardVersion());
        int allowed;
        String words;
        if (rule != null) {
            allowed = rule.days();
            words = rule.words();
        } else {
            allowed = rules.providerDays();
            words = CadenceRules.providerWords(allowed);
        }
        LocalDate last = store.lastAttended(a.id()).orElse(null);
        LocalDate from = last != null ? last : a.startDate();
        Integer without = from == null ? null : (int) ChronoUnit.DAYS.between(from, today);
        return new Status(last, from, without, allowed, words, store.nextScheduled(a.id(),
                clock.instant()).orElse(null),
                a.status() == waypoint.enrolment.ApprenticeshipStatus.IN_LEARNING);
    }

    /**
     * The gaps within the condition: the last attendance is read from the one kept per apprenticeship, and the next
     * session only for the lines {@code tail} keeps (a page), in the order {@code order} gives them again.
     */
    private List<Line> query(String condition, Map<String, Object> params, String tail, String order, long[] total) {
        LocalDate today = LocalDate.now(clock);
        int providerDays = rules.providerDays();
        List<CadenceRules.Rule> inUse = new ArrayList<>(rules.inUse().values());
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < inUse.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:r").append(i).append(", :v").append(i).append(", :d")
                    .append(i).append(", :w").append(i).append(')');
            params.put("r" + i, inUse.get(i).reference());
            params.put("v" + i, inUse.get(i).version());
            params.put("d" + i, inUse.get(i).days());
            params.put("w" + i, inUse.get(i).words());
        }
        String ruleTable = inUse.isEmpty()
                ? "SELECT NULL::text AS ref, NULL::text AS ver, NULL::int AS days, NULL::text AS words WHERE FALSE"
                : "SELECT * FROM (VALUES " + values + ") v(ref, ver, days, words)";
        params.put("today", today);
        params.put("providerDays", providerDays);
        params.put("providerWords", CadenceRules.providerWords(providerDays));
        String sql = """
                WITH rule AS (%s)
                SELECT gap.*, (
                    SELECT min((s.starts_at AT TIME ZONE 'Europe/London')::date) FROM delivery_session s
                    JOIN delivery_session_learner dl ON dl.session_id = s.id
                    WHERE dl.apprenticeship_id = gap.id AND s.state = 'SCHEDULED'
                      AND (s.starts_at AT TIME ZONE 'Europe/London')::date >= :today
                ) AS next_date
                FROM (
                    SELECT g.*, coalesce(r.days, :providerDays) AS allowed_days,
                           coalesce(r.words, :providerWords) AS cadence_words,
                           last.attended_on AS last_date,
                           (:today - coalesce(last.attended_on, g.start_date)) AS days_without,
                           count(*) OVER () AS total_rows
                    FROM (%s WHERE a.status = 'IN_LEARNING' AND %s) g
                    LEFT JOIN rule r ON r.ref = g.standard_reference AND r.ver = g.standard_version
                    LEFT JOIN delivery_last_attendance last ON last.apprenticeship_id = g.id
                    WHERE (:today - coalesce(last.attended_on, g.start_date)) > coalesce(r.days, :providerDays)
                    %s
                ) gap
                %s
                """.formatted(ruleTable, Apprenticeships.SELECT, condition, tail, order);
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            total[0] = rs.getLong("total_rows");
            ApprenticeshipSummary a = Apprenticeships.summary(rs, n);
            LocalDate last = rs.getObject("last_date", LocalDate.class);
            LocalDate from = last == null ? a.startDate() : last;
            return new Line(a, new CadenceGap(a.id(), last, from, rs.getInt("allowed_days"),
                    (int) ChronoUnit.DAYS.between(from, today), rs.getObject("next_date", LocalDate.class),
                    rs.getString("cadence_words")));
        }).list();
    }
}
