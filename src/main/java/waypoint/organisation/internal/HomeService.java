package waypoint.organisation.internal;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.LearnerScope;
import waypoint.organisation.internal.learner.LearnerPolicy;
import waypoint.organisation.internal.learner.LearnerQueries;
import waypoint.organisation.internal.learner.LearnerRow;
import waypoint.organisation.internal.learner.LearnerView;
import waypoint.shared.web.PageOf;
import waypoint.organisation.StaffMemberId;

/**
 * The figures on each person's home page: provider-wide counts for staff other than tutors, a tutor's caseload, an
 * employer contact's apprentices, and a learner's own record with who to contact.
 */
@Service
public class HomeService {

    /** How many learners the home page lists before linking to the full list. */
    static final int SHORT_LIST = 10;

    private final Viewers viewers;
    private final LearnerPolicy policy;
    private final LearnerQueries learners;
    private final JdbcClient jdbc;

    HomeService(Viewers viewers, LearnerPolicy policy, LearnerQueries learners, JdbcClient jdbc) {
        this.viewers = viewers;
        this.policy = policy;
        this.learners = learners;
        this.jdbc = jdbc;
    }

    /** Numbers of each record, for administrators and provider-wide staff. */
    public record Counts(long employers, long epaos, long staff, long learners) {
    }

    /** Any part may be null: a person sees the parts their roles and records give them. */
    public record Home(Counts counts, PageOf<LearnerRow> caseload, PageOf<LearnerRow> apprentices,
            String employerName, LearnerView self, boolean canManage) {
    }

    @Transactional(readOnly = true)
    public Home of(CurrentUser user) {
        Viewer viewer = viewers.of(user);
        boolean providerWide = user.roles().stream().anyMatch(role -> role.isStaff() && role != Role.TUTOR);
        PageOf<LearnerRow> caseload = viewer.isTutor() ? shortList(LearnerScope.caseloadOf(new StaffMemberId(viewer.staffId()))) : null;
        PageOf<LearnerRow> apprentices = null;
        String employerName = null;
        if (policy.scopeOf(viewer).kind() == LearnerScope.Kind.EMPLOYER) {
            apprentices = shortList(LearnerScope.apprenticesOf(viewer.employerId()));
            employerName = jdbc.sql("SELECT name FROM employer WHERE id = :id").param("id", viewer.employerId())
                    .query(String.class).single();
        }
        LearnerView self = viewer.has(Role.LEARNER) && viewer.learnerId() != null
                ? learners.view(viewer.learnerId()).orElse(null) : null;
        return new Home(providerWide ? counts() : null, caseload, apprentices, employerName, self,
                policy.canChange(viewer));
    }

    private PageOf<LearnerRow> shortList(LearnerScope scope) {
        return learners.list(scope, ListRequest.firstPage(SHORT_LIST), LearnerQueries.Filter.none());
    }

    private Counts counts() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM employer) AS employers, (SELECT count(*) FROM epao) AS epaos,
                       (SELECT count(*) FROM staff_member) AS staff, (SELECT count(*) FROM learner) AS learners""")
                .query(Counts.class).single();
    }
}
