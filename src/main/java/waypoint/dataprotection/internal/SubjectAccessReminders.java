package waypoint.dataprotection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.identity.AccountSummary;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.messaging.NotificationRequested;

/**
 * Every morning on one node (ShedLock): tells each data protection officer of every open subject access request
 * whose deadline is a week away or less, or past (docs/domain/data-protection.md, "The deadline"), once per request,
 * deadline and flag. The method takes the clock to use, so a test can run it on any day.
 */
@Component
public class SubjectAccessReminders {

    private final RequestStore store;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SubjectAccessReminders(RequestStore store, UserAccounts accounts, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 7 * * *", zone = "Europe/London")
    @SchedulerLock(name = "subject-access-reminders", lockAtMostFor = "PT20M", lockAtLeastFor = "PT1M")
    public void run() {
        remind(clock);
    }

    /** Reminds the officers of requests near or past their deadline; answers how many requests. */
    public int remind(Clock at) {
        Integer told = transactions.execute(tx -> {
            LocalDate today = LocalDate.now(at);
            List<AccountSummary> officers = accounts.findActiveWithRole(Role.DATA_PROTECTION_OFFICER);
            int count = 0;
            for (SubjectAccessRequest request : store.openDueBy(today.plusDays(SubjectAccessRequest.REMINDER_DAYS))) {
                SubjectAccessRequest.Flag flag = request.flag(today);
                if (flag == SubjectAccessRequest.Flag.ON_TRACK) {
                    continue;
                }
                String title = (flag == SubjectAccessRequest.Flag.PAST ? "Subject access deadline passed: "
                        : "Subject access deadline near: ") + request.learnerName() + ", due " + request.dueOn();
                for (AccountSummary officer : officers) {
                    events.publishEvent(new NotificationRequested("sar:" + request.id() + ":deadline:"
                            + request.dueOn() + ":" + flag + ":" + officer.id(), officer.id(), title,
                            request.state().words(), "/data-protection/requests/" + request.id()));
                }
                count++;
            }
            return count;
        });
        return told == null ? 0 : told;
    }
}
