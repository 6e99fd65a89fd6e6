package waypoint.reporting.internal.evidence;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.identity.Role;

/**
 * Who may open funding audit evidence, the risk list and the inspection self-assessment
 * (docs/domain/audit-and-inspection.md, "Who may open what"): evidence packs, samples and the risk list for quality,
 * heads of delivery, directors, the data officer and administrators, for apprenticeships they may see; the
 * self-assessment for the same people, and its judgements written by leaders (quality, head of delivery, director).
 * Tutors, apprentices and employers never. A funding auditor from outside the provider opens the evidence pack of each
 * apprenticeship a funding auditor's grant of theirs covers (not one another kind of grant of theirs covers), and
 * nothing else here (docs/domain/external-access.md).
 */
@Component
public class EvidencePolicy {

    private static final Role[] READERS = {Role.QUALITY, Role.HEAD_OF_DELIVERY, Role.DIRECTOR, Role.DATA_OFFICER,
            Role.ADMINISTRATOR};
    private static final Role[] JUDGES = {Role.QUALITY, Role.HEAD_OF_DELIVERY, Role.DIRECTOR};

    private final ApprenticeshipAccess access;
    private final ExternalAccess external;

    EvidencePolicy(ApprenticeshipAccess access, ExternalAccess external) {
        this.access = access;
        this.external = external;
    }

    /** Who may open an apprenticeship's evidence pack at all: the readers, and a funding auditor with an open grant. */
    public boolean canOpenPacks(CurrentUser user) {
        return canReadEvidence(user) || isFundingAuditor(user);
    }

    private boolean isFundingAuditor(CurrentUser user) {
        return !auditorGrants(user).isEmpty();
    }

    /** The funding auditor's grants in force today: only these open packs, whatever other grants they hold. */
    private List<ExternalGrant> auditorGrants(CurrentUser user) {
        return user.has(Role.EXTERNAL) ? external.openGrantsOf(user.id()).stream()
                .filter(grant -> grant.kind() == ExternalKind.FUNDING_AUDITOR).toList() : List.of();
    }

    public boolean canReadEvidence(CurrentUser user) {
        return user.hasAny(READERS);
    }

    public void requireEvidenceReader(CurrentUser user) {
        if (!canReadEvidence(user)) {
            throw new AccessDeniedException("Funding audit evidence is for quality, heads of delivery, directors,"
                    + " the data officer and administrators");
        }
    }

    /** Refuses a reader who may not see this apprenticeship, as for one that does not exist. */
    public void requireEvidenceOf(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        if (!canOpenPacks(user)) {
            requireEvidenceReader(user);
        }
        if (!access.canView(user, apprenticeshipId)) {
            throw new AccessDeniedException("Not an apprenticeship you may see");
        }
        if (!canReadEvidence(user) && auditorGrants(user).stream()
                .noneMatch(grant -> access.covers(grant, apprenticeshipId))) {
            throw new AccessDeniedException("Your access as a funding auditor does not cover this apprenticeship");
        }
    }

    public boolean canJudge(CurrentUser user) {
        return user.hasAny(JUDGES);
    }

    public void requireJudge(CurrentUser user) {
        if (!canJudge(user)) {
            throw new AccessDeniedException("Judgements are written by quality, heads of delivery and directors");
        }
    }
}
