package waypoint.organisation.web;

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
import waypoint.organisation.ContactDetails;
import waypoint.organisation.Funding;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.employer.ContactService;
import waypoint.organisation.internal.employer.ContactView;
import waypoint.organisation.internal.employer.EmployerQueries;
import waypoint.organisation.internal.employer.EmployerService;
import waypoint.organisation.internal.employer.EmployerView;
import waypoint.shared.web.FieldValidationException;
import waypoint.organisation.EmployerId;

/** Employers and their contacts: a searchable list, a record page, and forms for administrators. */
@Controller
@RequestMapping("/employers")
class EmployerController {

    private final EmployerService employers;
    private final ContactService contacts;
    private final EmployerQueries queries;

    EmployerController(EmployerService employers, ContactService contacts, EmployerQueries queries) {
        this.employers = employers;
        this.contacts = contacts;
        this.queries = queries;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        ListRequest request = ListRequest.of(q, page, null, sort);
        model.addAttribute("page", employers.list(user, request));
        model.addAttribute("q", request.q());
        model.addAttribute("links", new ListLinks("/employers", Map.of("q", q == null ? "" : q), queries.sortOf(request)));
        model.addAttribute("canChange", employers.mayChange(user));
        return "organisation/employers";
    }

    @GetMapping("/new")
    String add(CurrentUser user, Model model) {
        Access.require(employers.mayChange(user));
        return form(model, EmployerForm.empty(), null);
    }

    @PostMapping("/new")
    String create(CurrentUser user, @ModelAttribute("form") EmployerForm form, BindingResult result, Model model) {
        try {
            EmployerId id = employers.create(user, form.details());
            return "redirect:/employers/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String view(CurrentUser user, @PathVariable EmployerId id, Model model) {
        model.addAttribute("employer", employers.view(user, id));
        model.addAttribute("canChange", employers.mayChange(user));
        model.addAttribute("canChangeReference", employers.mayChangeReferenceNumber(user));
        return "organisation/employer";
    }

    /** The employer reference number as typed, on a page of its own for the data officer. */
    record ReferenceForm(String employerReferenceNumber) {
    }

    @GetMapping("/{id}/reference-number")
    String reference(CurrentUser user, @PathVariable EmployerId id, Model model) {
        Access.require(employers.mayChangeReferenceNumber(user));
        EmployerView employer = employers.view(user, id);
        model.addAttribute("employer", employer);
        model.addAttribute("form", new ReferenceForm(employer.employerReferenceNumber()));
        return "organisation/employer-reference-number";
    }

    @PostMapping("/{id}/reference-number")
    String changeReference(CurrentUser user, @PathVariable EmployerId id, @ModelAttribute("form") ReferenceForm form,
            BindingResult result, Model model) {
        try {
            employers.changeReferenceNumber(user, id, form.employerReferenceNumber());
            return "redirect:/employers/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            model.addAttribute("employer", employers.view(user, id));
            return "organisation/employer-reference-number";
        }
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser user, @PathVariable EmployerId id, Model model) {
        Access.require(employers.mayChange(user));
        EmployerView employer = employers.view(user, id);
        return form(model, EmployerForm.of(employer), employer);
    }

    @PostMapping("/{id}/edit")
    String change(CurrentUser user, @PathVariable EmployerId id, @ModelAttribute("form") EmployerForm form,
            BindingResult result, Model model) {
        try {
            employers.change(user, id, form.details());
            return "redirect:/employers/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(model, form, employers.view(user, id));
        }
    }

    @GetMapping("/{id}/contacts/new")
    String addContact(CurrentUser user, @PathVariable EmployerId id, Model model) {
        Access.require(employers.mayChange(user));
        return contactForm(model, new ContactDetails(null, null, null), employers.view(user, id), null);
    }

    @PostMapping("/{id}/contacts/new")
    String createContact(CurrentUser user, @PathVariable EmployerId id, @ModelAttribute("form") ContactDetails form,
            BindingResult result, Model model) {
        try {
            contacts.add(user, id, form);
            return "redirect:/employers/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return contactForm(model, form, employers.view(user, id), null);
        }
    }

    @GetMapping("/{id}/contacts/{contactId}/edit")
    String editContact(CurrentUser user, @PathVariable EmployerId id, @PathVariable UUID contactId, Model model) {
        Access.require(employers.mayChange(user));
        ContactView contact = contacts.view(user, id, contactId);
        return contactForm(model, new ContactDetails(contact.name(), contact.email(), contact.phone()),
                employers.view(user, id), contact);
    }

    @PostMapping("/{id}/contacts/{contactId}/edit")
    String changeContact(CurrentUser user, @PathVariable EmployerId id, @PathVariable UUID contactId,
            @ModelAttribute("form") ContactDetails form, BindingResult result, Model model) {
        try {
            contacts.change(user, id, contactId, form);
            return "redirect:/employers/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return contactForm(model, form, employers.view(user, id), contacts.view(user, id, contactId));
        }
    }

    private String form(Model model, EmployerForm form, EmployerView employer) {
        model.addAttribute("form", form);
        model.addAttribute("employer", employer);
        model.addAttribute("fundingChoices", Enums.choices(Funding.class, Funding::label));
        return "organisation/employer-form";
    }

    private String contactForm(Model model, ContactDetails form, EmployerView employer, ContactView contact) {
        model.addAttribute("form", form);
        model.addAttribute("employer", employer);
        model.addAttribute("contact", contact);
        return "organisation/contact-form";
    }
}
