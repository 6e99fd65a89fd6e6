package waypoint.enrolment.internal.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.money.GovUkMoney;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.money.Money;

/**
 * The employer's payment plan for its contribution (docs/domain/funding-rules.md, The employer's payment plan):
 * managers and the data officer plan instalments and record them paid; everyone who may see the apprenticeship (the
 * employer contact among them) sees the plan; the employer's contacts are reminded a week before each unpaid
 * instalment falls due, once, by a locked daily job.
 */
@Service
public class PaymentPlans {

    /** How many days before the due date the employer is reminded. */
    static final int REMIND_DAYS_BEFORE = 7;

    private final PaymentInstalments instalments;
    private final ApprenticeshipAccess access;
    private final ApprenticeshipLifecycle lifecycle;
    private final Apprenticeships apprenticeships;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentPlans(PaymentInstalments instalments, ApprenticeshipAccess access, ApprenticeshipLifecycle lifecycle,
            Apprenticeships apprenticeships, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.instalments = instalments;
        this.access = access;
        this.lifecycle = lifecycle;
        this.apprenticeships = apprenticeships;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The plan of an apprenticeship the person may see, earliest due first. */
    @Transactional(readOnly = true)
    public List<PaymentInstalment> plan(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        if (!access.canView(user, apprenticeshipId)) {
            throw new NotFoundException("Apprenticeship");
        }
        return instalments.findByApprenticeship(apprenticeshipId.value());
    }

    /** Whether the person plans instalments and records payments (managers and the data officer). */
    @Transactional(readOnly = true)
    public boolean mayManage(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return lifecycle.mayChangePrice(user, apprenticeshipId);
    }

    @Transactional
    public PaymentInstalment add(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate dueOn,
            Money amount) {
        ApprenticeshipSummary apprenticeship = managed(user, apprenticeshipId);
        PaymentInstalment planned = instalments.save(PaymentInstalment.plan(apprenticeshipId,
                apprenticeship.startDate(), dueOn, amount, clock.instant(), user.id()));
        events.publishEvent(RecordChanged.updated("Apprenticeship", apprenticeshipId.value(), "payment plan",
                "instalment of " + planned.amount() + " due " + planned.dueOn()));
        return planned;
    }

    @Transactional
    public PaymentInstalment recordPaid(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID instalmentId,
            LocalDate on) {
        managed(user, apprenticeshipId);
        PaymentInstalment instalment = instalments.findById(instalmentId)
                .filter(i -> i.apprenticeshipId().equals(apprenticeshipId))
                .orElseThrow(() -> new NotFoundException("Instalment"));
        instalment.recordPaid(on, LocalDate.now(clock), user.id());
        events.publishEvent(RecordChanged.updated("Apprenticeship", apprenticeshipId.value(), "instalment due "
                + instalment.dueOn(), "paid on " + on));
        return instalments.save(instalment);
    }

    /** For the system (demo data): the same checks as a person's, by no one in particular; paid if {@code paidOn}. */
    @Transactional
    public PaymentInstalment plan(ApprenticeshipId apprenticeshipId, LocalDate dueOn, Money amount,
            LocalDate paidOn) {
        ApprenticeshipSummary apprenticeship = apprenticeships.find(apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
        PaymentInstalment planned = PaymentInstalment.plan(apprenticeshipId, apprenticeship.startDate(), dueOn,
                amount, clock.instant(), null);
        if (paidOn != null) {
            planned.recordPaid(paidOn, LocalDate.now(clock), null);
        }
        return instalments.save(planned);
    }

    /**
     * Refuses who may not keep the plan: not found for who may not see the apprenticeship, denied for who may see it
     * only. An API checks this before it reads what was sent.
     */
    @Transactional(readOnly = true)
    public void requireKeeper(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        managed(user, apprenticeshipId);
    }

    private ApprenticeshipSummary managed(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        if (!access.canView(user, apprenticeshipId)) {
            throw new NotFoundException("Apprenticeship");
        }
        if (!mayManage(user, apprenticeshipId)) {
            throw new AccessDeniedException("Only managers and the data officer keep the employer's payment plan");
        }
        return apprenticeships.find(apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
    }

    /**
     * Reminds the employer's contacts of each unpaid instalment due within a week, once (the notification's key is
     * the instalment's); answers how many instalments were reminded.
     */
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int reminded = 0;
        for (PaymentInstalment due : instalments.findToRemind(today, today.plusDays(REMIND_DAYS_BEFORE))) {
            var apprenticeship = apprenticeships.find(due.apprenticeshipId());
            if (apprenticeship.isEmpty()) {
                continue;
            }
            List<UUID> contacts = jdbc.sql("SELECT account_id FROM organisation.employer_contact"
                            + " WHERE employer_id = :employer AND account_id IS NOT NULL")
                    .param("employer", apprenticeship.get().employerId()).query(UUID.class).list();
            for (UUID account : contacts) {
                events.publishEvent(new NotificationRequested("payment-instalment:" + due.id() + ":" + account,
                        account, "Payment due " + GovUkDates.date(due.dueOn()),
                        GovUkMoney.words(due.amount()) + " of your contribution to "
                                + apprenticeship.get().learnerName() + "'s apprenticeship is due on "
                                + GovUkDates.date(due.dueOn()) + ".",
                        "/apprenticeships/" + due.apprenticeshipId() + "#payment-plan"));
            }
            due.reminded(today);
            instalments.save(due);
            reminded++;
        }
        return reminded;
    }

    @Scheduled(cron = "0 30 7 * * *", zone = "Europe/London")
    @SchedulerLock(name = "employer-payment-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional // remind() called from here is not proxied: without this, its reminders waited for the resubmitter
    void daily() {
        remind();
    }
}
