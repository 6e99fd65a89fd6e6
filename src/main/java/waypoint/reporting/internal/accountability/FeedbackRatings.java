package waypoint.reporting.internal.accountability;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.feedback.OwnSurveyResults;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.PageOf;

/**
 * The apprentice and employer feedback indicators (docs/domain/accountability.md, "Apprentice and employer
 * feedback"): the DfE reads them from the ratings apprentices and employers give on the Apprenticeship Service, which
 * Waypoint does not hold, so quality or an administrator records them as published there: each rating in stars out of
 * 4 (or none published), the number of reviews behind it, the day published and the page it was read from. Each
 * recording is kept, dated, in the audit trail; the newest publication is shown. A rating not recorded is not known,
 * shown as a warning, and no rating is judged against a threshold Waypoint does not know.
 */
@Service
public class FeedbackRatings {

    /** The recordings shown on a page of the ratings' history, newest first. */
    public static final int HISTORY_PAGE = 10;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final OwnSurveyResults ownSurveys;
    private final Clock clock;

    FeedbackRatings(JdbcClient jdbc, ApplicationEventPublisher events, OwnSurveyResults ownSurveys, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.ownSurveys = ownSurveys;
        this.clock = clock;
    }

    /**
     * The provider's own satisfaction surveys over the 12 months to today, for apprentices and for employers, shown
     * beside the published ratings and never mistaken for them: rated from 1 to 5 (the published ratings are stars out
     * of 4), with the number of responses, the period and the question asked; no responses is said in words, never a
     * rating of 0 (docs/domain/accountability.md, "Apprentice and employer feedback").
     */
    @Transactional(readOnly = true)
    public List<OwnSurveyResults.Results> ownSurveys() {
        LocalDate today = LocalDate.now(clock);
        return ownSurveys.between(today.minusYears(1).plusDays(1), today);
    }

    /** One page of the recordings, newest publication first ({@link #HISTORY_PAGE} to a page; pages count from 0). */
    @Transactional(readOnly = true)
    public PageOf<Rating> history(int page) {
        int number = Math.max(0, page);
        long total = jdbc.sql("SELECT count(*) FROM accountability_feedback_rating").query(Long.class).single();
        List<Rating> items = jdbc.sql("""
                        SELECT id, published_on, apprentice_rating, apprentice_reviews, employer_rating,
                               employer_reviews, source_link, recorded_at, recorded_by_name
                        FROM accountability_feedback_rating ORDER BY published_on DESC, recorded_at DESC
                        LIMIT :size OFFSET :offset""")
                .param("size", HISTORY_PAGE).param("offset", (long) number * HISTORY_PAGE)
                .query(FeedbackRatings::rating).list();
        return new PageOf<>(items, number, HISTORY_PAGE, total);
    }

    private static Rating rating(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Rating(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                (Integer) rs.getObject(4), rs.getBigDecimal(5), (Integer) rs.getObject(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getString(9));
    }

    /** One recording of the published ratings. A rating is null where none was published. */
    public record Rating(UUID id, LocalDate publishedOn, BigDecimal apprenticeRating, Integer apprenticeReviews,
            BigDecimal employerRating, Integer employerReviews, String sourceLink, Instant recordedAt,
            String recordedByName) {

        public String apprenticeWords() {
            return words(apprenticeRating, apprenticeReviews);
        }

        public String employerWords() {
            return words(employerRating, employerReviews);
        }
    }

    /**
     * The ratings as published, once the form has checked them: the day, each rating in stars out of 4 (null where
     * none was published), the number of reviews behind it, and the page they were read from.
     */
    public record Published(LocalDate publishedOn, BigDecimal apprenticeRating, Integer apprenticeReviews,
            BigDecimal employerRating, Integer employerReviews, String sourceLink) {
    }

    /** Quality and administrators record the ratings; everyone who reads the figures sees them. */
    public boolean canRecord(CurrentUser user) {
        return user.hasAny(Role.QUALITY, Role.ADMINISTRATOR);
    }

    /** The newest publication recorded (by the day published, then by when it was recorded), if any. */
    @Transactional(readOnly = true)
    public Optional<Rating> latest() {
        return history(0).items().stream().findFirst();
    }

    /** Only quality and administrators record the ratings: anyone else is refused before anything they sent is read. */
    public void requireRecorder(CurrentUser user) {
        if (!canRecord(user)) {
            throw new AccessDeniedException("Only quality and administrators record the published feedback ratings");
        }
    }

    /** Records the ratings as published (the form has checked each is what the Apprenticeship Service publishes). */
    @Transactional
    public Rating record(CurrentUser user, Published p) {
        requireRecorder(user);
        LocalDate published = p.publishedOn();
        BigDecimal apprentice = p.apprenticeRating();
        Integer apprenticeReviews = p.apprenticeReviews();
        BigDecimal employer = p.employerRating();
        Integer employerReviews = p.employerReviews();
        String link = p.sourceLink();
        Rating saved = new Rating(UUID.randomUUID(), published, apprentice, apprenticeReviews, employer,
                employerReviews, link, clock.instant(), user.displayName());
        jdbc.sql("""
                        INSERT INTO accountability_feedback_rating (id, published_on, apprentice_rating,
                            apprentice_reviews, employer_rating, employer_reviews, source_link, recorded_at,
                            recorded_by, recorded_by_name)
                        VALUES (:id, :published, :apprentice, :apprenticeReviews, :employer, :employerReviews, :link,
                                :at, :by, :byName)""")
                .param("id", saved.id()).param("published", published).param("apprentice", apprentice)
                .param("apprenticeReviews", apprenticeReviews).param("employer", employer)
                .param("employerReviews", employerReviews).param("link", link)
                .param("at", Timestamp.from(saved.recordedAt())).param("by", user.id())
                .param("byName", clip(user.displayName())).update();
        events.publishEvent(RecordChanged.created("feedback ratings", saved.id(), "Apprentice rating "
                + words(apprentice, apprenticeReviews) + ", employer rating " + words(employer, employerReviews)
                + ", published " + published + " (" + link + ")"));
        return saved;
    }

    /** "3.6 out of 4 from 42 reviews", "none published (3 reviews)", "not recorded". */
    public static String words(BigDecimal rating, Integer reviews) {
        String from = reviews == null ? "" : reviews == 1 ? " from 1 review" : " from " + reviews + " reviews";
        if (rating == null) {
            return reviews == null ? "not recorded"
                    : "none published (" + reviews + (reviews == 1 ? " review)" : " reviews)");
        }
        return rating.stripTrailingZeros().toPlainString() + " out of 4" + from;
    }

    private static String clip(String text) {
        return text == null ? "" : text.substring(0, Math.min(200, text.length()));
    }
}
