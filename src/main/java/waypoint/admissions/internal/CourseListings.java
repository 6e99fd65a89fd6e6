package waypoint.admissions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.Standards;

/**
 * The public course pages' content: each published course with its upcoming cohorts and places left (one query),
 * and the standard's facts from the catalogue (one more). Nothing anyone typed into a form is read here.
 */
@Service
public class CourseListings {

    /** A cohort as the public sees it: when it starts, how it runs, places left. */
    public record UpcomingCohort(UUID id, String name, LocalDate startDate, String deliveryPattern, int placesLeft) {
    }

    /** A course for its public page. The standard is empty when the catalogue does not hold it. */
    public record Listing(Course course, Optional<StandardSummary> standard, List<UpcomingCohort> cohorts) {

        public boolean hasPlaces() {
            return cohorts.stream().anyMatch(c -> c.placesLeft() > 0);
        }
    }

    /** One course page: the listing and the standard's assessment plan. */
    public record CoursePage(Listing listing, Optional<StandardDetails> standard, boolean takesNewStarts) {
    }

    private final JdbcClient jdbc;
    private final Standards standards;
    private final Clock clock;
    private final waypoint.enrolment.ApprenticeshipImport starts;

    CourseListings(JdbcClient jdbc, Standards standards, Clock clock, waypoint.enrolment.ApprenticeshipImport starts) {
        this.starts = starts;
        this.jdbc = jdbc;
        this.standards = standards;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Listing> published() {
        Map<String, StandardSummary> byReference = new LinkedHashMap<>();
        standards.latestSummaries().forEach(s -> byReference.put(s.referenceNumber(), s));
        return listings(null).stream().map(l -> new Listing(l.course(),
                Optional.ofNullable(byReference.get(l.course().standardReference())), l.cohorts())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CoursePage> page(String slug) {
        return listings(slug).stream().findFirst().map(l -> {
            Optional<StandardDetails> details = standards.latest(l.course().standardReference());
            return new CoursePage(new Listing(l.course(), details.map(StandardDetails::summary), l.cohorts()),
                    details, starts.openToNewStarts(l.course().standardReference(), LocalDate.now(clock)));
        });
    }

    /** Upcoming cohorts of a published course that still have a place: the application form's choices. */
    @Transactional(readOnly = true)
    public List<UpcomingCohort> openCohorts(String slug) {
        return page(slug).map(p -> p.listing().cohorts().stream().filter(c -> c.placesLeft() > 0).toList())
                .orElse(List.of());
    }

    private List<Listing> listings(String slug) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Course> courses = new LinkedHashMap<>();
        Map<UUID, List<UpcomingCohort>> cohorts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.*, h.id AS cohort_id, h.name AS cohort_name, h.start_date, h.delivery_pattern,
                       h.capacity - h.places_taken AS places_left
                FROM admissions_course c
                LEFT JOIN admissions_cohort h ON h.course_id = c.id AND h.start_date >= :today
                WHERE c.published AND (CAST(:slug AS TEXT) IS NULL OR c.slug = :slug)
                ORDER BY c.slug, h.start_date, h.name""")
                .param("today", today).param("slug", slug)
                .query(rs -> {
                    Course course = courses.computeIfAbsent(rs.getObject("id", UUID.class), id -> course(rs));
                    List<UpcomingCohort> list = cohorts.computeIfAbsent(course.id(), id -> new ArrayList<>());
                    UUID cohortId = rs.getObject("cohort_id", UUID.class);
                    if (cohortId != null) {
                        list.add(new UpcomingCohort(cohortId, rs.getString("cohort_name"),
                                rs.getObject("start_date", LocalDate.class), rs.getString("delivery_pattern"),
                                rs.getInt("places_left")));
                    }
                });
        return courses.values().stream().map(c -> new Listing(c, Optional.empty(), cohorts.get(c.id()))).toList();
    }

    private static Course course(java.sql.ResultSet rs) {
        try {
            return new Course(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("standard_reference"),
                    rs.getBoolean("published"), new Course.CourseWords(rs.getString("summary"),
                            rs.getString("overview"), rs.getString("job_roles"), rs.getString("entry_requirements"),
                            rs.getString("english_and_maths"), rs.getString("duration"), rs.getString("delivery"),
                            rs.getString("assessment"), rs.getString("progression")),
                    rs.getInt("version"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
