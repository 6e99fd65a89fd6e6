package waypoint.admissions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.enrolment.ApprenticeshipId;

/**
 * Courses, cohorts and admissions as whole aggregates: each is saved as it stands, checked against its version so
 * two people changing one at once cannot overwrite each other. No method here changes a state on its own.
 */
@Repository
public class AdmissionsStore {

    private final JdbcClient jdbc;

    AdmissionsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // courses

    public List<Course> courses() {
        return jdbc.sql("SELECT * FROM admissions_course ORDER BY slug").query(AdmissionsStore::course).list();
    }

    public Optional<Course> course(UUID id) {
        return jdbc.sql("SELECT * FROM admissions_course WHERE id = :id").param("id", id)
                .query(AdmissionsStore::course).optional();
    }

    public Optional<Course> courseBySlug(String slug) {
        return jdbc.sql("SELECT * FROM admissions_course WHERE slug = :slug").param("slug", slug)
                .query(AdmissionsStore::course).optional();
    }

    public Optional<Course> courseByStandard(String reference) {
        return jdbc.sql("SELECT * FROM admissions_course WHERE standard_reference = :r").param("r", reference)
                .query(AdmissionsStore::course).optional();
    }

    public void save(Course c, Instant at) {
        Course.CourseWords w = c.words();
        int changed = jdbc.sql("""
                INSERT INTO admissions_course (id, slug, standard_reference, published, summary, overview, job_roles,
                    entry_requirements, english_and_maths, duration, delivery, assessment, progression, updated_at,
                    version)
                VALUES (:id, :slug, :ref, :published, :summary, :overview, :jobRoles, :entry, :em, :duration,
                    :delivery, :assessment, :progression, :at, 0)
                ON CONFLICT (id) DO UPDATE SET slug = :slug, published = :published, summary = :summary,
                    overview = :overview, job_roles = :jobRoles, entry_requirements = :entry,
                    english_and_maths = :em, duration = :duration, delivery = :delivery, assessment = :assessment,
                    progression = :progression, updated_at = :at, version = admissions_course.version + 1
                WHERE admissions_course.version = :version""")
                .param("id", c.id()).param("slug", c.slug()).param("ref", c.standardReference())
                .param("published", c.published()).param("summary", w.summary()).param("overview", w.overview())
                .param("jobRoles", w.jobRoles()).param("entry", w.entryRequirements())
                .param("em", w.englishAndMaths()).param("duration", w.duration()).param("delivery", w.delivery())
                .param("assessment", w.assessment()).param("progression", w.progression())
                .param("at", Timestamp.from(at)).param("version", c.version()).update();
        requireOne(changed);
    }

    private static Course course(ResultSet rs, int n) throws SQLException {
        return new Course(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("standard_reference"),
                rs.getBoolean("published"), new Course.CourseWords(rs.getString("summary"), rs.getString("overview"),
                        rs.getString("job_roles"), rs.getString("entry_requirements"),
                        rs.getString("english_and_maths"), rs.getString("duration"), rs.getString("delivery"),
                        rs.getString("assessment"), rs.getString("progression")),
                rs.getInt("version"));
    }

    // cohorts

    public Optional<Cohort> cohort(UUID id) {
        return jdbc.sql("SELECT * FROM admissions_cohort WHERE id = :id").param("id", id)
                .query((rs, n) -> cohort(rs, sessions(rs.getObject("id", UUID.class)))).optional();
    }

    /** The cohorts of every course, soonest first, with their sessions. */
    public List<Cohort> cohorts() {
        Map<UUID, List<Cohort.PlannedSession>> sessions = allSessions();
        return jdbc.sql("SELECT * FROM admissions_cohort ORDER BY start_date, name")
                .query((rs, n) -> cohort(rs, sessions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    public void save(Cohort c, Instant at) {
        int changed = jdbc.sql("""
                INSERT INTO admissions_cohort (id, course_id, name, start_date, capacity, places_taken,
                    tutor_staff_id, delivery_pattern, group_session_time, group_session_minutes, group_session_place,
                    created_at, version)
                VALUES (:id, :course, :name, :start, :capacity, :taken, :tutor, :pattern, :sessionTime,
                    :sessionMinutes, :sessionPlace, :at, 0)
                ON CONFLICT (id) DO UPDATE SET name = :name, start_date = :start, capacity = :capacity,
                    places_taken = :taken, tutor_staff_id = :tutor, delivery_pattern = :pattern,
                    group_session_time = :sessionTime, group_session_minutes = :sessionMinutes,
                    group_session_place = :sessionPlace, version = admissions_cohort.version + 1
                WHERE admissions_cohort.version = :version""")
                .param("sessionTime", c.sessionTimes().map(t -> java.sql.Time.valueOf(t.startsAt())).orElse(null),
                        java.sql.Types.TIME)
                .param("sessionMinutes", c.sessionTimes().map(Cohort.SessionTimes::minutes).orElse(null),
                        java.sql.Types.INTEGER)
                .param("sessionPlace", c.sessionTimes().map(Cohort.SessionTimes::place).orElse(null),
                        java.sql.Types.VARCHAR)
                .param("id", c.id()).param("course", c.courseId()).param("name", c.name())
                .param("start", c.startDate()).param("capacity", c.capacity()).param("taken", c.placesTaken())
                .param("tutor", c.tutorStaffId()).param("pattern", c.deliveryPattern())
                .param("at", Timestamp.from(at)).param("version", c.version()).update();
        requireOne(changed);
        jdbc.sql("DELETE FROM admissions_cohort_session WHERE cohort_id = :id").param("id", c.id()).update();
        for (Cohort.PlannedSession s : c.sessions()) {
            jdbc.sql("INSERT INTO admissions_cohort_session (cohort_id, held_on, topic) VALUES (:id, :on, :topic)"
                    + " ON CONFLICT DO NOTHING")
                    .param("id", c.id()).param("on", s.heldOn()).param("topic", s.topic()).update();
        }
    }

    private List<Cohort.PlannedSession> sessions(UUID cohortId) {
        return jdbc.sql("SELECT held_on, topic FROM admissions_cohort_session WHERE cohort_id = :id ORDER BY held_on")
                .param("id", cohortId)
                .query((rs, n) -> new Cohort.PlannedSession(rs.getObject("held_on", LocalDate.class),
                        rs.getString("topic"))).list();
    }

    private Map<UUID, List<Cohort.PlannedSession>> allSessions() {
        record Row(UUID cohort, Cohort.PlannedSession session) {
        }
        return jdbc.sql("SELECT cohort_id, held_on, topic FROM admissions_cohort_session ORDER BY held_on")
                .query((rs, n) -> new Row(rs.getObject("cohort_id", UUID.class), new Cohort.PlannedSession(
                        rs.getObject("held_on", LocalDate.class), rs.getString("topic")))).list().stream()
                .collect(Collectors.groupingBy(Row::cohort,
                        Collectors.mapping(Row::session, Collectors.toList())));
    }

    private static Cohort cohort(ResultSet rs, List<Cohort.PlannedSession> sessions) throws SQLException {
        return new Cohort(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class), rs.getString("name"),
                rs.getObject("start_date", LocalDate.class), rs.getInt("capacity"), rs.getInt("places_taken"),
                rs.getObject("tutor_staff_id", UUID.class), rs.getString("delivery_pattern"), sessions,
                rs.getObject("group_session_time", java.time.LocalTime.class) == null ? null
                        : new Cohort.SessionTimes(rs.getObject("group_session_time", java.time.LocalTime.class),
                                rs.getInt("group_session_minutes"), rs.getString("group_session_place")),
                rs.getInt("version"));
    }

    /** The apprenticeships of the cohort's accepted applications. */
    public List<ApprenticeshipId> cohortApprenticeships(UUID cohortId) {
        return jdbc.sql("""
                SELECT apprenticeship_id FROM admissions_admission
                WHERE cohort_id = :id AND apprenticeship_id IS NOT NULL ORDER BY apprenticeship_id""")
                .param("id", cohortId).query((rs, n) -> new ApprenticeshipId(rs.getObject(1, UUID.class))).list();
    }

    // admissions

    public String nextReference(Admission.Kind kind) {
        long n = jdbc.sql("SELECT nextval('admissions_reference')").query(Long.class).single();
        return (kind == Admission.Kind.ENQUIRY ? "ENQ-" : "APP-") + n;
    }

    public Optional<Admission> admission(UUID id) {
        return jdbc.sql("SELECT * FROM admissions_admission WHERE id = :id").param("id", id)
                .query(AdmissionsStore::admission).optional();
    }

    public Optional<Admission> admissionByReference(String reference) {
        return jdbc.sql("SELECT * FROM admissions_admission WHERE reference = :r").param("r", reference)
                .query(AdmissionsStore::admission).optional();
    }

    public void save(Admission a) {
        PersonDetails p = a.person();
        Admission.EmployerAgreement agreement = a.agreement();
        int changed = jdbc.sql("""
                INSERT INTO admissions_admission (id, reference, kind, state, course_id, cohort_id, enquirer, source,
                    given_names, family_name, email, phone, employer_name, message, date_of_birth, postcode, uln,
                    line_manager_name, line_manager_email, line_manager_phone, english_held, maths_held, spam,
                    owner_staff_id, not_eligible_reason, withdrawn_reason, learner_id, apprenticeship_id,
                    employer_agreed_by, employer_agreed_on, received_at, state_since, reminded_at, version)
                VALUES (:id, :reference, :kind, :state, :course, :cohort, :enquirer, :source, :given, :family, :email,
                    :phone, :employer, :message, :dob, :postcode, :uln, :lmName, :lmEmail, :lmPhone, :english,
                    :maths, :spam, :owner, :notEligible, :withdrawn, :learner, :apprenticeship, :agreedBy,
                    :agreedOn, :received, :since, :reminded, 0)
                ON CONFLICT (id) DO UPDATE SET state = :state, owner_staff_id = :owner,
                    not_eligible_reason = :notEligible, withdrawn_reason = :withdrawn, learner_id = :learner,
                    apprenticeship_id = :apprenticeship, employer_agreed_by = :agreedBy,
                    employer_agreed_on = :agreedOn, state_since = :since, reminded_at = :reminded,
                    version = admissions_admission.version + 1
                WHERE admissions_admission.version = :version""")
                .param("id", a.id()).param("reference", a.reference()).param("kind", a.kind().name())
                .param("state", a.state().name()).param("course", a.courseId()).param("cohort", a.cohortId())
                .param("enquirer", p.enquirer().name()).param("source", p.source())
                .param("given", p.givenNames()).param("family", p.familyName()).param("email", p.email())
                .param("phone", p.phone()).param("employer", p.employerName()).param("message", p.message())
                .param("dob", p.dateOfBirth()).param("postcode", p.postcode()).param("uln", p.uln())
                .param("lmName", p.lineManagerName()).param("lmEmail", p.lineManagerEmail())
                .param("lmPhone", p.lineManagerPhone()).param("english", p.englishHeld())
                .param("maths", p.mathsHeld()).param("spam", a.spam()).param("owner", a.ownerStaffId())
                .param("notEligible", a.notEligibleReason()).param("withdrawn", a.withdrawnReason())
                .param("learner", a.learnerId()).param("apprenticeship", a.apprenticeshipId())
                .param("agreedBy", agreement == null ? null : agreement.agreedBy())
                .param("agreedOn", agreement == null ? null : agreement.agreedOn())
                .param("received", Timestamp.from(a.receivedAt())).param("since", Timestamp.from(a.stateSince()))
                .param("reminded", a.remindedAt() == null ? null : Timestamp.from(a.remindedAt()))
                .param("version", a.version()).update();
        requireOne(changed);
    }

    static Admission admission(ResultSet rs, int n) throws SQLException {
        PersonDetails person = new PersonDetails(PersonDetails.Enquirer.valueOf(rs.getString("enquirer")),
                rs.getString("given_names"), rs.getString("family_name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("employer_name"), rs.getString("message"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("postcode"), rs.getString("uln"),
                rs.getString("line_manager_name"), rs.getString("line_manager_email"),
                rs.getString("line_manager_phone"), rs.getString("english_held"), rs.getString("maths_held"),
                rs.getString("source"));
        String agreedBy = rs.getString("employer_agreed_by");
        return new Admission(rs.getObject("id", UUID.class), rs.getString("reference"),
                Admission.Kind.valueOf(rs.getString("kind")), rs.getObject("course_id", UUID.class),
                rs.getObject("cohort_id", UUID.class), person, rs.getBoolean("spam"), instant(rs, "received_at"),
                AdmissionState.valueOf(rs.getString("state")), instant(rs, "state_since"),
                rs.getObject("owner_staff_id", UUID.class), rs.getString("not_eligible_reason"),
                rs.getString("withdrawn_reason"), rs.getObject("learner_id", UUID.class),
                rs.getObject("apprenticeship_id", UUID.class),
                agreedBy == null ? null : new Admission.EmployerAgreement(agreedBy,
                        rs.getObject("employer_agreed_on", LocalDate.class)),
                instant(rs, "reminded_at"), rs.getInt("version"));
    }

    // notes

    public record Note(String authorName, String body, Instant writtenAt) {
    }

    public void addNote(UUID admissionId, UUID authorId, String authorName, String body, Instant at) {
        jdbc.sql("""
                INSERT INTO admissions_note (id, admission_id, author_id, author_name, body, written_at)
                VALUES (:id, :admission, :author, :name, :body, :at)""")
                .param("id", UUID.randomUUID()).param("admission", admissionId).param("author", authorId)
                .param("name", authorName).param("body", body).param("at", Timestamp.from(at)).update();
    }

    public List<Note> notes(UUID admissionId) {
        return jdbc.sql("SELECT author_name, body, written_at FROM admissions_note WHERE admission_id = :id"
                        + " ORDER BY written_at DESC")
                .param("id", admissionId)
                .query((rs, n) -> new Note(rs.getString("author_name"), rs.getString("body"),
                        instant(rs, "written_at"))).list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void requireOne(int changed) {
        if (changed != 1) {
            throw new OptimisticLockingFailureException(
                    "Someone else changed this at the same time: open it again to see their change");
        }
    }
}
