package waypoint.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.shared.web.FormErrors;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.JobTitles;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.staff.StaffService;
import waypoint.organisation.internal.staff.StaffView;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.Choice;

/** The provider's staff: a searchable list (filtered by role), a record page, and forms for administrators. */
@Controller
@RequestMapping("/staff")
class StaffController {

    private final StaffService staff;
    private final JobTitles jobTitles;

    StaffController(StaffService staff, JobTitles jobTitles) {
        this.staff = staff;
        this.jobTitles = jobTitles;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String role, Model model) {
        ListRequest request = ListRequest.of(q, page, null, sort);
        Role filter = Enums.parse(Role.class, role);
        model.addAttribute("page", staff.list(user, request, filter != null && filter.isStaff() ? filter : null));
        model.addAttribute("q", request.q());
        model.addAttribute("role", filter == null ? "" : filter.name());
        model.addAttribute("roleChoices", roleChoices());
        model.addAttribute("links", new ListLinks("/staff",
                Map.of("q", q == null ? "" : q, "role", filter == null ? "" : filter.name()), staff.sortOf(request)));
        model.addAttribute("canChange", staff.mayChange(user));
        return "organisation/staff-list";
    }

    @GetMapping("/new")
    String add(CurrentUser user, Model model) {
        Access.require(staff.mayChange(user));
        return form(model, StaffForm.empty(), null);
    }

    @PostMapping("/new")
    String create(CurrentUser user, @ModelAttribute("form") StaffForm form, BindingResult result, Model model) {
        try {
            return "redirect:/staff/" + staff.create(user, form.details()) + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String view(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("member", staff.view(user, id));
        model.addAttribute("canChange", staff.mayChange(user));
        return "organisation/staff";
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        Access.require(staff.mayChange(user));
        StaffView member = staff.view(user, id);
        return form(model, StaffForm.of(member), member);
    }

    @PostMapping("/{id}/edit")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") StaffForm form,
            BindingResult result, Model model) {
        try {
            staff.change(user, id, form.details());
            return "redirect:/staff/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(model, form, staff.view(user, id));
        }
    }

    private String form(Model model, StaffForm form, StaffView member) {
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        model.addAttribute("roleChoices", roleChoices());
        return "organisation/staff-form";
    }

    /** The staff roles, named with the provider's job titles. */
    private List<Choice> roleChoices() {
        JobTitles.Titles titles = jobTitles.current();
        return ProviderController.STAFF_ROLES.stream().map(r -> new Choice(r.name(), titles.of(r))).toList();
    }
}
