package waypoint.organisation;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.organisation.internal.Viewers;
import waypoint.organisation.internal.learner.LearnerPolicy;
import waypoint.organisation.internal.learner.LearnerQueries;
import waypoint.organisation.internal.learner.LearnerRepository;
import waypoint.organisation.internal.learner.WorksWith;

/**
 * The learner relationship rule for other modules: may this person see learner X (an administrator, their tutor,
 * their employer's contact, the learner themselves...), and which learners may they see at all. The rule itself
 * lives in one place, the organisation module's learner policy.
 */
@Service
public class LearnerAccess {

    private final LearnerPolicy policy;
    private final Viewers viewers;
    private final LearnerRepository learners;
    private final LearnerQueries queries;

    LearnerAccess(LearnerPolicy policy, Viewers viewers, LearnerRepository learners, LearnerQueries queries) {
        this.queries = queries;
        this.policy = policy;
        this.viewers = viewers;
        this.learners = learners;
    }

    /** False for a learner who does not exist, as for one the person may not see. */
    @Transactional(readOnly = true)
    public boolean canView(CurrentUser user, LearnerId learnerId) {
        var viewer = viewers.of(user);
        return learners.existsById(learnerId.value())
                && policy.canView(viewer, learnerId, queries.worksWith(learnerId.value()));
    }

    /** Whether the person may see the learner's sensitive declarations (administrators and the learner's tutor). */
    @Transactional(readOnly = true)
    public boolean canSeeDeclarations(CurrentUser user, LearnerId learnerId) {
        var viewer = viewers.of(user);
        if (!learners.existsById(learnerId.value())) {
            return false;
        }
        WorksWith worksWith = queries.worksWith(learnerId.value());
        return policy.canView(viewer, learnerId, worksWith) && policy.canSeeDeclarations(viewer, worksWith);
    }

    /** Which learners the person may see, for a module to narrow its own lists. */
    @Transactional(readOnly = true)
    public LearnerScope scopeOf(CurrentUser user) {
        return policy.scopeOf(viewers.of(user));
    }
}
