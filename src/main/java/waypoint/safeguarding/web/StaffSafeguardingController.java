package waypoint.safeguarding.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

import waypoint.identity.CurrentUser;
import waypoint.safeguarding.internal.StaffSafeguarding;
import waypoint.safeguarding.internal.StaffSafeguarding.StaffRecord;
import waypoint.safeguarding.internal.StaffSafeguarding.StaffDates;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/** Staff safeguarding records: every staff member's training and DBS check, soonest expiry first, and a form for each. */
@Controller
@RequestMapping("/safeguarding/staff")
class StaffSafeguardingController {

    private final StaffSafeguarding staff;
    private final Clock clock;

    StaffSafeguardingController(StaffSafeguarding staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", staff.list(user, page == null ? 0 : page));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("warnUntil", LocalDate.now(clock).plusDays(StaffSafeguarding.WARNING_DAYS));
        return "safeguarding/staff-list";
    }

    @GetMapping("/{id}")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        StaffRecord record = staff.find(user, id);
        model.addAttribute("member", record);
        model.addAttribute("form", new StaffRecordForm(DateText.typed(record.trainingOn()),
                DateText.typed(record.dbsCheckedOn()), DateText.typed(record.dbsExpiresOn()),
                record.version() == null ? 0 : record.version()));
        return "safeguarding/staff-form";
    }

    @PostMapping("/{id}")
    String change(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") StaffRecordForm form,
            BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("member", staff.find(user, id));
            return "safeguarding/staff-form";
        }
        try {
            staff.change(user, id, form.dates());
            return "redirect:/safeguarding/staff?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
        } catch (OptimisticLockingFailureException conflict) {
            result.reject("conflict", conflict.getMessage());
            StaffRecord now = staff.find(user, id);
            model.addAttribute("currentVersion", now.version() == null ? 0 : now.version());
        }
        model.addAttribute("member", staff.find(user, id));
        return "safeguarding/staff-form";
    }

    /** The staff record form: dates as typed, each of which may be left out. */
    record StaffRecordForm(
            @TypedDate(message = "Enter the safeguarding training date as a real date, like 27/3/2026") String trainingOn,
            @TypedDate(message = "Enter the DBS check date as a real date, like 27/3/2026") String dbsCheckedOn,
            @TypedDate(message = "Enter the DBS expiry date as a real date, like 27/3/2026") String dbsExpiresOn,
            Integer version) {

        StaffDates dates() {
            return new StaffDates(date(trainingOn), date(dbsCheckedOn), date(dbsExpiresOn), version);
        }

        private static LocalDate date(String typed) {
            return DateText.parse(typed).orElse(null);
        }
    }
}
