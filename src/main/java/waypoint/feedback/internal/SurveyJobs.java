package waypoint.feedback.internal;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.identity.AccountSummary;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.shared.messaging.NotificationRequested;

/**
 * Sends satisfaction surveys when they are due (the complaints policy, “The Procedure”), once a day on one node: to learners in
 * their first 3 months (their start is the learner record's, until apprenticeships carry start dates), to employer
 * contacts once each calendar year, and a reminder a week later to anyone who has not answered. Completion surveys
 * are sent by {@link #sendOnCompletion}, for the apprenticeship to call when a learner completes.
 */
@Component
public class SurveyJobs {

    private final Surveys surveys;
    private final Learners learners;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private static final int NEW_LEARNERS_PAGE = 2000;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SurveyJobs(Surveys surveys, Learners learners, UserAccounts accounts, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.surveys = surveys;
        this.learners = learners;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 7 * * *", zone = "Europe/London")
    @SchedulerLock(name = "feedback-surveys", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        sendDue(clock);
        warnIfEmployerSurveyOverdue(clock);
    }

    /**
     * Warns the leaders who manage surveys (quality, director, head of delivery) when the yearly employer survey is
     * overdue or has never been sent, once a month while it stays so; answers how many were warned.
     */
    public int warnIfEmployerSurveyOverdue(Clock at) {
        // in a transaction, so the notifications are delivered when it commits
        Integer warned = transactions.execute(tx -> warnNow(at));
        return warned == null ? 0 : warned;
    }

    private int warnNow(Clock at) {
        LocalDate today = LocalDate.now(at);
        Surveys.EmployerSurvey status = surveys.employerSurvey(today);
        String warning = status.warning();
        if (!status.overdue() || warning == null) {
            return 0;
        }
        List<UUID> leaders = Stream.of(Role.QUALITY, Role.DIRECTOR, Role.HEAD_OF_DELIVERY)
                .flatMap(role -> accounts.findActiveWithRole(role).stream()).map(AccountSummary::id).distinct()
                .toList();
        String month = today.getYear() + "-" + today.getMonthValue();
        for (UUID leader : leaders) {
            events.publishEvent(new NotificationRequested("employer-survey-overdue:" + month + ":" + leader, leader,
                    "The yearly employer survey is overdue", warning, "/feedback/surveys"));
        }
        return leaders.size();
    }

    /** Sends what is due at the clock's time; answers how many invitations and reminders went out. */
    public int sendDue(Clock at) {
        Instant now = at.instant();
        LocalDate today = LocalDate.now(at);
        int sent = 0;
        List<UUID> firstMonths = surveys.activeTemplates(Surveys.Occasion.FIRST_THREE_MONTHS);
        if (!firstMonths.isEmpty()) {
            Instant threeMonthsAgo = today.minusMonths(3).atStartOfDay(LONDON).toInstant();
            // every learner who started in the last three months, a page at a time (each invited once)
            List<LearnerSummary> page;
            int skip = 0;
            do {
                page = learners.addedBetween(threeMonthsAgo, now, skip, NEW_LEARNERS_PAGE);
                for (LearnerSummary learner : page) {
                    for (UUID template : firstMonths) {
                        sent += surveys.invite(template, template + ":first-3-months:" + learner.id(),
                                learner.accountId(), learner.email(), learner.fullName(), learner.id().value()) ? 1 : 0;
                    }
                }
                skip += page.size();
            } while (page.size() == NEW_LEARNERS_PAGE);
        }
        sent += sendEmployerSurveys(at);
        return sent + surveys.remind(now);
    }

    /**
     * Your complaints policy: employers are asked “at least annually”. Every employer contact of a learner is sent
     * each active employer survey once in each calendar year; answers how many were sent.
     */
    public int sendEmployerSurveys(Clock at) {
        LocalDate today = LocalDate.now(at);
        int sent = 0;
        List<UUID> yearly = surveys.activeTemplates(Surveys.Occasion.EMPLOYER_YEARLY);
        if (!yearly.isEmpty()) {
            for (AccountSummary contact : accounts.findAll(learners.lineManagerAccounts())) {
                for (UUID template : yearly) {
                    sent += surveys.invite(template, template + ":year-" + today.getYear() + ":" + contact.id(),
                            contact.id(), contact.email(), contact.displayName(), null) ? 1 : 0;
                }
            }
        }
        return sent;
    }

    /** The complaints policy: “and then again on completion”. */
    public int sendOnCompletion(LearnerId learnerId) {
        LearnerSummary learner = learners.find(learnerId).orElseThrow();
        int sent = 0;
        for (UUID template : surveys.activeTemplates(Surveys.Occasion.COMPLETION)) {
            sent += surveys.invite(template, template + ":completion:" + learnerId, learner.accountId(),
                    learner.email(), learner.fullName(), learnerId.value()) ? 1 : 0;
        }
        return sent;
    }
}
