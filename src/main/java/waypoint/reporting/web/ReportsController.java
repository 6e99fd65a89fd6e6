package waypoint.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.EqualityReport;

/** The provider's reports that read across modules. */
@Controller
class ReportsController {

    private final EqualityReport equality;

    ReportsController(EqualityReport equality) {
        this.equality = equality;
    }

    @GetMapping("/reports/equality")
    String equality(CurrentUser user, Model model) {
        model.addAttribute("sections", equality.report(user));
        model.addAttribute("threshold", EqualityReport.SUPPRESS_UNDER);
        return "reporting/equality";
    }

    /** Where the report was before it moved here: a bookmark still finds it. */
    @GetMapping("/safeguarding/equality")
    String equalityWhereItWas() {
        return "redirect:/reports/equality";
    }
}
