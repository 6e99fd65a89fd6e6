package waypoint.admissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.admissions.internal.Admission;
import waypoint.admissions.internal.Admissions;
import waypoint.admissions.internal.AdmissionsStore;
import waypoint.admissions.internal.Cohort;
import waypoint.admissions.internal.Cohorts;
import waypoint.admissions.internal.Course;
import waypoint.admissions.internal.PersonDetails;
import waypoint.admissions.internal.TriageAction;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.organisation.StaffMemberId;

/**
 * Admissions loaded by the system rather than entered by a person: the demo data. Courses, cohorts, enquiries and
 * applications go through the same aggregates as on the pages (an application to a full cohort cannot be accepted,
 * a step the triage table does not allow is refused); no one is asked for permission.
 */
@Service
public class AdmissionsImport {

    /** A course page's words. */
    public record CourseWords(String summary, String overview, String jobRoles, String entryRequirements,
            String englishAndMaths, String duration, String delivery, String assessment, String progression) {
    }

    /** What a person typed on a public form; the application's fields are null for an enquiry. */
    public record Person(boolean employer, String givenNames, String familyName, String email, String phone,
            String employerName, String message, LocalDate dateOfBirth, String postcode, String uln,
            String lineManagerName, String lineManagerEmail, String englishHeld, String mathsHeld, String source) {
    }

    private final AdmissionsStore store;
    private final Admissions admissions;
    private final java.time.Clock clock;
    private final Cohorts cohorts;

    AdmissionsImport(AdmissionsStore store, Admissions admissions, java.time.Clock clock, Cohorts cohorts) {
        this.cohorts = cohorts;
        this.store = store;
        this.admissions = admissions;
        this.clock = clock;
    }

    public boolean hasCourse(String standardReference) {
        return store.courseByStandard(standardReference).isPresent();
    }

    @Transactional
    public UUID course(String standardReference, String slug, CourseWords w) {
        Course course = new Course(UUID.randomUUID(), slug, standardReference, true, new Course.CourseWords(
                w.summary(), w.overview(), w.jobRoles(), w.entryRequirements(), w.englishAndMaths(), w.duration(),
                w.delivery(), w.assessment(), w.progression()), 0);
        store.save(course, clock.instant());
        return course.id();
    }

    @Transactional
    public UUID cohort(UUID courseId, String name, LocalDate start, int capacity, StaffMemberId tutorStaffId, String pattern,
            Map<LocalDate, String> sessions) {
        Cohort cohort = Cohort.plan(courseId, name, start, capacity, tutorStaffId.value(), pattern, sessions.entrySet()
                .stream().map(e -> new Cohort.PlannedSession(e.getKey(), e.getValue())).toList());
        store.save(cohort, clock.instant());
        return cohort.id();
    }

    /**
     * When and where the cohort's group sessions are held; those still to come are then scheduled in delivery for its
     * apprentices, and for each accepted later.
     */
    @Transactional
    public void groupSessionsHeld(UUID cohortId, java.time.LocalTime at, int minutes, String place) {
        Cohort cohort = store.cohort(cohortId).orElseThrow();
        cohort.holdGroupSessions(new Cohort.SessionTimes(at, minutes, place));
        store.save(cohort, clock.instant());
        cohorts.scheduleGroupSessions(cohort);
    }

    public UUID enquiry(UUID courseId, Person p) {
        return admissions.enquire(courseId, details(p), false).id();
    }

    public UUID application(UUID cohortId, Person p) {
        return admissions.apply(cohortId, details(p), false).id();
    }

    /** A robot's submission, held back as spam. */
    public UUID spam(UUID courseId, Person p) {
        return admissions.enquire(courseId, details(p), true).id();
    }

    /** Triage steps in order, by name as in the addresses ({@code contact}, {@code find-eligible}...). */
    public void steps(UUID id, List<String> steps, String reason) {
        for (String step : steps) {
            admissions.stepForTheSystem(id, TriageAction.ofSlug(step).orElseThrow(), reason);
        }
    }

    /** Accepts an eligible application: the learner, employer contact and apprenticeship in onboarding. */
    public ApprenticeshipId accept(UUID id, String agreedBy, LocalDate agreedOn, LocalDate plannedEnd,
            BigDecimal weeklyHours) {
        return admissions.acceptForTheSystem(id, new Admissions.Acceptance(agreedBy, agreedOn, plannedEnd,
                weeklyHours, null, null)).apprenticeshipId();
    }

    private static PersonDetails details(Person p) {
        return new PersonDetails(p.employer() ? PersonDetails.Enquirer.EMPLOYER : PersonDetails.Enquirer.INDIVIDUAL,
                p.givenNames(), p.familyName(), p.email(), p.phone(), p.employerName(), p.message(), p.dateOfBirth(),
                p.postcode(), p.uln(), p.lineManagerName(), p.lineManagerEmail(), null, p.englishHeld(),
                p.mathsHeld(), p.source() == null ? "Not said" : p.source());
    }

}
