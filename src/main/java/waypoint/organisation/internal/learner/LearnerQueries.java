package waypoint.organisation.internal.learner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.organisation.LearnerScope;
import waypoint.organisation.internal.Address;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.Paging;
import waypoint.organisation.internal.SortOrder;
import waypoint.organisation.internal.Where;
import waypoint.shared.web.PageOf;
import waypoint.organisation.EmployerId;
import waypoint.shared.ids.TypedId;

/** Lists and reads of learners, always inside the scope the learner policy gives the person asking. */
@Component
public class LearnerQueries {

    public static final Map<String, List<String>> SORTS = Map.of(
            "name", List.of("lower(l.family_name)", "lower(l.given_names)"),
            "uln", List.of("l.uln"),
            "employer", List.of("lower(e.name)"));
    /** A learner with no apprenticeship yet is listed too, with no employer or tutor (last when sorted by employer). */
    private static final String FROM_BY_EMPLOYER = "learner l " + WorksWith.JOIN + " LEFT JOIN employer e ON e.id = "
            + WorksWith.EMPLOYER;

    private final JdbcClient jdbc;
    private final CurrentApprenticeships current;

    LearnerQueries(JdbcClient jdbc, CurrentApprenticeships current) {
        this.jdbc = jdbc;
        this.current = current;
    }

    /** What a learners list may show and filter on. Employer and tutor filters are optional (null). */
    public record Filter(EmployerId employerId, UUID tutorId) {

        public static Filter none() {
            return new Filter(null, null);
        }
    }

    public SortOrder sortOf(ListRequest request) {
        return SortOrder.parse(request.sort(), SORTS, "name");
    }

    /**
     * Learners in scope matching the search (by name, ULN or email) and the filters, a page at a time. The count and
     * the page read the learner table through its indexes, joining each learner's current apprenticeship only when
     * the scope or a filter names it (and the employer only to sort by it); the page's employers and tutors are then
     * read for its rows alone ({@link CurrentApprenticeships}).
     */
    public PageOf<LearnerRow> list(LearnerScope scope, ListRequest request, Filter filter) {
        Where where = within(scope);
        boolean byWhoTheyWorkWith = scope.kind() == LearnerScope.Kind.CASELOAD
                || scope.kind() == LearnerScope.Kind.EMPLOYER;
        if (request.searching()) {
            where.and("(l.full_name ILIKE :q OR l.email ILIKE :q OR l.uln ILIKE :q)", "q", request.pattern());
        }
        if (filter.employerId() != null) {
            where.and(WorksWith.EMPLOYER + " = :employer", "employer", filter.employerId());
            byWhoTheyWorkWith = true;
        }
        if (filter.tutorId() != null) {
            where.and(WorksWith.TUTOR + " = :tutor", "tutor", filter.tutorId());
            byWhoTheyWorkWith = true;
        }
        SortOrder sort = sortOf(request);
        String counted = byWhoTheyWorkWith ? "learner l " + WorksWith.JOIN : "learner l";
        String listed = sort.key().equals("employer") ? FROM_BY_EMPLOYER : counted;
        PageOf<LearnerRow> page = Paging.page(jdbc, "l.id, l.given_names, l.family_name, l.uln, l.email", counted,
                listed, where, sort.orderBy(SORTS, "l.id"), request, (rs, n) -> new LearnerRow(
                        rs.getObject("id", UUID.class), rs.getString("given_names"), rs.getString("family_name"),
                        rs.getString("uln"), rs.getString("email"), null, null, null, null));
        Map<UUID, CurrentApprenticeships.Named> named = current.of(page.items().stream().map(LearnerRow::id).toList());
        return new PageOf<>(page.items().stream().map(row -> row.with(named.get(row.id()))).toList(), page.number(),
                page.size(), page.total());
    }

    public Optional<LearnerView> view(UUID id) {
        return jdbc.sql("""
                SELECT l.id, l.learner_reference, l.given_names, l.family_name, l.date_of_birth, l.uln, l.ni_number,
                       l.email, l.phone,
                       l.address_line1, l.address_line2, l.address_town, l.address_postcode,
                       l.emergency_contact_name, l.emergency_contact_phone, e.id AS employer_id,
                       e.name AS employer_name,
                       m.id AS manager_id, m.name AS manager_name, m.email AS manager_email, m.phone AS manager_phone,
                       s.id AS tutor_id, s.name AS tutor_name, s.email AS tutor_email, s.phone AS tutor_phone,
                       r.apprenticeship_id
                FROM learner l\s""" + WorksWith.JOIN + " LEFT JOIN employer e ON e.id = " + WorksWith.EMPLOYER
                + " LEFT JOIN employer_contact m ON m.id = " + WorksWith.LINE_MANAGER
                + " LEFT JOIN staff_member s ON s.id = " + WorksWith.TUTOR + " WHERE l.id = :id")
                .param("id", id).query(LearnerQueries::view).optional();
    }

    /** Who the learner works with, from their apprenticeship; nobody for a learner not recorded. */
    public WorksWith worksWith(UUID learnerId) {
        return jdbc.sql("SELECT " + WorksWith.EMPLOYER + " AS employer_id, " + WorksWith.LINE_MANAGER
                        + " AS manager_id, " + WorksWith.TUTOR + " AS tutor_id FROM learner l " + WorksWith.JOIN
                        + " WHERE l.id = :id")
                .param("id", learnerId)
                .query((rs, n) -> new WorksWith(TypedId.of(rs.getObject(1, UUID.class), EmployerId::new),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .optional().orElse(WorksWith.nobody());
    }

    /**
     * What the learner's record said of who they work with before that was recorded on apprenticeships alone, kept
     * for a learner added before they had one; never used for lists or access.
     */
    public Optional<AsAdded> asAdded(UUID learnerId) {
        return jdbc.sql("""
                SELECT e.name AS employer, m.name AS manager, s.name AS tutor FROM learner_works_with_as_added w
                LEFT JOIN employer e ON e.id = w.employer_id LEFT JOIN employer_contact m ON m.id = w.line_manager_id
                LEFT JOIN staff_member s ON s.id = w.tutor_id
                WHERE w.learner_id = :id AND COALESCE(e.id, m.id, s.id) IS NOT NULL""")
                .param("id", learnerId).query((rs, n) -> new AsAdded(rs.getString("employer"), rs.getString("manager"),
                        rs.getString("tutor"))).optional();
    }

    /** The names, each null when the record named none (or it has since been removed). */
    public record AsAdded(String employerName, String lineManagerName, String tutorName) {

        /** The names in a sentence (the employer, then the line manager, then the tutor by the provider's title). */
        public String inWords(String tutorTitle) {
            List<String> named = new java.util.ArrayList<>();
            if (employerName != null) {
                named.add("the employer " + employerName);
            }
            if (lineManagerName != null) {
                named.add("the line manager " + lineManagerName);
            }
            if (tutorName != null) {
                named.add("the " + tutorTitle.toLowerCase(java.util.Locale.UK) + " " + tutorName);
            }
            return named.size() == 1 ? named.get(0) : String.join(", ", named.subList(0, named.size() - 1))
                    + " and " + named.get(named.size() - 1);
        }
    }

    /**
     * The SQL condition for a scope, on a query whose learner table is aliased {@code l} and joins
     * {@link WorksWith#JOIN}.
     */
    static Where within(LearnerScope scope) {
        Where where = new Where();
        return switch (scope.kind()) {
            case EVERYONE -> where;
            case CASELOAD -> where.and(WorksWith.TUTOR + " = :scope", "scope", scope.id());
            case EMPLOYER -> where.and(WorksWith.EMPLOYER + " = :scope", "scope", scope.id());
            case SELF -> where.and("l.id = :scope", "scope", scope.id());
            case NOBODY -> where.and("FALSE");
        };
    }

    private static LearnerView view(ResultSet rs, int n) throws SQLException {
        return new LearnerView(rs.getObject("id", UUID.class), rs.getString("given_names"), rs.getString("family_name"),
                rs.getObject("date_of_birth", java.time.LocalDate.class), rs.getString("uln"),
                rs.getString("ni_number"), rs.getString("email"), rs.getString("phone"),
                new Address(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("address_town"),
                        rs.getString("address_postcode")),
                rs.getString("emergency_contact_name"), rs.getString("emergency_contact_phone"),
                TypedId.of(rs.getObject("employer_id", UUID.class), EmployerId::new), rs.getString("employer_name"),
                person(rs, "manager"), person(rs, "tutor"), rs.getObject("apprenticeship_id", UUID.class),
                rs.getString("learner_reference"));
    }

    private static LearnerView.Person person(ResultSet rs, String prefix) throws SQLException {
        UUID id = rs.getObject(prefix + "_id", UUID.class);
        return id == null ? null : new LearnerView.Person(id, rs.getString(prefix + "_name"),
                rs.getString(prefix + "_email"), rs.getString(prefix + "_phone"));
    }
}
