package waypoint.enrolment.internal.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.TrainingPlans.MilestonesRefusedException;
import waypoint.enrolment.TrainingPlans.NewMilestone;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;

/**
 * Milestones agreed outside onboarding (a progress review's targets) added to the latest training plan as its next
 * version, through the same checks and signing as any plan change.
 */
@Service
public class PlanMilestones {

    private final TrainingPlanService plans;

    PlanMilestones(TrainingPlanService plans) {
        this.plans = plans;
    }

    @Transactional
    public Optional<Integer> add(CurrentUser user, ApprenticeshipId apprenticeshipId, List<NewMilestone> milestones) {
        Optional<PlanVersion> latest = plans.page(user, apprenticeshipId).latest();
        if (latest.isEmpty() || milestones.isEmpty()) {
            return Optional.empty();
        }
        PlanDraft current = PlanDraft.of(latest.get().number(), latest.get().content());
        List<PlanDraft.MilestoneDraft> all = new ArrayList<>(current.milestones());
        int first = all.size();
        milestones.forEach(m -> all.add(new PlanDraft.MilestoneDraft(m.title(), m.targetDate().toString(),
                String.join(", ", m.ksbs()))));
        PlanDraft draft = current.with(current.basedOnVersion(), all);
        try {
            return Optional.of(plans.save(user, apprenticeshipId, draft).number());
        } catch (FieldValidationException wrong) {
            List<String> reasons = new ArrayList<>();
            for (Map.Entry<String, String> error : wrong.errors().entrySet()) {
                reasons.add(renumber(error.getKey(), error.getValue(), first));
            }
            throw new MilestonesRefusedException(reasons);
        } catch (EditConflictException | OnboardingStepRefusedException refused) {
            throw new MilestonesRefusedException(List.of(refused.getMessage()));
        }
    }

    /** The plan's messages number milestones across the whole plan; say which of the new ones is meant. */
    private static String renumber(String field, String message, int first) {
        if (!field.startsWith("milestones[")) {
            return message;
        }
        int index = Integer.parseInt(field.substring("milestones[".length(), field.indexOf(']')));
        return "Target " + (index - first + 1) + ": " + message.replace("milestone " + (index + 1), "it");
    }
}
