package waypoint.feedback;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.feedback.internal.FeedbackRaising;
import waypoint.feedback.internal.RaiseFeedback;
import waypoint.identity.CurrentUser;
import waypoint.shared.ids.TypedId;

/**
 * Raises an appeal against an end-point assessment result as an assessment appeal case (docs/domain/complaints-policy.md,
 * “Assessment appeals”): routed to the EPAO, about assessment, lodged by the apprentice or their employer, recorded by
 * the member of staff on their behalf, linked to the apprenticeship. The case then has its owner, deadlines and
 * outcome like any other; closing it publishes {@link AssessmentAppealDecided}. Authorised as any staff member raising
 * feedback on a learner's behalf (they must work with the learner).
 */
@Service
public class EndPointAssessmentAppeals {

    private final FeedbackRaising raising;

    EndPointAssessmentAppeals(FeedbackRaising raising) {
        this.raising = raising;
    }

    /** The case raised: its id and its reference (“FB-00042”). */
    public record Raised(UUID feedbackId, String reference) {
    }

    @Transactional
    public Raised raise(CurrentUser user, EndPointAssessmentAppeal appeal) {
        String summary = "EPA appeal: " + appeal.method() + ", graded " + appeal.grade() + " by " + appeal.epaoName();
        if (summary.length() > 200) {
            summary = summary.substring(0, 199) + "…";
        }
        EndPointAssessmentAppeal.Appellant appellant = appeal.appellant();
        UUID id = raising.raise(user, new RaiseFeedback(FeedbackKind.APPEAL, false,
                appeal.lodgedOn().atStartOfDay(LONDON).toInstant(), Channel.EMAIL, TypedId.valueOf(appeal.learnerId()),
                appellant.name(), appellant.email(), appellant.type(), summary, appeal.grounds(), Category.ASSESSMENT,
                null, false, false, false, AppealRoute.EPAO, appeal.assessedOn()));
        return new Raised(id, raising.linkToEndPointAssessment(id, appeal.apprenticeshipId(), appeal.epaoName(),
                appeal.method(), appeal.grade(), appeal.appealBy()));
    }
}
