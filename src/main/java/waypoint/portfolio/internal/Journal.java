package waypoint.portfolio.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.otj.OffTheJobActivityRecorded;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * The learning journal: dated reflections the learner writes, seen by them and their tutors, and by the employer only
 * when the learner shares one. A reflection with time records it as off-the-job hours through the off-the-job module's
 * event (source "Learning journal"), where the tutor approves it as any entry.
 */
@Service
public class Journal {

    public static final String SOURCE = "Learning journal";

    /** What a reflection with time says when it does not say what kind of off-the-job training it was. */
    public static final String CHOOSE_KIND = "Choose what kind of off-the-job training the time was";

    /** The off-the-job activity types a reflection's time may be (the learner handbook's list). */
    public static final Map<String, String> ACTIVITY_TYPES = new java.util.LinkedHashMap<>();

    static {
        ACTIVITY_TYPES.put("THEORY", "Theory, such as lectures");
        ACTIVITY_TYPES.put("ONLINE_LEARNING", "Online learning");
        ACTIVITY_TYPES.put("SHADOWING", "Staff shadowing");
        ACTIVITY_TYPES.put("MENTORING", "Mentoring");
        ACTIVITY_TYPES.put("ASSIGNMENT_WRITING", "Time spent writing assignments");
        ACTIVITY_TYPES.put("INDUSTRY_VISIT", "Industry visits");
    }

    private final JdbcClient jdbc;
    private final PortfolioPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Journal(JdbcClient jdbc, PortfolioPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public record Entry(UUID id, ApprenticeshipId apprenticeshipId, LocalDate date, String title, String reflection,
            Integer minutes, boolean sharedWithEmployer, Instant createdAt) {

        public String hours() {
            return minutes == null ? null : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2,
                    java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * A reflection as the form gave it, once its shape is checked: with {@code minutes}, off-the-job time of
     * {@code activityType}.
     */
    public record Draft(LocalDate date, String title, String reflection, Integer minutes, String activityType,
            boolean shared) {
    }

    /** Only the apprentice writes in their journal: anyone else is refused before anything they typed is read. */
    public ApprenticeshipSummary writer(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = policy.visible(user, apprenticeshipId);
        if (!policy.own(user, a)) {
            throw new AccessDeniedException("The learning journal is the apprentice's own");
        }
        return a;
    }

    /**
     * A reflection of a day gone by; time it records is off-the-job training of one of the handbook's kinds. The form
     * has checked what was typed.
     */
    @Transactional
    public UUID write(CurrentUser user, ApprenticeshipId apprenticeshipId, Draft d) {
        ApprenticeshipSummary a = writer(user, apprenticeshipId);
        LocalDate date = d.date();
        if (date.isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("date", "The date must be today or in the past");
        }
        Integer minutes = d.minutes();
        if (minutes != null && (d.activityType() == null || !ACTIVITY_TYPES.containsKey(d.activityType()))) {
            throw new FieldValidationException("activityType", CHOOSE_KIND);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO portfolio_journal_entry (id, apprenticeship_id, entry_date, title, reflection, minutes,
                    shared_with_employer, written_by, created_at)
                VALUES (:id, :a, :date, :title, :reflection, :minutes, :shared, :by, :at)""")
                .param("id", id).param("a", a.id()).param("date", date).param("title", d.title())
                .param("reflection", d.reflection()).param("minutes", minutes).param("shared", d.shared())
                .param("by", user.id()).param("at", Timestamp.from(clock.instant())).update();
        events.publishEvent(RecordChanged.created("PortfolioJournalEntry", id, d.title()));
        if (minutes != null) {
            events.publishEvent(new OffTheJobActivityRecorded(a.id(), SOURCE, id.toString(), date, null, null,
                    minutes, d.activityType(), "Learning journal: " + d.title(), List.of()));
        }
        return id;
    }

    /** The learner shares an entry with their employer or stops sharing it. */
    @Transactional
    public void share(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID entryId, boolean share) {
        ApprenticeshipSummary a = policy.visible(user, apprenticeshipId);
        if (!policy.own(user, a)) {
            throw new AccessDeniedException("Only the apprentice shares their journal");
        }
        if (jdbc.sql("UPDATE portfolio_journal_entry SET shared_with_employer = :s WHERE id = :id"
                + " AND apprenticeship_id = :a").param("s", share).param("id", entryId).param("a", a.id())
                .update() == 0) {
            throw new NotFoundException("journal entry");
        }
        events.publishEvent(RecordChanged.updated("PortfolioJournalEntry", entryId, null, "shared " + share));
    }

    /** The entries this person may read: all for the learner and staff, shared ones for the employer. */
    public List<Entry> page(CurrentUser user, ApprenticeshipId apprenticeshipId, int page, int size) {
        ApprenticeshipSummary a = policy.visible(user, apprenticeshipId);
        return jdbc.sql("SELECT * FROM portfolio_journal_entry WHERE apprenticeship_id = :a"
                        + (policy.mayRead(user, a) ? "" : " AND shared_with_employer")
                        + " ORDER BY entry_date DESC, created_at DESC, id LIMIT :size OFFSET :offset")
                .param("a", a.id()).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class),
                        new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                        rs.getObject("entry_date", LocalDate.class), rs.getString("title"), rs.getString("reflection"),
                        (Integer) rs.getObject("minutes"), rs.getBoolean("shared_with_employer"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    public long count(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = policy.visible(user, apprenticeshipId);
        return jdbc.sql("SELECT count(*) FROM portfolio_journal_entry WHERE apprenticeship_id = :a"
                        + (policy.mayRead(user, a) ? "" : " AND shared_with_employer"))
                .param("a", a.id()).query(Long.class).single();
    }
}
