package waypoint.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.Role;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.time.GovUkDates;

/**
 * Every morning, tells each staff member whose DBS check expires within {@link StaffSafeguarding#WARNING_DAYS} days,
 * and every safeguarding lead, so a new check is in hand before the old one lapses (the learner handbook, "Safe
 * recruitment").
 * The notification key names the check's expiry date, so each person is told once per check however often this runs.
 */
@Component
public class DbsExpiryAlerts {


    private final JdbcClient jdbc;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DbsExpiryAlerts(JdbcClient jdbc, People people, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    record Expiring(UUID staffId, UUID accountId, String name, LocalDate dbsExpiresOn) {
    }

    /** In a transaction of its own: the notifications are published when it commits (the outbox). */
    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/London")
    @SchedulerLock(name = "safeguarding-dbs-expiry-alerts", lockAtMostFor = "PT10M")
    @Transactional
    public void run() {
        alert();
    }

    /** Answers how many checks were due an alert. */
    @Transactional
    public int alert() {
        LocalDate today = LocalDate.now(clock);
        List<Expiring> expiring = jdbc.sql("""
                SELECT r.staff_id, s.account_id, s.name, r.dbs_expires_on
                FROM staff_safeguarding_record r JOIN organisation.staff_member s ON s.id = r.staff_id
                WHERE r.dbs_expires_on <= :until ORDER BY r.dbs_expires_on""")
                .param("until", today.plusDays(StaffSafeguarding.WARNING_DAYS)).query(Expiring.class).list();
        if (expiring.isEmpty()) {
            return 0;
        }
        List<UUID> leads = people.accountsHolding(Role.SAFEGUARDING_LEAD);
        for (Expiring check : expiring) {
            String when = GovUkDates.date(check.dbsExpiresOn());
            boolean expired = check.dbsExpiresOn().isBefore(today);
            String key = "dbs-expiry:" + check.staffId() + ":" + check.dbsExpiresOn() + ":";
            events.publishEvent(new NotificationRequested(key + check.accountId(), check.accountId(),
                    expired ? "Your DBS check expired on " + when : "Your DBS check expires on " + when,
                    "Ask your manager to start a new Disclosure and Barring Service check.", null));
            for (UUID lead : leads) {
                if (!lead.equals(check.accountId())) {
                    events.publishEvent(new NotificationRequested(key + lead, lead,
                            check.name() + (expired ? "'s DBS check expired on " : "'s DBS check expires on ") + when,
                            "Staff safeguarding records list every check by its expiry.",
                            "/safeguarding/staff/" + check.staffId()));
                }
            }
        }
        return expiring.size();
    }
}
