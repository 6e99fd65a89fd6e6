package waypoint.enrolment.internal.apprenticeship;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.Role;
import waypoint.organisation.EmployerId;
import waypoint.organisation.LearnerId;
import waypoint.organisation.StaffMemberId;

/**
 * Who may see and change an apprenticeship: the one place the rule is written (following the learner policy).
 * <ul>
 * <li>Administrators and the provider-wide roles (lead, head of delivery, director, quality, safeguarding lead) see
 * every apprenticeship.</li>
 * <li>A tutor sees those they work on: as primary tutor or in another part.</li>
 * <li>An employer contact sees their employer's; a learner only their own.</li>
 * <li>Administrators, heads of delivery, leads and directors manage every apprenticeship (record one, move it
 * through its lifecycle); a tutor manages those they work on and may record one they will tutor.</li>
 * <li>The data officer (who prepares the ILR return) sees every apprenticeship and records employment status, an
 * ILR fact, without managing the apprenticeship otherwise (docs/domain/ilr.md, "Who prepares the return").</li>
 * <li>Someone outside the provider (an auditor, inspector, external quality assurer or assessor) sees exactly the
 * apprenticeships their open grant covers, and manages none (docs/domain/external-access.md).</li>
 * </ul>
 */
@Component
public class ApprenticeshipPolicy {

    static final Set<Role> PROVIDER_WIDE = EnumSet.of(Role.ADMINISTRATOR, Role.LEAD, Role.HEAD_OF_DELIVERY,
            Role.DIRECTOR, Role.QUALITY, Role.SAFEGUARDING_LEAD, Role.DATA_OFFICER,
            Role.DATA_PROTECTION_OFFICER);
    static final Set<Role> MANAGERS = EnumSet.of(Role.ADMINISTRATOR, Role.HEAD_OF_DELIVERY, Role.LEAD,
            Role.DIRECTOR);

    private final ApprenticeshipRepository apprenticeships;

    ApprenticeshipPolicy(ApprenticeshipRepository apprenticeships) {
        this.apprenticeships = apprenticeships;
    }

    /** The apprenticeship, if the viewer may see it: empty for one they may not, as for one that does not exist. */
    public Optional<Apprenticeship> seenBy(ApprenticeshipViewer viewer, ApprenticeshipId apprenticeshipId) {
        return apprenticeships.findById(apprenticeshipId.value()).filter(a -> canView(viewer, a));
    }

    public ApprenticeshipScope scopeOf(ApprenticeshipViewer viewer) {
        if (viewer.has(Role.EXTERNAL)) {
            return ApprenticeshipScope.granted(
                    viewer.granted().stream().map(ApprenticeshipId::new).collect(Collectors.toSet()),
                    viewer.grantedStandards());
        }
        if (PROVIDER_WIDE.stream().anyMatch(viewer::has)) {
            return ApprenticeshipScope.everyone();
        }
        if (viewer.has(Role.TUTOR) && viewer.staffId() != null) {
            return ApprenticeshipScope.workedOnBy(new StaffMemberId(viewer.staffId()));
        }
        if (viewer.has(Role.EMPLOYER_CONTACT) && viewer.employerId() != null) {
            return ApprenticeshipScope.ofEmployer(new EmployerId(viewer.employerId()));
        }
        if (viewer.has(Role.LEARNER) && viewer.learnerId() != null) {
            return ApprenticeshipScope.ofLearner(new LearnerId(viewer.learnerId()));
        }
        return ApprenticeshipScope.nobody();
    }

    public boolean canView(ApprenticeshipViewer viewer, Apprenticeship apprenticeship) {
        ApprenticeshipScope scope = scopeOf(viewer);
        return switch (scope.kind()) {
            case EVERYONE -> true;
            case STAFF -> apprenticeship.isWorkedOnBy(scope.id());
            case EMPLOYER -> scope.id().equals(apprenticeship.employerId());
            case LEARNER -> scope.id().equals(apprenticeship.learnerId());
            case NAMED -> scope.covers(apprenticeship.id(), apprenticeship.standardReference(),
                    apprenticeship.status());
            case NOBODY -> false;
        };
    }

    public boolean canManage(ApprenticeshipViewer viewer, Apprenticeship apprenticeship) {
        if (viewer.has(Role.EXTERNAL)) {
            return false;
        }
        return isManager(viewer) || (viewer.has(Role.TUTOR) && apprenticeship.isWorkedOnBy(viewer.staffId()));
    }

    /** Employment status records: those who manage the apprenticeship, and the data officer. */
    public boolean canRecordEmployment(ApprenticeshipViewer viewer, Apprenticeship apprenticeship) {
        return canManage(viewer, apprenticeship) || viewer.has(Role.DATA_OFFICER);
    }

    /**
     * The price and the employer's size (what the funding is worked out from): managers and the data officer, who
     * keeps the ILR's prices; not tutors (docs/domain/funding-rules.md, The price).
     */
    public boolean canChangePrice(ApprenticeshipViewer viewer, Apprenticeship apprenticeship) {
        return isManager(viewer) || viewer.has(Role.DATA_OFFICER);
    }

    /**
     * Whether they may record a new apprenticeship with this primary tutor for a learner who is, or is not, on their
     * caseload already: managers for anyone; a tutor only as its tutor, for a learner of theirs (a new learner's first
     * apprenticeship is recorded by a manager, since the apprenticeship is what puts a learner on a caseload).
     */
    public boolean canCreate(ApprenticeshipViewer viewer, UUID tutorId, boolean learnerOnTheirCaseload) {
        return isManager(viewer) || (viewer.has(Role.TUTOR) && viewer.staffId() != null
                && viewer.staffId().equals(tutorId) && learnerOnTheirCaseload);
    }

    /** Whether they may record apprenticeships at all (managers, and tutors for themselves). */
    public boolean canCreateAny(ApprenticeshipViewer viewer) {
        return isManager(viewer) || (viewer.has(Role.TUTOR) && viewer.staffId() != null);
    }

    /** Importing learners with their apprenticeships from a file is for managers. */
    public boolean canImport(ApprenticeshipViewer viewer) {
        return isManager(viewer);
    }

    /**
     * Bringing apprentices in from another system's ILR file is for administrators and the data officer, who prepares
     * the ILR returns (docs/domain/ilr-import.md).
     */
    public boolean canImportIlr(ApprenticeshipViewer viewer) {
        return viewer.has(Role.ADMINISTRATOR) || viewer.has(Role.DATA_OFFICER);
    }

    /** Anyone with something to see may list it: a learner's list holds only their own. */
    public boolean canList(ApprenticeshipViewer viewer) {
        return scopeOf(viewer).kind() != ApprenticeshipScope.Kind.NOBODY;
    }

    private static boolean isManager(ApprenticeshipViewer viewer) {
        return MANAGERS.stream().anyMatch(viewer::has);
    }
}
