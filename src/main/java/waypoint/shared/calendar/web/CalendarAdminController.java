package waypoint.shared.calendar.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.shared.calendar.BankHolidayUploads;
import waypoint.shared.calendar.CalendarSource;
import waypoint.shared.calendar.InvalidBankHolidaysFileException;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.calendar.web.CalendarQuestions.CalendarPageQuery;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/**
 * The administrator's calendar page: the bank holidays in use and where they come from, a year's holidays, the upload
 * of a newer gov.uk file, and a working-days calculator. {@link BankHolidayUploads} refuses anyone but an
 * administrator, before anything is shown or stored.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    private static final String VIEW = "shared/calendar";

    private final BankHolidayUploads uploads;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Validator validator;

    CalendarAdminController(BankHolidayUploads uploads, WorkingCalendar calendar, Clock clock, Validator validator) {
        this.uploads = uploads;
        this.calendar = calendar;
        this.clock = clock;
        this.validator = validator;
    }

    record Calculation(LocalDate from, int days, LocalDate answer) {
    }

    @GetMapping
    String page(@ModelAttribute("query") CalendarPageQuery query, BindingResult result, Model model) {
        CalendarSource source = uploads.currentSource();
        int thisYear = LocalDate.now(clock).getYear();
        FormChecks.check(validator, result,
                query.calculating() ? new Class<?>[] {CalendarPageQuery.Calculating.class} : new Class<?>[0]);
        int year = result.hasFieldErrors("year") || query.year() == null || query.year().isBlank() ? thisYear
                : Integer.parseInt(query.year().strip());
        if (query.calculating() && !result.hasFieldErrors("from") && !result.hasFieldErrors("add")) {
            try {
                LocalDate from = query.start();
                int days = query.days();
                model.addAttribute("calculation", new Calculation(from, days, calendar.addWorkingDays(from, days)));
            } catch (FieldValidationException outside) {
                FormErrors.reject(result, outside);
            }
        }
        model.addAttribute("source", source);
        model.addAttribute("uploadedAt", source.isShipped() ? null : source.uploadedAt().atZone(clock.getZone()));
        model.addAttribute("year", year);
        model.addAttribute("holidays", calendar.bankHolidaysIn(year));
        return VIEW;
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        String error;
        boolean noneChosen = file == null
                || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
        if (noneChosen) {
            error = "Select a bank holidays file";
        } else {
            try {
                CalendarSource source = uploads.upload(file.getOriginalFilename(), file.getBytes());
                redirect.addFlashAttribute("uploaded", source);
                return "redirect:/admin/calendar";
            } catch (InvalidBankHolidaysFileException e) {
                error = e.getMessage();
            }
        }
        model.addAttribute("uploadError", error);
        CalendarPageQuery empty = new CalendarPageQuery(null, null, null);
        BindingResult noErrors = new BeanPropertyBindingResult(empty, "query");
        model.addAttribute("query", empty);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "query", noErrors);
        return page(empty, noErrors, model);
    }
}
