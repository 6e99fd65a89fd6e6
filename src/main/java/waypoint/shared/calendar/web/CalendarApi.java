package waypoint.shared.calendar.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validator;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.shared.calendar.BankHoliday;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.calendar.web.CalendarQuestions.BetweenQuery;
import waypoint.shared.calendar.web.CalendarQuestions.WorkingDaysQuery;
import waypoint.shared.calendar.web.CalendarQuestions.YearQuery;
import waypoint.shared.web.FormChecks;

/** The working-day questions, for anyone signed in (deadlines are everyone's business). */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar")
class CalendarApi {

    private final WorkingCalendar calendar;
    private final Validator validator;

    CalendarApi(WorkingCalendar calendar, Validator validator) {
        this.calendar = calendar;
        this.validator = validator;
    }

    record WorkingDayAnswer(LocalDate date) {
    }

    record WorkingDaysBetweenAnswer(LocalDate from, LocalDate to, int workingDays) {
    }

    record BankHolidaysAnswer(int year, List<BankHoliday> bankHolidays) {
    }

    @GetMapping("/working-days")
    @Operation(summary = "The date N working days after a date",
            description = "Day 1 is the first working day (Monday to Friday, not an England and Wales bank holiday) "
                    + "after 'from'; add is 0 to 1000.")
    WorkingDayAnswer workingDays(@ParameterObject WorkingDaysQuery query) {
        FormChecks.require(validator, query);
        return new WorkingDayAnswer(calendar.addWorkingDays(query.start(), query.days()));
    }

    @GetMapping("/working-days-between")
    @Operation(summary = "How many working days fall after 'from' up to and including 'to'")
    WorkingDaysBetweenAnswer workingDaysBetween(@ParameterObject BetweenQuery query) {
        FormChecks.require(validator, query);
        LocalDate start = query.start();
        LocalDate end = query.end();
        return new WorkingDaysBetweenAnswer(start, end, calendar.workingDaysBetween(start, end));
    }

    @GetMapping("/bank-holidays")
    @Operation(summary = "The England and Wales bank holidays of a year",
            description = "Holidays of years no gov.uk file covers are computed and have estimated = true.")
    BankHolidaysAnswer bankHolidays(@ParameterObject YearQuery query) {
        FormChecks.require(validator, query);
        return new BankHolidaysAnswer(query.chosen(), calendar.bankHolidaysIn(query.chosen()));
    }
}
