package waypoint.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatusChanged;
import waypoint.enrolment.Apprenticeships;
import waypoint.shared.time.GovUkDates;

/**
 * Keeps the schedule and the people in step with time: a status change (a start, a break, a return, an end)
 * re-plans the apprenticeship's next review; every hour (one instance at a time, ShedLock) the job puts started
 * apprenticeships without a next review on the schedule, reminds the three people 7 days before a meeting and on the
 * day, and chases missing signatures after the provider's number of days. Each message has a key, so it is sent
 * once whatever the number of runs.
 */
@Component
public class ReviewJobs {

    static final String JOB = "progress-review-reminders";

    private final ReviewService reviews;
    private final ReviewStore store;
    private final ReviewSettings settings;
    private final Apprenticeships apprenticeships;
    private final ReviewEmails emails;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewJobs(ReviewService reviews, ReviewStore store, ReviewSettings settings, Apprenticeships apprenticeships,
            ReviewEmails emails, JdbcClient jdbc, Clock clock) {
        this.reviews = reviews;
        this.store = store;
        this.settings = settings;
        this.apprenticeships = apprenticeships;
        this.emails = emails;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApprenticeshipStatusChanged changed) {
        reviews.schedule(changed.apprenticeshipId());
    }

    /**
     * Every hour, in one transaction: the emails and notices it asks for are handed on when it commits (outside a
     * transaction they would wait for the resubmitter).
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    void run() {
        scheduleMissing();
        remind();
        chase();
    }

    /** Started apprenticeships without a review to be held (recorded before this module, or imported). */
    public void scheduleMissing() {
        List<ApprenticeshipId> missing = jdbc.sql("""
                SELECT a.id FROM enrolment.apprenticeship a
                WHERE a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING')
                  AND NOT EXISTS (SELECT 1 FROM progress_review r WHERE r.apprenticeship_id = a.id
                                  AND r.state IN ('DUE', 'PLANNED'))
                LIMIT 500""").query((rs, n) -> new ApprenticeshipId(rs.getObject(1, UUID.class))).list();
        missing.forEach(reviews::schedule);
    }

    /** Reminders to all three, 7 days before the meeting and on the day. */
    public void remind() {
        LocalDate today = LocalDate.now(clock);
        for (int daysBefore : new int[] {7, 0}) {
            LocalDate day = today.plusDays(daysBefore);
            List<ReviewRow> meetings = jdbc.sql("SELECT " + ReviewStore.COLUMNS + " FROM progress_review r"
                            + " WHERE r.state = 'PLANNED' AND r.meeting_at >= :from AND r.meeting_at < :to")
                    .param("from", java.sql.Timestamp.from(day.atStartOfDay(GovUkDates.LONDON).toInstant()))
                    .param("to", java.sql.Timestamp.from(day.plusDays(1).atStartOfDay(GovUkDates.LONDON).toInstant()))
                    .query(ReviewStore::row).list();
            for (ReviewRow review : meetings) {
                apprenticeships.find(review.apprenticeshipId())
                        .ifPresent(a -> emails.send("review-reminder:"
                        + review.id() + ":" + review.meetingAt() + ":" + daysBefore, a, review.id(),
                        (daysBefore == 0 ? "Today: progress review at " : "In a week: progress review on ")
                                + GovUkDates.time(review.meetingAt()),
                        "Progress review " + review.number() + " is on " + GovUkDates.time(review.meetingAt()) + ", at: "
                                + review.meetingPlace() + "."));
            }
        }
    }

    /**
     * Missing signatures, chased once per version after the provider's number of days: up to 500 versions not
     * chased yet each time, so every waiting review is reached however many there are.
     */
    @Transactional
    public void chase() {
        int days = settings.current().chaseAfterDays();
        java.time.Instant before = clock.instant().minus(java.time.Duration.ofDays(days));
        List<ReviewRow> waiting = jdbc.sql("SELECT " + ReviewStore.COLUMNS + " FROM progress_review r"
                        + " JOIN progress_review_version v ON v.review_id = r.id AND v.number = r.record_version"
                        + " WHERE r.state = 'AWAITING_SIGNATURES' AND v.created_at <= :before"
                        + " AND NOT EXISTS (SELECT 1 FROM progress_review_chase c WHERE c.review_id = r.id"
                        + " AND c.record_version = r.record_version) LIMIT 500")
                .param("before", java.sql.Timestamp.from(before)).query(ReviewStore::row).list();
        if (waiting.isEmpty()) {
            return;
        }
        Map<UUID, Set<ReviewParty>> signedBy = new HashMap<>();
        jdbc.sql("SELECT s.review_id, s.party FROM progress_review_signature s JOIN progress_review r"
                        + " ON r.id = s.review_id AND r.record_version = s.record_version WHERE s.review_id IN (:ids)")
                .param("ids", waiting.stream().map(ReviewRow::id).toList())
                .query((rs, n) -> signedBy.computeIfAbsent(rs.getObject(1, UUID.class), id -> EnumSet.noneOf(
                        ReviewParty.class)).add(ReviewParty.valueOf(rs.getString(2)))).list();
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        for (ReviewRow review : waiting) {
            Set<ReviewParty> signed = signedBy.getOrDefault(review.id(), Set.of());
            ReviewParty[] missing = java.util.Arrays.stream(ReviewParty.values()).filter(p -> !signed.contains(p))
                    .toArray(ReviewParty[]::new);
            jdbc.sql("INSERT INTO progress_review_chase (review_id, record_version, chased_at) VALUES (:id, :v, :at)"
                            + " ON CONFLICT DO NOTHING").param("id", review.id()).param("v", review.recordVersion())
                    .param("at", now).update();
            if (missing.length > 0) {
                apprenticeships.find(review.apprenticeshipId())
                        .ifPresent(a -> emails.send("review-chase:"
                        + review.id() + ":v" + review.recordVersion(), a, review.id(),
                        "Reminder: please sign progress review " + review.number(),
                        "Progress review " + review.number() + " has waited " + days + " days or more for your"
                                + " signature.", missing));
            }
        }
    }
}
