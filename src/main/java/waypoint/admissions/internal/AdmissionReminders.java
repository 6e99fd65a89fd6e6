package waypoint.admissions.internal;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.messaging.NotificationRequested;

/**
 * Each working morning, an enquiry or application that has waited in the same open state for more than
 * {@code waypoint.admissions.remind-after-working-days} working days (default 3) is brought to its owner's notice,
 * or to every administrator's when it has none (docs/domain/admissions.md, "Reminders"); once, until it moves.
 */
@Component
public class AdmissionReminders {

    private final JdbcClient jdbc;
    private final AdmissionsStore store;
    private final StaffDirectory staff;
    private final UserAccounts accounts;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int afterWorkingDays;

    AdmissionReminders(JdbcClient jdbc, AdmissionsStore store, StaffDirectory staff, UserAccounts accounts,
            WorkingCalendar calendar, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
            @Value("${waypoint.admissions.remind-after-working-days:3}") int afterWorkingDays) {
        this.jdbc = jdbc;
        this.store = store;
        this.staff = staff;
        this.accounts = accounts;
        this.calendar = calendar;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.afterWorkingDays = afterWorkingDays;
    }

    public int afterWorkingDays() {
        return afterWorkingDays;
    }

    @Scheduled(cron = "0 0 8 * * MON-FRI", zone = "Europe/London")
    @SchedulerLock(name = "admissions-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        remindWaiting(clock);
    }

    /** Reminds about every open one waiting too long on the clock's day; the number reminded. */
    public int remindWaiting(Clock now) {
        LocalDate today = LocalDate.now(now);
        List<java.util.UUID> open = jdbc.sql("""
                SELECT id FROM admissions_admission
                WHERE NOT spam AND state IN ('NEW', 'CONTACTED', 'ELIGIBLE') AND reminded_at IS NULL
                ORDER BY state_since LIMIT 1000""").query(java.util.UUID.class).list();
        int reminded = 0;
        for (java.util.UUID id : open) {
            Boolean sent = transactions.execute(status -> store.admission(id).map(a -> {
                LocalDate since = a.stateSince().atZone(LONDON).toLocalDate();
                if (a.remindedAt() != null || !a.state().isOpen()
                        || today.isBefore(since) || calendar.workingDaysBetween(since, today) <= afterWorkingDays) {
                    return false;
                }
                String title = a.kind().label() + " " + a.reference() + " has waited " + afterWorkingDays
                        + " working days";
                String body = a.person().fullName() + " has been " + a.state().label().toLowerCase() + " since "
                        + since + ". Contact them, or record what has happened, on the admissions board.";
                List<java.util.UUID> to = staff.find(a.ownerStaffId()).map(s -> List.of(s.accountId()))
                        .orElseGet(() -> accounts.findActiveWithRole(Role.ADMINISTRATOR).stream()
                                .map(s -> s.id()).toList());
                for (java.util.UUID account : to) {
                    events.publishEvent(new NotificationRequested("admissions:" + a.id() + ":waiting:" + a.version()
                            + ":" + account, account, title, body, "/admissions/board/" + a.id()));
                }
                a.reminded(now.instant());
                store.save(a);
                return true;
            }).orElse(false));
            if (Boolean.TRUE.equals(sent)) {
                reminded++;
            }
        }
        return reminded;
    }
}
