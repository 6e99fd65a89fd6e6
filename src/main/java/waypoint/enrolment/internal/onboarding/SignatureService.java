package waypoint.enrolment.internal.onboarding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.signing.Signature;
import waypoint.shared.signing.Signing;

/**
 * Signing the training plan (learner, employer, provider) and the learner's handbook declaration. A signature is on
 * the exact version the signer was shown: if the plan changed since, the signature is refused with what changed.
 * Signing twice keeps the first signature, so a double submission is harmless.
 */
@Service
public class SignatureService {

    private final OnboardingPolicy policy;
    private final TrainingPlanService plans;
    private final PlanSigning store;
    private final Signing signing;
    private final ApplicationEventPublisher events;

    SignatureService(OnboardingPolicy policy, TrainingPlanService plans, PlanSigning store, Signing signing,
            ApplicationEventPublisher events) {
        this.policy = policy;
        this.plans = plans;
        this.store = store;
        this.signing = signing;
        this.events = events;
    }

    /** The party the person would sign as, if they may sign this apprenticeship's plan at all. */
    @Transactional(readOnly = true)
    public Optional<Party> partyOf(CurrentUser user, UUID apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        return policy.partyOf(user, apprenticeship);
    }

    /**
     * Signs version {@code shownVersion} of the plan as the person's party.
     *
     * @throws StaleVersionException when a later version exists
     */
    @Transactional
    public PlanSignature signPlan(CurrentUser user, UUID apprenticeshipId, int shownVersion, String typedName,
            String ipAddress) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        Party party = policy.partyOf(user, apprenticeship)
                .orElseThrow(() -> new AccessDeniedException("Only the apprentice, their employer and staff working"
                        + " on the apprenticeship sign its training plan"));
        List<PlanVersion> versions = plans.versions(apprenticeshipId);
        if (versions.isEmpty()) {
            throw new OnboardingStepRefusedException("There is no training plan to sign yet");
        }
        PlanVersion latest = versions.get(0);
        if (shownVersion != latest.number()) {
            List<String> changes = versions.stream().filter(v -> v.number() > shownVersion)
                    .sorted(java.util.Comparator.comparingInt(PlanVersion::number))
                    .flatMap(v -> v.changes().stream().map(c -> "version " + v.number() + ": " + c)).toList();
            throw new StaleVersionException(shownVersion, latest.number(), changes);
        }
        Signature signature = signing.sign(user.id(), user.displayName(), typedName, ipAddress,
                latest.canonicalText());
        if (store.keep(apprenticeshipId, Document.TRAINING_PLAN, latest.number(), party, signature)) {
            events.publishEvent(RecordChanged.created("training plan signature", apprenticeshipId,
                    party.words() + " signed version " + latest.number() + " as " + signature.typedName()));
        }
        return store.signatures(apprenticeshipId, Document.TRAINING_PLAN, latest.number(), latest.canonicalText())
                .stream().filter(s -> s.party() == party).findFirst().orElseThrow();
    }

    /** The words of the handbook declaration the learner signs (seed 000, Key contact information & declaration). */
    public static String declarationText(ApprenticeshipSummary apprenticeship) {
        return "Learner handbook declaration\n"
                + "Apprentice: " + apprenticeship.learnerName() + "\n"
                + "Apprenticeship: " + apprenticeship.standardLabel() + "\n"
                + "I have read and understood the content of the learner handbook.\n";
    }

    @Transactional(readOnly = true)
    public Optional<PlanSignature> declaration(CurrentUser user, UUID apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        return store.signatures(apprenticeshipId, Document.HANDBOOK_DECLARATION, 1, declarationText(apprenticeship))
                .stream().findFirst();
    }

    @Transactional
    public PlanSignature signDeclaration(CurrentUser user, UUID apprenticeshipId, String typedName,
            String ipAddress) {
        ApprenticeshipSummary apprenticeship = policy.requireLearner(user, apprenticeshipId);
        String text = declarationText(apprenticeship);
        Signature signature = signing.sign(user.id(), user.displayName(), typedName, ipAddress, text);
        if (store.keep(apprenticeshipId, Document.HANDBOOK_DECLARATION, 1, Party.LEARNER, signature)) {
            events.publishEvent(RecordChanged.created("handbook declaration", apprenticeshipId,
                    "signed as " + signature.typedName()));
        }
        return store.signatures(apprenticeshipId, Document.HANDBOOK_DECLARATION, 1, text).get(0);
    }
}
