package waypoint.shared.calendar.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

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

    CalendarAdminController(BankHolidayUploads uploads, WorkingCalendar calendar, Clock clock) {
        this.uploads = uploads;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The page's query: the year to list, and the calculator's date and number of working days. */
    record CalendarPageQuery(String year, String from, String add) {
    }

    record Calculation(LocalDate from, int days, LocalDate answer) {
    }

    @GetMapping
    String page(@ModelAttribute("query") CalendarPageQuery query, BindingResult result, Model model) {
        CalendarSource source = uploads.currentSource();
        CalendarQuestions questions = new CalendarQuestions();
        int thisYear = LocalDate.now(clock).getYear();
        Integer chosen = query.year() == null || query.year().isBlank() ? Integer.valueOf(thisYear)
                : questions.year("year", query.year());
        int year = chosen == null ? thisYear : chosen;
        if (query.from() != null || query.add() != null) {
            LocalDate from = questions.date("from", "the date to count from", query.from());
            Integer days = questions.days("add", query.add());
            if (from != null && days != null) {
                model.addAttribute("calculation", new Calculation(from, days, calendar.addWorkingDays(from, days)));
            }
        }
        questions.errors().forEach((field, message) -> result.rejectValue(field, "invalid", message));
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
