package waypoint.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.shared.audit.RecordChanged;
import waypoint.shared.messaging.NotificationRequested;

/**
 * The clock's own work, once an hour on one node (ShedLock): closes stage 2 complaints after a quiet month (your
 * complaints policy, stage 2), telling the complainant; and tells each owner and their manager of deadlines near or
 * past (the learner handbook: nothing is forgotten). Each method takes the clock to use, so a test can run it at any
 * date.
 */
@Component
public class DeadlineJobs {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJobs.class);

    private final FeedbackRepository cases;
    private final FeedbackReads reads;
    private final Timeline timeline;
    private final Letters letters;
    private final Handlers handlers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineJobs(FeedbackRepository cases, FeedbackReads reads, Timeline timeline, Letters letters,
            Handlers handlers, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.reads = reads;
        this.timeline = timeline;
        this.letters = letters;
        this.handlers = handlers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 * * * *", zone = "Europe/London")
    @SchedulerLock(name = "feedback-deadlines", lockAtMostFor = "PT20M", lockAtLeastFor = "PT1M")
    public void run() {
        closeQuietComplaints(clock);
        flagDeadlines(clock);
    }

    /** Closes every stage 2 complaint whose month to reply has passed; answers how many. */
    public int closeQuietComplaints(Clock at) {
        LocalDate today = LocalDate.now(at);
        List<Feedback> quiet = cases.findQuietAfterStage2(today);
        int closed = 0;
        for (Feedback candidate : quiet) {
            Boolean done = transactions.execute(tx -> {
                Feedback f = cases.findById(candidate.id()).orElseThrow();
                try {
                    String before = f.summaryLine();
                    f.closeAfterNoReply(at.instant(), today);
                    letters.closed(f);
                    Feedback saved = cases.save(f);
                    timeline.add(f.id(), at.instant(), "Waypoint", "Closed: nothing heard within a month",
                            saved.closedReason());
                    events.publishEvent(RecordChanged.updated(Feedback.RECORD_TYPE, f.id(), before,
                            saved.summaryLine()));
                    return true;
                } catch (StepRefusedException changedMeanwhile) {
                    return false;
                }
            });
            if (Boolean.TRUE.equals(done)) {
                closed++;
            }
        }
        if (closed > 0) {
            log.info("Closed {} complaints after a quiet month", closed);
        }
        return closed;
    }

    /** Tells owners and their managers of deadlines near or past, once per case, deadline and flag. */
    public int flagDeadlines(Clock at) {
        Integer told = transactions.execute(tx -> flagDeadlinesNow(at));
        return told == null ? 0 : told;
    }

    private int flagDeadlinesNow(Clock at) {
        LocalDate today = LocalDate.now(at);
        Deadlines deadlines = reads.deadlines();
        LocalDate horizon = deadlines.extend(today, deadlines.settings().nearDeadlineWorkingDays());
        int told = 0;
        for (Feedback f : cases.findDueBy(horizon)) {
            LocalDate due = f.nextDeadline().orElse(null);
            if (due == null || f.ownerAccountId() == null) {
                continue;
            }
            Deadlines.Flag flag = deadlines.flag(today, due);
            if (flag == Deadlines.Flag.ON_TRACK) {
                continue;
            }
            String title = (flag == Deadlines.Flag.PAST ? "Deadline passed: " : "Deadline near: ") + f.reference()
                    + " due " + Letters.date(due);
            // No summary: a complaint's contents are for its handlers, and a manager is told only that it is due.
            String body = f.kind().label() + " with " + handlers.nameOf(f.ownerAccountId());
            String key = "feedback:" + f.id() + ":deadline:" + due + ":" + flag;
            events.publishEvent(new NotificationRequested(key + ":" + f.ownerAccountId(), f.ownerAccountId(), title,
                    body, "/feedback/" + f.id()));
            for (UUID manager : handlers.managersOf(f.ownerAccountId())) {
                events.publishEvent(new NotificationRequested(key + ":" + manager, manager, title, body, null));
            }
            told++;
        }
        return told;
    }
}
