package waypoint.organisation.internal.learner;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.identity.Role;
import waypoint.organisation.LearnerId;
import waypoint.organisation.LearnerScope;
import waypoint.organisation.internal.Viewer;
import waypoint.organisation.StaffMemberId;
import waypoint.shared.ids.TypedId;

/**
 * Who may see and change a learner's record: the one place the rule is written (the foundation issue).
 * <ul>
 * <li>Administrators, and the provider-wide roles that oversee delivery (lead, head of delivery, director,
 * quality, safeguarding lead), see every learner.</li>
 * <li>A tutor sees the learners on their caseload: those whose apprenticeship they are the tutor of.</li>
 * <li>An employer contact sees their own employer's apprentices.</li>
 * <li>A learner sees only their own record.</li>
 * <li>Only administrators add or change learners.</li>
 * <li>The sensitive declarations (health, equality) are for administrators and the learner's own tutor.</li>
 * <li>The data officer (who prepares the ILR return) reads every learner and their ILR details, and changes the ILR
 * details; not the declarations themselves (docs/domain/ilr.md, "Who prepares the return").</li>
 * <li>The data protection officer reads every learner, to answer their requests for their data
 * (docs/domain/data-protection.md).</li>
 * </ul>
 */
@Component
public class LearnerPolicy {

    static final Set<Role> PROVIDER_WIDE = EnumSet.of(Role.ADMINISTRATOR, Role.LEAD, Role.HEAD_OF_DELIVERY,
            Role.DIRECTOR, Role.QUALITY, Role.SAFEGUARDING_LEAD, Role.DATA_OFFICER,
            Role.DATA_PROTECTION_OFFICER);

    public LearnerScope scopeOf(Viewer viewer) {
        if (PROVIDER_WIDE.stream().anyMatch(viewer::has)) {
            return LearnerScope.everyone();
        }
        if (viewer.isTutor()) {
            return LearnerScope.caseloadOf(new StaffMemberId(viewer.staffId()));
        }
        if (viewer.has(Role.EMPLOYER_CONTACT) && viewer.employerId() != null) {
            return LearnerScope.apprenticesOf(viewer.employerId());
        }
        if (viewer.has(Role.LEARNER) && viewer.learnerId() != null) {
            return LearnerScope.self(new LearnerId(viewer.learnerId()));
        }
        return LearnerScope.nobody();
    }

    /** Whether the person may see the learner who works with these people (from their apprenticeship). */
    public boolean canView(Viewer viewer, LearnerId learnerId, WorksWith worksWith) {
        return scopeOf(viewer).includes(learnerId, worksWith.employerId(),
                TypedId.of(worksWith.tutorId(), StaffMemberId::new));
    }

    public boolean canList(Viewer viewer) {
        return scopeOf(viewer).kind() != LearnerScope.Kind.SELF && scopeOf(viewer).kind() != LearnerScope.Kind.NOBODY;
    }

    /**
     * An employer contact sees what they need to support their apprentice at work (name, ULN, contact details, tutor),
     * not the learner's date of birth, NI number, home address or emergency contact: data minimisation under the
     * learner handbook's data protection section.
     */
    public boolean canSeePersonalDetails(Viewer viewer) {
        return scopeOf(viewer).kind() != LearnerScope.Kind.EMPLOYER;
    }

    public boolean canChange(Viewer viewer) {
        return viewer.isAdministrator();
    }

    /** The ILR details: those who see the declarations, and the data officer, who reports them. */
    public boolean canSeeIlrDetails(Viewer viewer, UUID learnersTutor) {
        return canSeeDeclarations(viewer, learnersTutor) || viewer.has(Role.DATA_OFFICER);
    }

    /** The ILR details are changed by administrators and the data officer. */
    public boolean canChangeIlrDetails(Viewer viewer) {
        return canChange(viewer) || viewer.has(Role.DATA_OFFICER);
    }

    public boolean canSeeDeclarations(Viewer viewer, WorksWith worksWith) {
        return canSeeDeclarations(viewer, worksWith.tutorId());
    }

    /** For a learner whose tutor (staff id) is {@code learnersTutor}, which may be null. */
    public boolean canSeeDeclarations(Viewer viewer, UUID learnersTutor) {
        return viewer.isAdministrator() || (viewer.isTutor() && viewer.staffId().equals(learnersTutor));
    }
}
