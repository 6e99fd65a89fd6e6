package waypoint.feedback.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/** The Board report's forms: the period it covers and a new improvement action. */
final class ReportForms {

    static final String TITLE = "Enter the improvement action";
    static final String TITLE_LENGTH = "The action must be {max} characters or fewer";

    private ReportForms() {
    }

    /** The period asked for, as typed; a date left empty is the default: the twelve months to today. */
    record PeriodForm(
            @TypedDate(message = "Enter the start of the period as a real date, like 1/8/2026") String from,
            @TypedDate(message = "Enter the end of the period as a real date, like 31/7/2027") String to) {

        static final PeriodForm DEFAULT = new PeriodForm(null, null);

        LocalDate start(LocalDate today) {
            return TypedValues.date(from).orElse(today.minusYears(1).plusDays(1));
        }

        LocalDate end(LocalDate today) {
            return TypedValues.date(to).orElse(today);
        }
    }

    /** A new improvement action: what it is, the case it comes from (by reference, optional) and when it is due. */
    record ActionForm(
            @NotBlank(message = TITLE) @Size(max = 300, message = TITLE_LENGTH) String title,
            String reference,
            @TypedDate(message = "Enter the due date as a real date") String dueOn) {
    }
}
