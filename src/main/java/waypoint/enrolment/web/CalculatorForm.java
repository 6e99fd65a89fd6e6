package waypoint.enrolment.web;

import java.util.List;
import java.util.Map;

import waypoint.enrolment.internal.RuleQuestion;

/**
 * The rules calculator's form as typed. Each date is the GOV.UK date input's three boxes; its errors show against
 * the day box, where the error summary links.
 */
record CalculatorForm(String standard, String startDay, String startMonth, String startYear, String endDay,
        String endMonth, String endYear, String weeklyHours, String birthDay, String birthMonth, String birthYear,
        String rplHours, String ehcPlan, String careLeaver) {

    /** The calculator's field names as this form names them. */
    static final Map<String, String> FIELDS = Map.of("startDate", "startDay", "plannedEndDate", "endDay",
            "dateOfBirth", "birthDay");

    /** The order the form asks its questions, which the error summary follows. */
    static final List<String> ORDER = List.of("standard", "startDay", "endDay", "weeklyHours", "birthDay", "rplHours",
            "ehcPlan", "careLeaver");

    static CalculatorForm empty() {
        return new CalculatorForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The question, reading the typed text; text that is not a date or a number is left for {@code typed} to say. */
    RuleQuestion question(TypedAnswers typed) {
        if (ehcPlan == null || !List.of("yes", "no").contains(ehcPlan)) {
            typed.problem("ehcPlan", "Select yes if the learner has an education, health and care plan");
        }
        if (careLeaver != null && !careLeaver.isBlank() && !List.of("yes", "no").contains(careLeaver)) {
            typed.problem("careLeaver", "Select yes or no for whether the learner is a care leaver, or leave it");
        }
        return new RuleQuestion(standard,
                typed.date("startDate", "Start date", startDay, startMonth, startYear),
                typed.date("plannedEndDate", "Planned end date", endDay, endMonth, endYear),
                typed.number("weeklyHours", "Weekly hours must be a number, like 37.5", weeklyHours),
                typed.date("dateOfBirth", "Date of birth", birthDay, birthMonth, birthYear),
                typed.number("rplHours", "Prior learning hours must be a number, like 0 or 120", rplHours),
                "yes".equals(ehcPlan), careLeaver == null || careLeaver.isBlank() ? null : "yes".equals(careLeaver));
    }
}
