package waypoint.safeguarding.web;

import java.util.UUID;

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
import waypoint.safeguarding.internal.StaffSafeguarding.StaffRecordForm;
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
        model.addAttribute("form", new StaffRecordForm(text(record.trainingOn()), text(record.dbsCheckedOn()),
                text(record.dbsExpiresOn()), record.version() == null ? 0 : record.version()));
        return "safeguarding/staff-form";
    }

    @PostMapping("/{id}")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") StaffRecordForm form,
            BindingResult result, Model model) {
        try {
            staff.change(user, id, form);
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

    private static String text(LocalDate date) {
        return date == null ? null : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
