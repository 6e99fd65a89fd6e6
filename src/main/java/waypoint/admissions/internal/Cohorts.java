package waypoint.admissions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.delivery.GroupSessions;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FieldValidationException;

/**
 * Planning cohorts and reading a cohort's page: its applicants, and its apprentices with their onboarding progress
 * as enrolment publishes it (the apprenticeship's status, and the onboarding tasks done).
 */
@Service
public class Cohorts {

    public record Plan(UUID courseId, String name, LocalDate startDate, Integer capacity, UUID tutorStaffId,
            String deliveryPattern, List<Cohort.PlannedSession> sessions) {
    }

    public record Member(UUID admissionId, String reference, String name, AdmissionState state,
            ApprenticeshipId apprenticeshipId, String apprenticeshipStatus, int onboardingTasksDone) {
    }

    public record CohortPage(Cohort cohort, Course course, String tutorName, List<Member> members) {
    }

    public record CohortRow(Cohort cohort, Course course, String tutorName) {
    }

    private final AdmissionsStore store;
    private final AdmissionsPolicy policy;
    private final StaffDirectory staff;
    private final Apprenticeships apprenticeships;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final waypoint.enrolment.ApprenticeshipImport starts;
    private final GroupSessions groupSessions;

    Cohorts(AdmissionsStore store, AdmissionsPolicy policy, StaffDirectory staff, Apprenticeships apprenticeships,
            JdbcClient jdbc, Clock clock, waypoint.enrolment.ApprenticeshipImport starts,
            GroupSessions groupSessions) {
        this.groupSessions = groupSessions;
        this.starts = starts;
        this.store = store;
        this.policy = policy;
        this.staff = staff;
        this.apprenticeships = apprenticeships;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Cohort plan(CurrentUser user, Plan plan) {
        policy.requirePlanCohorts(user);
        check(plan);
        Cohort cohort = Cohort.plan(plan.courseId(), plan.name().strip(), plan.startDate(), plan.capacity(),
                plan.tutorStaffId(), plan.deliveryPattern().strip(), plan.sessions());
        store.save(cohort, clock.instant());
        return cohort;
    }

    @Transactional
    public Cohort replan(CurrentUser user, UUID id, Plan plan) {
        policy.requirePlanCohorts(user);
        Cohort cohort = store.cohort(id).orElseThrow(() -> new NotFoundException("Cohort"));
        check(new Plan(cohort.courseId(), plan.name(), plan.startDate(), plan.capacity(), plan.tutorStaffId(),
                plan.deliveryPattern(), plan.sessions()));
        cohort.replan(plan.name().strip(), plan.startDate(), plan.capacity(), plan.tutorStaffId(),
                plan.deliveryPattern().strip(), plan.sessions());
        store.save(cohort, clock.instant());
        return cohort;
    }

    /**
     * Says when and where the cohort's group sessions are held (each the same), then schedules those still to come
     * for the cohort's apprentices (docs/domain/admissions.md, "Cohorts").
     */
    @Transactional
    public Cohort holdGroupSessions(CurrentUser user, UUID id, String time, String minutes, String place) {
        policy.requirePlanCohorts(user);
        Cohort cohort = store.cohort(id).orElseThrow(() -> new NotFoundException("Cohort"));
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        java.time.LocalTime at = null;
        try {
            at = time == null || time.isBlank() ? null : java.time.LocalTime.parse(
                    time.strip().length() == 4 ? "0" + time.strip() : time.strip());
        } catch (java.time.format.DateTimeParseException notATime) {
            at = null;
        }
        if (at == null) {
            problems.put("time", "Enter the start time, like 09:30 or 14:00");
        } else if (at.getMinute() % 15 != 0 || at.getSecond() != 0) {
            problems.put("time", "Start on the quarter hour, like 09:00, 09:15, 09:30 or 09:45");
        }
        Integer length = null;
        try {
            length = Integer.valueOf(minutes == null ? "" : minutes.strip());
        } catch (NumberFormatException notANumber) {
            problems.put("minutes", "Enter the length in minutes, like 120");
        }
        if (length != null && (length < 15 || length > 600 || length % 15 != 0)) {
            problems.put("minutes", "The length must be 15 to 600 minutes, in quarter hours");
        }
        String where = place == null ? "" : place.strip();
        if (where.isEmpty()) {
            problems.put("place", "Enter the place, or the link to join remotely");
        } else if (where.length() > 300) {
            problems.put("place", "The place must be 300 characters or fewer");
        } else if (where.startsWith("http") && (!where.startsWith("https://") || where.contains(" "))) {
            problems.put("place", "A link must start with https:// and have no spaces");
        }
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
        cohort.holdGroupSessions(new Cohort.SessionTimes(at, length, where));
        store.save(cohort, clock.instant());
        scheduleGroupSessions(cohort);
        return cohort;
    }

    /**
     * Puts the cohort's planned group sessions still to come in delivery for every apprentice of the cohort: the
     * first time for all, afterwards adding whoever has joined since. Nothing while nobody has said when they are
     * held. The key of each names the cohort, the day and the topic.
     */
    public GroupSessions.Outcome scheduleGroupSessions(Cohort cohort) {
        var times = cohort.sessionTimes();
        var tutor = staff.find(cohort.tutorStaffId()).filter(t -> t.accountId() != null);
        List<ApprenticeshipId> members = store.cohortApprenticeships(cohort.id());
        if (times.isEmpty() || tutor.isEmpty() || members.isEmpty() || cohort.sessions().isEmpty()) {
            return new GroupSessions.Outcome(0, 0);
        }
        return groupSessions.plan(members, tutor.get().accountId(),
                tutor.get().name(), cohort.sessions().stream()
                .map(s -> new GroupSessions.Planned("cohort:" + cohort.id() + ":" + s.heldOn() + ":" + s.topic(),
                        s.heldOn(), times.get().startsAt(), times.get().minutes(), times.get().place(), s.topic()))
                .toList());
    }

    private void check(Plan plan) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (plan.courseId() == null || store.course(plan.courseId()).isEmpty()) {
            problems.put("courseId", "Select the course");
        }
        if (plan.name() == null || plan.name().isBlank()) {
            problems.put("name", "Enter the cohort's name");
        } else if (plan.name().length() > 100) {
            problems.put("name", "The name must be 100 characters or fewer");
        }
        if (plan.startDate() == null) {
            problems.put("startDate", "Enter the start date, for example 12 1 2027");
        } else if (plan.courseId() != null) {
            // a cohort is only for a standard that takes new starts on its start date (a retired one does not)
            store.course(plan.courseId()).filter(c -> !starts.openToNewStarts(c.standardReference(), plan.startDate()))
                    .ifPresent(c -> problems.put("startDate", c.standardReference() + " does not take new starts on"
                            + " that date: its version for new starts is retired or not yet approved for delivery"));
        }
        if (plan.capacity() == null || plan.capacity() < 1 || plan.capacity() > 500) {
            problems.put("capacity", "Enter the number of places, from 1 to 500");
        }
        if (staff.lead(plan.tutorStaffId()).isEmpty()) {
            problems.put("tutorStaffId", "Select the cohort's tutor");
        }
        if (plan.deliveryPattern() == null || plan.deliveryPattern().isBlank()) {
            problems.put("deliveryPattern", "Enter how the cohort is taught, for example every 4 weeks online");
        } else if (plan.deliveryPattern().length() > 500) {
            problems.put("deliveryPattern", "The delivery pattern must be 500 characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
    }

    /** Every cohort, soonest first: those who triage and plan see all, a tutor their own. */
    @Transactional(readOnly = true)
    public List<CohortRow> list(CurrentUser user) {
        policy.requireBoard(user);
        Map<UUID, Course> courses = store.courses().stream().collect(Collectors.toMap(Course::id, c -> c));
        Optional<UUID> me = staff.byAccount(user.id()).map(StaffDirectory.StaffMember::id);
        return store.cohorts().stream()
                .filter(c -> policy.seesAll(user) || me.map(c.tutorStaffId()::equals).orElse(false))
                .map(c -> new CohortRow(c, courses.get(c.courseId()),
                        staff.find(c.tutorStaffId()).map(StaffDirectory.StaffMember::name).orElse("")))
                .toList();
    }

    @Transactional(readOnly = true)
    public CohortPage page(CurrentUser user, UUID id) {
        policy.requireBoard(user);
        Cohort cohort = store.cohort(id).orElseThrow(() -> new NotFoundException("Cohort"));
        if (!policy.seesAll(user) && !staff.byAccount(user.id()).map(s -> s.id().equals(cohort.tutorStaffId()))
                .orElse(false)) {
            throw new AccessDeniedException("A tutor sees the cohorts they teach");
        }
        Course course = store.course(cohort.courseId()).orElseThrow();
        List<Admission> admissions = jdbc.sql("SELECT * FROM admissions_admission WHERE cohort_id = :id AND NOT spam"
                        + " ORDER BY family_name, given_names")
                .param("id", id).query(AdmissionsStore::admission).list();
        List<ApprenticeshipId> started = admissions.stream().map(Admission::apprenticeshipId).filter(x -> x != null)
                .toList();
        Map<ApprenticeshipId, Integer> done = started.isEmpty() ? Map.of() : jdbc.sql("""
                SELECT apprenticeship_id, count(*) FILTER (WHERE completed) AS done FROM enrolment.onboarding_task
                WHERE apprenticeship_id IN (:ids) GROUP BY apprenticeship_id""").param("ids", started)
                .query((rs, n) -> Map.entry(new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                        rs.getInt("done"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Member> members = admissions.stream().map(a -> new Member(a.id(), a.reference(), a.person().fullName(),
                a.state(), a.apprenticeshipId(), a.apprenticeshipId() == null ? null
                        : apprenticeships.find(a.apprenticeshipId())
                                .map(ApprenticeshipSummary::status)
                                .map(s -> s.words()).orElse(null),
                a.apprenticeshipId() == null ? 0 : done.getOrDefault(a.apprenticeshipId(), 0))).toList();
        return new CohortPage(cohort, course,
                staff.find(cohort.tutorStaffId()).map(StaffDirectory.StaffMember::name).orElse(""), members);
    }
}
