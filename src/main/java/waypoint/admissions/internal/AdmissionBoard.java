package waypoint.admissions.internal;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.PageOf;

/**
 * The triage board's reads: a page of enquiries and applications filtered by state, course and owner, and one with
 * its notes. Spam held back is never on the board. A tutor sees only the applications to cohorts they teach.
 */
@Service
public class AdmissionBoard {

    public record Filter(AdmissionState state, UUID courseId, UUID ownerStaffId, Admission.Kind kind) {

        public Filter(AdmissionState state, UUID courseId, UUID ownerStaffId) {
            this(state, courseId, ownerStaffId, null);
        }
    }

    public record Row(UUID id, String reference, Admission.Kind kind, AdmissionState state, String name,
            String employerName, String courseSlug, String courseReference, String cohortName, String ownerName,
            LocalDate received, LocalDate since) {
    }

    public record Detail(Admission admission, Course course, Optional<Cohort> cohort, Optional<String> ownerName,
            List<AdmissionsStore.Note> notes, List<TriageAction> actions, boolean mayTriage) {
    }

    private final JdbcClient jdbc;
    private final AdmissionsStore store;
    private final AdmissionsPolicy policy;
    private final StaffDirectory staff;

    AdmissionBoard(JdbcClient jdbc, AdmissionsStore store, AdmissionsPolicy policy, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.store = store;
        this.policy = policy;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public PageOf<Row> page(CurrentUser user, Filter filter, int number, int size) {
        policy.requireBoard(user);
        StringBuilder where = new StringBuilder(" WHERE NOT a.spam");
        Map<String, Object> params = new java.util.HashMap<>();
        if (!policy.seesAll(user)) {
            where.append(" AND h.tutor_staff_id = :me");
            params.put("me", staff.byAccount(user.id()).map(StaffDirectory.StaffMember::id)
                    .orElse(new UUID(0, 0)));
        }
        if (filter.state() != null) {
            where.append(" AND a.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.courseId() != null) {
            where.append(" AND a.course_id = :course");
            params.put("course", filter.courseId());
        }
        if (filter.kind() != null) {
            where.append(" AND a.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.ownerStaffId() != null) {
            where.append(" AND a.owner_staff_id = :owner");
            params.put("owner", filter.ownerStaffId());
        }
        String from = " FROM admissions_admission a JOIN admissions_course c ON c.id = a.course_id"
                + " LEFT JOIN admissions_cohort h ON h.id = a.cohort_id";
        long total = jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("SELECT a.id, a.reference, a.kind, a.state, a.given_names, a.family_name,"
                        + " a.employer_name, c.slug, c.standard_reference, h.name AS cohort_name, s.name AS owner_name,"
                        + " a.received_at, a.state_since" + from
                        + " LEFT JOIN organisation.staff_member s ON s.id = a.owner_staff_id" + where
                        + " ORDER BY a.received_at DESC, a.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) number * size)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        Admission.Kind.valueOf(rs.getString("kind")), AdmissionState.valueOf(rs.getString("state")),
                        rs.getString("given_names") + " " + rs.getString("family_name"),
                        rs.getString("employer_name"), rs.getString("slug"), rs.getString("standard_reference"),
                        rs.getString("cohort_name"), rs.getString("owner_name"),
                        day(AdmissionsStore.instant(rs, "received_at")),
                        day(AdmissionsStore.instant(rs, "state_since")))).list();
        return new PageOf<>(rows, number, size, total);
    }

    @Transactional(readOnly = true)
    public Detail detail(CurrentUser user, UUID id) {
        policy.requireBoard(user);
        Admission a = store.admission(id).filter(x -> !x.spam())
                .orElseThrow(() -> new NotFoundException("Enquiry or application"));
        Optional<Cohort> cohort = a.cohortId() == null ? Optional.empty() : store.cohort(a.cohortId());
        if (!policy.seesAll(user)) {
            UUID me = staff.byAccount(user.id()).map(StaffDirectory.StaffMember::id).orElse(null);
            if (cohort.isEmpty() || !cohort.get().tutorStaffId().equals(me)) {
                throw new org.springframework.security.access.AccessDeniedException(
                        "A tutor sees the applications to the cohorts they teach");
            }
        }
        Course course = store.course(a.courseId()).orElseThrow();
        List<TriageAction> actions = new ArrayList<>(TriageTable.TABLE.actionsFrom(a.state()));
        if (a.kind() == Admission.Kind.ENQUIRY) {
            actions.remove(TriageAction.ACCEPT);
        }
        return new Detail(a, course, cohort, staff.find(a.ownerStaffId()).map(StaffDirectory.StaffMember::name),
                store.notes(id), policy.canTriage(user) ? actions : List.of(), policy.canTriage(user));
    }

    static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(LONDON).toLocalDate();
    }
}
