package waypoint.enrolment.internal.onboarding;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.pdf.PdfRenderer;

/** A version of the training plan as a PDF with its signature block, for anyone who may see the plan. */
@Service
public class TrainingPlanPdf {

    private final TrainingPlanService plans;
    private final PdfRenderer renderer;

    TrainingPlanPdf(TrainingPlanService plans, PdfRenderer renderer) {
        this.plans = plans;
        this.renderer = renderer;
    }

    @Transactional(readOnly = true)
    public byte[] render(CurrentUser user, ApprenticeshipId apprenticeshipId, int number) {
        PlanVersion version = plans.version(user, apprenticeshipId, number)
                .orElseThrow(() -> new NotFoundException("Training plan version"));
        Map<Party, PlanSignature> signedBy = new java.util.EnumMap<>(Party.class);
        plans.signaturesOn(user, apprenticeshipId, version).forEach(s -> signedBy.put(s.party(), s));
        return renderer.render("enrolment/onboarding/training-plan-pdf", Map.of(
                "plan", plans.page(user, apprenticeshipId),
                "version", version,
                "signedBy", signedBy,
                "parties", Party.values()));
    }
}
