package waypoint.shared.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.shared.calendar.BankHoliday;
import waypoint.shared.calendar.WorkingCalendar;

/** The working-day questions, for anyone signed in (deadlines are everyone's business). */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar")
class CalendarApi {

    private final WorkingCalendar calendar;

    CalendarApi(WorkingCalendar calendar) {
        this.calendar = calendar;
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
    WorkingDayAnswer workingDays(@RequestParam(required = false) String from, @RequestParam(required = false) String add) {
        CalendarQuestions questions = new CalendarQuestions();
        LocalDate start = questions.date("from", "the from date", from);
        Integer days = questions.days("add", add);
        questions.check();
        return new WorkingDayAnswer(calendar.addWorkingDays(start, days));
    }

    @GetMapping("/working-days-between")
    @Operation(summary = "How many working days fall after 'from' up to and including 'to'")
    WorkingDaysBetweenAnswer workingDaysBetween(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        CalendarQuestions questions = new CalendarQuestions();
        LocalDate start = questions.date("from", "the from date", from);
        LocalDate end = questions.date("to", "the to date", to);
        if (start != null && end != null && end.isBefore(start)) {
            questions.reject("to", "The to date must be the same as or after the from date");
        }
        questions.check();
        return new WorkingDaysBetweenAnswer(start, end, calendar.workingDaysBetween(start, end));
    }

    @GetMapping("/bank-holidays")
    @Operation(summary = "The England and Wales bank holidays of a year",
            description = "Holidays of years no gov.uk file covers are computed and have estimated = true.")
    BankHolidaysAnswer bankHolidays(@RequestParam(required = false) String year) {
        CalendarQuestions questions = new CalendarQuestions();
        Integer chosen = questions.year("year", year);
        questions.check();
        return new BankHolidaysAnswer(chosen, calendar.bankHolidaysIn(chosen));
    }
}
