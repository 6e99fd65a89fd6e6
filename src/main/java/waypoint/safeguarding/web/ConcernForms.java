package waypoint.safeguarding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.safeguarding.ActionKind;
import waypoint.safeguarding.Agency;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.IncidentCategory;
import waypoint.safeguarding.RiskLevel;
import waypoint.safeguarding.internal.Concern;
import waypoint.safeguarding.internal.ConcernAction;
import waypoint.safeguarding.internal.RaiseConcern;
import waypoint.shared.validation.OneOf;
import waypoint.shared.validation.OneOf.Choices;
import waypoint.shared.validation.RequiredWhen;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.web.DateText;

/**
 * The concern forms as typed, the page's and the API's body alike: what must be filled in, and in what form, is
 * checked here (docs/domain/sensitive-data.md says who reads what); the service receives the typed values. The forms
 * on a concern's page each carry the version of the concern they were read at.
 */
final class ConcernForms {

    private static final String TOO_LONG = "Must be {max} characters or fewer";

    private ConcernForms() {
    }

    /** Reporting a concern. The learner's ULN is for staff and employers; the incident is for health and safety. */
    @RequiredWhen(field = "incidentCategory", when = "kind", is = "HEALTH_AND_SAFETY",
            message = "Select whether it was an accident, a near miss or an unsafe act")
    @RequiredWhen(field = "occurredOn", when = "kind", is = "HEALTH_AND_SAFETY",
            message = "Enter the date it happened, like 27/3/2026")
    @RequiredWhen(field = "place", when = "kind", is = "HEALTH_AND_SAFETY", message = "Enter where it happened")
    record ReportForm(
            @NotBlank(message = "Select what your concern is about")
            @OneOf(value = ConcernKind.class, message = "Select what your concern is about") String kind,
            @waypoint.shared.validation.Uln(message = "Enter the ULN of an apprentice you work with, or leave it blank")
            String learnerUln,
            @NotBlank(message = "Tell us what happened or what worries you")
            @Size(max = 5000, message = TOO_LONG) String whatHappened,
            @OneOf(value = IncidentCategory.class,
                    message = "Select whether it was an accident, a near miss or an unsafe act") String incidentCategory,
            @TypedDate(message = "Enter the date it happened, like 27/3/2026") String occurredOn,
            @Size(max = 200, message = TOO_LONG) String place,
            @Size(max = 5000, message = TOO_LONG) String peopleInvolved,
            @Size(max = 5000, message = TOO_LONG) String injury) {

        static ReportForm blank() {
            return new ReportForm(null, null, null, null, null, null, null, null);
        }

        RaiseConcern concern() {
            ConcernKind chosen = Choices.named(ConcernKind.class, kind);
            Concern.Incident incident = chosen != ConcernKind.HEALTH_AND_SAFETY ? null
                    : new Concern.Incident(Choices.named(IncidentCategory.class, incidentCategory),
                            DateText.parse(occurredOn).orElse(null), strip(place), strip(peopleInvolved),
                            strip(injury));
            return new RaiseConcern(chosen, strip(learnerUln), strip(whatHappened), incident);
        }
    }

    record TriageForm(
            @NotBlank(message = "Select the risk level")
            @OneOf(value = RiskLevel.class, message = "Select the risk level") String riskLevel,
            @Pattern(regexp = "yes|no", message = "Select whether the incident is reportable under RIDDOR") String riddor,
            @Size(max = 5000, message = TOO_LONG) String note,
            Integer version) {

        RiskLevel level() {
            return Choices.named(RiskLevel.class, riskLevel);
        }

        /** Whether the incident is reportable under RIDDOR; null when not answered. */
        Boolean reportable() {
            return riddor == null || riddor.isBlank() ? null : "yes".equals(riddor);
        }

        String noteText() {
            return strip(note);
        }
    }

    @RequiredWhen(field = "agency", when = "kind", is = "REFERRAL", message = "Select the agency you referred to")
    @RequiredWhen(field = "referenceNumber", when = "kind", is = "REFERRAL",
            message = "Enter the agency's reference number")
    record ActionForm(
            @NotBlank(message = "Select what you did")
            @OneOf(value = ActionKind.class, message = "Select what you did") String kind,
            @OneOf(value = Agency.class, message = "Select the agency you referred to") String agency,
            @Size(max = 100, message = TOO_LONG) String referenceNumber,
            @NotBlank(message = "Enter what was done") @Size(max = 5000, message = TOO_LONG) String details,
            Integer version) {

        static ActionForm blank(int version) {
            return new ActionForm(null, null, null, null, version);
        }

        ConcernAction action() {
            ActionKind chosen = Choices.named(ActionKind.class, kind);
            boolean referral = chosen == ActionKind.REFERRAL;
            return new ConcernAction(chosen, referral ? Choices.named(Agency.class, agency) : null,
                    referral ? strip(referenceNumber) : null, strip(details));
        }
    }

    record FlagForm(Boolean shared, Integer version) {
    }

    record UpdateForm(
            @NotBlank(message = "Enter the update to share") @Size(max = 1000, message = TOO_LONG) String update,
            Integer version) {

        String text() {
            return strip(update);
        }
    }

    record CloseForm(
            @NotBlank(message = "Enter the outcome") @Size(max = 5000, message = TOO_LONG) String outcome,
            Integer version) {

        String text() {
            return strip(outcome);
        }
    }

    record ReopenForm(
            @NotBlank(message = "Enter why you are reopening it") @Size(max = 5000, message = TOO_LONG) String reason,
            Integer version) {

        String text() {
            return strip(reason);
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
