package waypoint.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.catalogue.DeliveryCadence;
import waypoint.catalogue.Standards;

/**
 * How many days may pass between an apprentice's sessions: the standard's delivery cadence from the catalogue (the
 * Learning and skills mentor course page: "at least every 4-5 weeks", 5 weeks = 35 days; the learner handbook: "2-3
 * times per month", at least 2 a month = one at least every 16 days), or else the provider's setting (35 days unless
 * changed). Read for the standard versions in use and kept for ten minutes: it is reference data, and the gap list is
 * then one query per page.
 */
@Component
class CadenceRules {

    record Rule(String reference, String version, int days, String words) {
    }

    private static final long KEEP_SECONDS = 600;

    private final JdbcClient jdbc;
    private final Standards standards;
    private final Clock clock;
    private volatile Map<String, Rule> rules = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    CadenceRules(JdbcClient jdbc, Standards standards, Clock clock) {
        this.jdbc = jdbc;
        this.standards = standards;
        this.clock = clock;
    }

    int providerDays() {
        return jdbc.sql("SELECT max_days_between_sessions FROM delivery_settings WHERE id = 1").query(Integer.class)
                .single();
    }

    void changeProviderDays(int days) {
        jdbc.sql("UPDATE delivery_settings SET max_days_between_sessions = :d WHERE id = 1").param("d", days).update();
    }

    static String providerWords(int days) {
        return "the provider's setting, at least one session every " + days + " days";
    }

    /** The days a standard's cadence allows, or null when it gives none. */
    static Integer days(DeliveryCadence cadence) {
        if (cadence.maxWeeksBetweenSessions().isPresent()) {
            return cadence.maxWeeksBetweenSessions().get() * 7;
        }
        return cadence.minSessionsPerMonth().map(perMonth -> (int) Math.ceil(31.0 / perMonth)).orElse(null);
    }

    /** The rules of the standard versions that apprenticeships follow, by "reference version". */
    Map<String, Rule> inUse() {
        Instant now = clock.instant();
        if (readAt.plusSeconds(KEEP_SECONDS).isAfter(now)) {
            return rules;
        }
        Map<String, Rule> read = new HashMap<>();
        List<String[]> versions = jdbc.sql(
                        "SELECT DISTINCT standard_reference, standard_version FROM enrolment.apprenticeship")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String[] v : versions) {
            standards.find(v[0], v[1]).flatMap(s -> s.deliveryCadence()).ifPresent(cadence -> {
                Integer days = days(cadence);
                if (days != null) {
                    read.put(v[0] + " " + v[1], new Rule(v[0], v[1], days, cadence.describe().toLowerCase()));
                }
            });
        }
        rules = Map.copyOf(read);
        readAt = now;
        return rules;
    }

    void forget() {
        readAt = Instant.EPOCH;
    }
}
