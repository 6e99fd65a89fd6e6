package waypoint.enrolment.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;

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
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.WithdrawalReason;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipView;
import waypoint.enrolment.internal.apprenticeship.CaseloadFilter;
import waypoint.enrolment.internal.apprenticeship.Choices;
import waypoint.enrolment.internal.apprenticeship.Transition;
import waypoint.enrolment.internal.apprenticeship.LifecycleTable;
import waypoint.enrolment.internal.apprenticeship.TransitionRefusedException;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.Choice;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.organisation.EmployerId;

/**
 * The caseload (a list of apprenticeships, filtered, sorted and paged within what the person may see), an
 * apprenticeship's page with its timeline, and the forms of its lifecycle actions.
 */
@Controller
@RequestMapping("/apprenticeships")
class ApprenticeshipController {

    /** The lifecycle's field names as the action form names them (its dates' day boxes). */
    private static final Map<String, String> ALIASES = Map.of("effectiveDate", "effectiveDay", "expectedReturnDate",
            "expectedReturnDay");

    private final ApprenticeshipQueries queries;
    private final ApprenticeshipService service;
    private final ApprenticeshipLifecycle lifecycle;
    private final ApprenticeshipAccess access;
    private final Choices choices;
    private final Standards standards;
    private final List<waypoint.enrolment.ApprenticeshipSection> sections;
    private final waypoint.enrolment.internal.payment.PaymentPlans paymentPlans;
    private final Validator validator;

    ApprenticeshipController(ApprenticeshipQueries queries, ApprenticeshipService service,
            ApprenticeshipLifecycle lifecycle, ApprenticeshipAccess access, Choices choices, Standards standards,
            List<waypoint.enrolment.ApprenticeshipSection> sections,
            waypoint.enrolment.internal.payment.PaymentPlans paymentPlans, Validator validator) {
        this.paymentPlans = paymentPlans;
        this.validator = validator;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(waypoint.enrolment.ApprenticeshipSection::order)).toList();
        this.queries = queries;
        this.service = service;
        this.lifecycle = lifecycle;
        this.access = access;
        this.choices = choices;
        this.standards = standards;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status, @RequestParam(required = false) String tutor,
            @RequestParam(required = false) String employer, @RequestParam(required = false) String standard,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        ApprenticeshipStatus statusFilter = Arrays.stream(ApprenticeshipStatus.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
        CaseloadFilter filter = new CaseloadFilter(q, statusFilter, ActionForm.id(tutor), ActionForm.id(employer),
                standard, sort, page == null ? 0 : page, 0);
        ApprenticeshipScope scope = access.scopeOf(user);
        model.addAttribute("page", queries.list(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("scope", scope.kind().name());
        model.addAttribute("statuses", Arrays.stream(ApprenticeshipStatus.values())
                .map(s -> new Choice(s.name(), s.words())).toList());
        boolean everyone = scope.kind() == ApprenticeshipScope.Kind.EVERYONE;
        model.addAttribute("tutors", everyone ? options(choices.tutors()) : List.of());
        model.addAttribute("employers", everyone || scope.kind() == ApprenticeshipScope.Kind.STAFF
                ? options(choices.employers()) : List.of());
        model.addAttribute("standards", standards.latestSummaries().stream()
                .map(s -> new Choice(s.referenceNumber(), s.referenceNumber() + " " + s.title())).toList());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", filter.q());
        params.put("status", statusFilter == null ? null : statusFilter.name());
        params.put("tutor", filter.tutorId() == null ? null : filter.tutorId().toString());
        params.put("employer", filter.employerId() == null ? null : filter.employerId().toString());
        params.put("standard", filter.standardReference());
        model.addAttribute("links", new SortLinks("/apprenticeships", params, filter.sortKey(), filter.descending()));
        model.addAttribute("mayCreate", service.mayCreate(user));
        model.addAttribute("mayImport", service.mayImport(user));
        return "enrolment/apprenticeships";
    }

    @GetMapping("/{id}")
    String view(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        ApprenticeshipView view = queries.view(user, id);
        model.addAttribute("a", view);
        // the ILR needs an employment status that applies on the start date (docs/domain/ilr.md, "Employment status")
        var employment = lifecycle.employment(user, id);
        model.addAttribute("employment", employment);
        model.addAttribute("canRecordEmployment", lifecycle.mayRecordEmployment(user, id));
        model.addAttribute("prices", lifecycle.prices(user, id));
        model.addAttribute("canChangePrice", lifecycle.mayChangePrice(user, id));
        model.addAttribute("paymentPlan", paymentPlans.plan(user, id));
        model.addAttribute("employmentMissing", view.summary().startDate() != null && employment.stream()
                .noneMatch(e -> !e.appliesFrom().isAfter(view.summary().startDate())));
        model.addAttribute("sections", sections.stream().filter(section -> section.shownTo(user))
                .map(section -> new waypoint.enrolment.ApprenticeshipSection.Link(section.label(),
                        section.path(id)))
                .toList());
        return "enrolment/apprenticeship";
    }

    @GetMapping("/{id}/{action:break|return|withdraw|change-employer|change-line-manager|record-gateway|end-point-assessment|complete}")
    String actionForm(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String action, Model model) {
        ApprenticeshipView view = queries.view(user, id);
        if (!access.canManage(user, id)) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to change");
        }
        model.addAttribute("form", ActionForm.at(view.version()));
        return actionPage(view, action, model);
    }

    @PostMapping("/{id}/{action:break|return|withdraw|change-employer|change-line-manager|record-gateway|end-point-assessment|complete}")
    String act(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String action,
            @ModelAttribute("form") ActionForm form, BindingResult result, Model model) {
        Transition transition = transition(action);
        queries.view(user, id); // who may not see it is told it does not exist
        if (!access.canManage(user, id)) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to change");
        }
        try {
            if (madeElsewhere(transition) || FormChecks.check(validator, result, ActionForm.asks(transition))) {
                perform(user, id, transition, form);
                return "redirect:/apprenticeships/" + id + "?changed=" + action;
            }
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid, ALIASES);
        } catch (TransitionRefusedException refused) {
            result.reject("refused", refused.getMessage());
        } catch (OptimisticLockingFailureException meanwhile) {
            result.reject("changed", "Someone else changed this apprenticeship while you were on this page: check"
                    + " its timeline below, then send your change again if it is still right");
            ApprenticeshipView now = queries.view(user, id);
            // replacing the form would drop its errors: the page sends the version it now shows instead
            model.addAttribute("currentVersion", now.version());
            return actionPage(now, action, model);
        }
        return actionPage(queries.view(user, id), action, model);
    }

    /** The gateway, end-point assessment and completion are recorded by the EPA record, not on this form. */
    private static boolean madeElsewhere(Transition transition) {
        return transition == Transition.GATEWAY || transition == Transition.END_POINT_ASSESSMENT
                || transition == Transition.COMPLETE;
    }

    /** The form once checked, as the lifecycle takes it. */
    private void perform(CurrentUser user, ApprenticeshipId id, Transition transition, ActionForm form) {
        switch (transition) {
            case BREAK -> lifecycle.takeBreak(user, id, form.breakRequest());
            case RETURN -> lifecycle.returnFromBreak(user, id, form.effectiveDate(), form.reason(), form.version());
            case WITHDRAW -> lifecycle.withdraw(user, id, form.effectiveDate(), form.withdrawalReason(),
                    form.reason(), form.version());
            case CHANGE_EMPLOYER -> lifecycle.changeEmployer(user, id, new EmployerId(form.employerId()),
                    form.lineManagerId(), form.effectiveDate(), form.reason(), form.version());
            case CHANGE_LINE_MANAGER -> lifecycle.changeLineManager(user, id, form.lineManagerId(),
                    form.effectiveDate(), form.reason(), form.version());
            case GATEWAY, END_POINT_ASSESSMENT, COMPLETE -> throw LifecycleTable.madeByTheEpaRecord(transition);
            default -> throw new NotFoundException("Action");
        }
    }

    private String actionPage(ApprenticeshipView view, String action, Model model) {
        Transition transition = transition(action);
        model.addAttribute("a", view);
        model.addAttribute("action", action);
        model.addAttribute("transition", transition);
        model.addAttribute("allowed", view.actions().contains(transition));
        if (transition == Transition.WITHDRAW) {
            model.addAttribute("withdrawalReasons", Arrays.stream(WithdrawalReason.values())
                    .map(r -> new Choice(r.name(), r.words() + " (ILR " + r.ilrCode() + ")")).toList());
        }
        if (transition == Transition.CHANGE_EMPLOYER) {
            model.addAttribute("employers", options(choices.employers()));
            model.addAttribute("lineManagers", choices.employers().stream().flatMap(employer -> choices
                    .contactsOf(UUID.fromString(employer.value())).stream()
                    .map(contact -> new Choice(contact.value(), contact.text() + " (" + employer.text() + ")")))
                    .toList());
        }
        if (transition == Transition.CHANGE_LINE_MANAGER) {
            // the contacts of the employer the apprentice works for now, the current line manager left out
            model.addAttribute("lineManagers", choices.contactsOf(view.summary().employerId().value()).stream()
                    .filter(contact -> !contact.value().equals(String.valueOf(view.summary().lineManagerId())))
                    .map(contact -> new Choice(contact.value(), contact.text())).toList());
        }
        return "enrolment/apprenticeship-action";
    }

    static Transition transition(String action) {
        return Arrays.stream(Transition.values()).filter(t -> slug(t).equals(action)).findFirst()
                .orElseThrow(() -> new NotFoundException("Action"));
    }

    /** The action's path; the gateway's is {@code record-gateway}, since {@code /gateway} is the gateway checklist. */
    static String slug(Transition transition) {
        return transition == Transition.GATEWAY ? "record-gateway" : transition.name().toLowerCase().replace('_', '-');
    }

    private static List<Choice> options(List<Choices.Option> found) {
        return found.stream().map(o -> new Choice(o.value(), o.text())).toList();
    }

    /** The list's address with its filters, for pagination and for each sortable column's header. */
    record SortLinks(String path, Map<String, String> params, String key, boolean descending) {

        public String url() {
            return build(descending ? "-" + key : key);
        }

        public String sortUrl(String column) {
            return build(column.equals(key) && !descending ? "-" + column : column);
        }

        public String ariaSort(String column) {
            return !column.equals(key) ? "none" : descending ? "descending" : "ascending";
        }

        private String build(String sortParameter) {
            UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
            params.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    builder.queryParam(name, value);
                }
            });
            return builder.queryParam("sort", sortParameter).encode().build().toUriString();
        }
    }
}
