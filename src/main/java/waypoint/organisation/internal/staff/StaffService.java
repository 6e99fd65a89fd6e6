package waypoint.organisation.internal.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.StaffDetails;
import waypoint.organisation.internal.learner.CurrentApprenticeships;
import waypoint.organisation.internal.DetailsCheck;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.Paging;
import waypoint.organisation.internal.PersonAccounts;
import waypoint.organisation.internal.SortOrder;
import waypoint.organisation.internal.Text;
import waypoint.organisation.internal.Where;
import waypoint.shared.validation.Format;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.PageOf;

/**
 * The provider's staff, authorised by the {@link StaffPolicy}. Each has an account whose roles, email and name are
 * kept in step with the staff record.
 */
@Service
public class StaffService {

    public static final Map<String, List<String>> SORTS = Map.of(
            "name", List.of("lower(s.name)"),
            "email", List.of("lower(s.email)"));
    private static final String COLUMNS = "s.id, s.name, s.email, s.phone";

    private final StaffRepository staff;
    private final StaffPolicy policy;
    private final PersonAccounts accounts;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentApprenticeships current;

    StaffService(StaffRepository staff, StaffPolicy policy, PersonAccounts accounts, JdbcClient jdbc,
            Validator validator, ApplicationEventPublisher events, Clock clock, CurrentApprenticeships current) {
        this.current = current;
        this.staff = staff;
        this.policy = policy;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    public SortOrder sortOf(ListRequest request) {
        return SortOrder.parse(request.sort(), SORTS, "name");
    }

    /**
     * Staff whose name or email matches, optionally only those holding a role: the page read through the staff
     * table's indexes, then the roles and caseloads of its rows alone, one grouped query each.
     */
    @Transactional(readOnly = true)
    public PageOf<StaffView> list(CurrentUser user, ListRequest request, Role role) {
        requireView(user);
        Where where = new Where();
        if (request.searching()) {
            where.and("(s.name ILIKE :q OR s.email ILIKE :q)", "q", request.pattern());
        }
        if (role != null) {
            where.and("EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = s.id AND r.role = :role)", "role", role.name());
        }
        PageOf<Row> page = Paging.page(jdbc, COLUMNS, "staff_member s", where,
                sortOf(request).orderBy(SORTS, "s.id"), request, StaffService::row);
        return new PageOf<>(views(page.items()), page.number(), page.size(), page.total());
    }

    @Transactional(readOnly = true)
    public StaffView view(CurrentUser user, UUID id) {
        requireView(user);
        Row row = jdbc.sql("SELECT " + COLUMNS + " FROM staff_member s WHERE s.id = :id").param("id", id)
                .query(StaffService::row).optional().orElseThrow(() -> new NotFoundException("Staff member"));
        return views(List.of(row)).get(0);
    }

    /** A tutor to choose, by name. */
    public record Tutor(UUID id, String name) {
    }

    /**
     * The tutors a list can be narrowed to, by name (at most 1,000: a provider's tutors, not its whole staff): names
     * only, no caseloads counted.
     */
    @Transactional(readOnly = true)
    public List<Tutor> tutors() {
        return jdbc.sql("""
                SELECT s.id, s.name FROM staff_member s
                WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = s.id AND r.role = 'TUTOR')
                ORDER BY lower(s.name), s.id LIMIT 1000""")
                .query((rs, n) -> new Tutor(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** Adds a staff member and invites them to set a password. */
    @Transactional
    public UUID create(CurrentUser user, StaffDetails details) {
        requireChange(user);
        check(details, null, null);
        UUID account = accounts.openAndInvite(Format.EMAIL.normalise(details.email()), Text.clean(details.name()),
                details.roles());
        return save(account, details);
    }

    /** For the system (demo data, imports): links an existing account with the email, and sends no invitation. */
    @Transactional
    public UUID register(StaffDetails details) {
        DetailsCheck check = DetailsCheck.of(validator, details);
        checkRoles(check, details.roles(), null);
        check.throwIfInvalid();
        UUID account = accounts.openOrLink(Format.EMAIL.normalise(details.email()), Text.clean(details.name()),
                details.roles());
        return save(account, details);
    }

    @Transactional
    public void change(CurrentUser user, UUID id, StaffDetails details) {
        requireChange(user);
        StaffMember member = staff.findById(id).orElseThrow(() -> new NotFoundException("Staff member"));
        check(details, member.accountId(), id);
        String before = member.summary();
        Set<Role> rolesBefore = member.roles();
        member.change(Text.clean(details.name()), Format.EMAIL.normalise(details.email()),
                Format.PHONE.normalise(details.phone()), details.roles());
        accounts.changeDetails(member.accountId(), member.email(), member.name());
        if (!rolesBefore.equals(member.roles())) {
            accounts.changeRoles(member.accountId(), member.roles());
        }
        staff.save(member);
        events.publishEvent(RecordChanged.updated("StaffMember", id, before, member.summary()));
    }

    public boolean mayChange(CurrentUser user) {
        return policy.canChange(user);
    }

    @Transactional(readOnly = true)
    public Optional<UUID> findByEmail(String email) {
        return staff.findByEmail(email).map(StaffMember::id);
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> find(UUID id) {
        return staff.findById(id);
    }

    private UUID save(UUID account, StaffDetails details) {
        StaffMember member = staff.save(StaffMember.join(account, Text.clean(details.name()),
                Format.EMAIL.normalise(details.email()), Format.PHONE.normalise(details.phone()), details.roles(),
                clock.instant()));
        events.publishEvent(RecordChanged.created("StaffMember", member.id(), member.summary()));
        return member.id();
    }

    private void check(StaffDetails details, UUID ownAccount, UUID self) {
        DetailsCheck check = DetailsCheck.of(validator, details);
        accounts.checkEmailFree(check, Format.EMAIL.normalise(details.email()), ownAccount);
        checkRoles(check, details.roles(), self);
        check.throwIfInvalid();
    }

    /** Staff hold staff roles only; a tutor with learners on their caseload stays a tutor until they are moved. */
    private void checkRoles(DetailsCheck check, Set<Role> roles, UUID self) {
        if (roles.stream().anyMatch(role -> !role.isStaff())) {
            check.reject("roles", "Select only staff roles");
        }
        if (self != null && !roles.contains(Role.TUTOR) && caseload(self) > 0) {
            check.reject("roles", "This person has learners on their caseload: assign them to another tutor first");
        }
    }

    private long caseload(UUID staffId) {
        // the learners whose current apprenticeship they are the tutor of (docs/domain/enrolment.md)
        return jdbc.sql("SELECT count(*) FROM learner_apprenticeship WHERE tutor_id = :id").param("id", staffId)
                .query(Long.class).single();
    }

    private void requireView(CurrentUser user) {
        if (!policy.canView(user)) {
            throw new AccessDeniedException("Only staff see the staff list");
        }
    }

    private void requireChange(CurrentUser user) {
        if (!policy.canChange(user)) {
            throw new AccessDeniedException("Only administrators change staff");
        }
    }

    /** A staff member's own columns, before their roles and caseload are read for the page. */
    private record Row(UUID id, String name, String email, String phone) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"));
    }

    /** The rows with their roles and caseloads, read for these rows alone in one query each. */
    private List<StaffView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT staff_id, role FROM staff_role WHERE staff_id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> roles.computeIfAbsent(rs.getObject("staff_id", UUID.class),
                        k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString("role"))))
                .list();
        Map<UUID, Long> caseloads = current.caseloads(ids);
        return rows.stream().map(r -> new StaffView(r.id(), r.name(), r.email(), r.phone(),
                roles.getOrDefault(r.id(), EnumSet.noneOf(Role.class)), caseloads.getOrDefault(r.id(), 0L))).toList();
    }
}
