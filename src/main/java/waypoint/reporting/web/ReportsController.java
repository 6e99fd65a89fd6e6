package waypoint.reporting.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.EqualityReport;

/** The provider's reports that read across modules. */
@Controller
class ReportsController {

    private final EqualityReport equality;

    ReportsController(EqualityReport equality) {
        this.equality = equality;
    }

    /**
     * The equality report as kept, saying when it was worked out; a warning, never counts, before it ever was; and,
     * while it is being worked out again, since when.
     */
    @GetMapping("/reports/equality")
    String equality(CurrentUser user, Model model) {
        EqualityReport.Kept kept = equality.report(user).orElse(null);
        model.addAttribute("kept", kept);
        model.addAttribute("sections", kept == null ? List.of() : kept.sections());
        model.addAllAttributes(equality.standing().attributes());
        model.addAttribute("threshold", EqualityReport.SUPPRESS_UNDER);
        return "reporting/equality";
    }

    /**
     * "Work out the report again now": worked out in the background and the page says so at once; while one is under
     * way nothing more is started.
     */
    @PostMapping("/reports/equality")
    String workOutEquality(CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute(equality.workOutNow(user).flash(), true);
        return "redirect:/reports/equality";
    }

    /** Where the report was before it moved here: a bookmark still finds it. */
    @GetMapping("/safeguarding/equality")
    String equalityWhereItWas() {
        return "redirect:/reports/equality";
    }
}
