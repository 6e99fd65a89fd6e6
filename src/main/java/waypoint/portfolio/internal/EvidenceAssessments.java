package waypoint.portfolio.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;

/**
 * The tutor's steps on evidence: deciding on its claims and signing off KSBs (docs/domain/portfolio.md, signing
 * off). Each is authorised by {@link PortfolioPolicy} and taken by the {@link EvidenceItem}, which the
 * {@link EvidenceRepository} saves; every decision is kept for quality assurance.
 */
@Service
public class EvidenceAssessments {

    private final EvidenceRepository items;
    private final EvidenceStore store;
    private final PortfolioPolicy policy;
    private final KsbCatalogue ksbs;

    EvidenceAssessments(EvidenceRepository items, EvidenceStore store, PortfolioPolicy policy, KsbCatalogue ksbs) {
        this.items = items;
        this.store = store;
        this.policy = policy;
        this.ksbs = ksbs;
    }

    /** Refuses someone who may not assess the apprenticeship's evidence, before what they sent is read. */
    @Transactional(readOnly = true)
    public void requireAssessor(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        policy.assessing(user, apprenticeshipId);
    }

    /**
     * Records a decision on every claim not yet accepted; referring back any claim refers the item back, otherwise
     * it is accepted.
     */
    @Transactional
    public EvidenceState assess(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID id,
            List<EvidenceDecision> decisions) {
        ApprenticeshipSummary a = policy.assessing(user, apprenticeshipId);
        EvidenceItem item = items.get(a, id);
        EvidenceState outcome = item.assess(decisions, user.id());
        items.save(item);
        return outcome;
    }

    /**
     * The tutor signs off a KSB when its evidence is sufficient: at least one accepted claim on accepted evidence.
     * The claims on that KSB lock; an item locks whole only when every KSB it claims is signed off.
     */
    @Transactional
    public void signOff(CurrentUser user, ApprenticeshipId apprenticeshipId, String ksbCode) {
        ApprenticeshipSummary a = policy.assessing(user, apprenticeshipId);
        if (ksbCode == null || !ksbs.codes(a).contains(ksbCode)) {
            throw new FieldValidationException("ksbCode", "Choose a KSB of the apprenticeship's standard");
        }
        if (store.signedOff(a.id(), ksbCode)) {
            throw new EvidenceRefusedException(ksbCode + " is already signed off");
        }
        if (!store.hasAcceptedClaim(a.id(), ksbCode)) {
            throw new EvidenceRefusedException("You cannot sign off " + ksbCode
                    + " before evidence for it has been accepted");
        }
        List<EvidenceItem> accepted = items.acceptedClaiming(a, ksbCode);
        accepted.forEach(item -> item.signOff(ksbCode));
        items.recordSignOff(a, ksbCode, user.id());
        accepted.forEach(items::save);
    }
}
