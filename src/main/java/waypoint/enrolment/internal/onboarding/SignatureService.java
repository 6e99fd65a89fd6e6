package waypoint.enrolment.internal.onboarding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.documents.DocumentKind;
import waypoint.documents.DocumentVersion;
import waypoint.documents.ProviderDocuments;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.signing.Signature;
import waypoint.shared.signing.Signing;
import waypoint.shared.web.FieldValidationException;

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
    private final ProviderDocuments documents;

    SignatureService(OnboardingPolicy policy, TrainingPlanService plans, PlanSigning store, Signing signing,
            ApplicationEventPublisher events, ProviderDocuments documents) {
        this.policy = policy;
        this.plans = plans;
        this.store = store;
        this.signing = signing;
        this.events = events;
        this.documents = documents;
    }

    /** The party the person would sign as, if they may sign this apprenticeship's plan at all. */
    @Transactional(readOnly = true)
    public Optional<Party> partyOf(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        return policy.partyOf(user, apprenticeship);
    }

    /**
     * Signs version {@code shownVersion} of the plan as the person's party.
     *
     * @throws StaleVersionException when a later version exists
     */
    @Transactional
    public PlanSignature signPlan(CurrentUser user, ApprenticeshipId apprenticeshipId, int shownVersion,
            String typedName,
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
            events.publishEvent(RecordChanged.created("training plan signature", apprenticeshipId.value(),
                    party.words() + " signed version " + latest.number() + " as " + signature.typedName()));
        }
        return store.signatures(apprenticeshipId, Document.TRAINING_PLAN, latest.number(),
                latest.canonicalText())
                .stream().filter(s -> s.party() == party).findFirst().orElseThrow();
    }

    /** A learner's signed declaration and the version of the handbook it names (none for one signed earlier). */
    public record Declaration(PlanSignature signature, Optional<DocumentVersion> handbook) {
    }

    /**
     * The words of the handbook declaration the learner signs (the learner handbook, “Key contact information &
     * declaration”), naming the version of the handbook read and its SHA-256, so the signature binds that version.
     */
    public static String declarationText(ApprenticeshipSummary apprenticeship, Optional<DocumentVersion> handbook) {
        return "Learner handbook declaration\n"
                + "Apprentice: " + apprenticeship.learnerName() + "\n"
                + "Apprenticeship: " + apprenticeship.standardLabel() + "\n"
                + handbook.map(h -> "Learner handbook: version " + h.number() + " (SHA-256 " + h.sha256() + ")\n")
                        .orElse("")
                + "I have read and understood the content of the learner handbook.\n";
    }

    /** The version of the handbook a learner signing now reads and signs. */
    @Transactional(readOnly = true)
    public Optional<DocumentVersion> currentHandbook() {
        return documents.current(DocumentKind.LEARNER_HANDBOOK);
    }

    /** The learner's latest declaration, with the handbook version it names. */
    @Transactional(readOnly = true)
    public Optional<Declaration> declaration(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        Optional<Integer> signed = store.latestVersion(apprenticeshipId, Document.HANDBOOK_DECLARATION);
        if (signed.isEmpty()) {
            return Optional.empty();
        }
        Optional<DocumentVersion> handbook = documents.version(DocumentKind.LEARNER_HANDBOOK, signed.get());
        Optional<PlanSignature> named = store.signatures(apprenticeshipId, Document.HANDBOOK_DECLARATION,
                signed.get(), declarationText(apprenticeship, handbook)).stream().findFirst();
        if (named.isPresent() && named.get().verification() == Signing.Verification.MATCHES) {
            return Optional.of(new Declaration(named.get(), handbook));
        }
        // signed before the handbook was kept in Waypoint: those words named no version
        return store.signatures(apprenticeshipId, Document.HANDBOOK_DECLARATION, signed.get(),
                declarationText(apprenticeship, Optional.empty())).stream().findFirst()
                .map(s -> new Declaration(s, Optional.empty()));
    }

    /** Signs the declaration on the current version of the handbook (the API, and the demo). */
    @Transactional
    public PlanSignature signDeclaration(CurrentUser user, ApprenticeshipId apprenticeshipId, String typedName,
            String ipAddress) {
        return signDeclaration(user, apprenticeshipId, null, typedName, ipAddress);
    }

    /**
     * Signs the declaration on the version of the handbook the learner was shown ({@code shownHandbook}; null for the
     * current one): if a newer version was published meanwhile, the signature is refused so they read it first.
     */
    @Transactional
    public PlanSignature signDeclaration(CurrentUser user, ApprenticeshipId apprenticeshipId, Integer shownHandbook,
            String typedName, String ipAddress) {
        ApprenticeshipSummary apprenticeship = policy.requireLearner(user, apprenticeshipId);
        DocumentVersion handbook = currentHandbook().orElseThrow(() -> new OnboardingStepRefusedException(
                "Your training provider has not published the learner handbook yet: you can sign the declaration"
                        + " once you can read it"));
        if (shownHandbook != null && shownHandbook != handbook.number()) {
            throw new FieldValidationException("fullName", "A new version of the learner handbook (version "
                    + handbook.number() + ") was published since you opened this page: read it, then sign");
        }
        String text = declarationText(apprenticeship, Optional.of(handbook));
        Signature signature = signing.sign(user.id(), user.displayName(), typedName, ipAddress, text);
        if (store.keep(apprenticeshipId, Document.HANDBOOK_DECLARATION, handbook.number(), Party.LEARNER,
                signature)) {
            events.publishEvent(RecordChanged.created("handbook declaration", apprenticeshipId.value(),
                    "signed " + handbook.label() + " as " + signature.typedName()));
        }
        return store.signatures(apprenticeshipId, Document.HANDBOOK_DECLARATION, handbook.number(),
                text).get(0);
    }
}
