package waypoint.enrolment.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipAccess;
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
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.Choice;

/**
 * The caseload (a list of apprenticeships, filtered, sorted and paged within what the person may see), an
 * apprenticeship's page with its timeline, and the forms of its lifecycle actions.
 */
@Controller
@RequestMapping("/apprenticeships")
class ApprenticeshipController {

    private final ApprenticeshipQueries queries;
    private final ApprenticeshipService service;
    private final ApprenticeshipLifecycle lifecycle;
    private final ApprenticeshipAccess access;
    private final Choices choices;
    private final Standards standards;
    private final List<waypoint.enrolment.ApprenticeshipSection> sections;
    private final waypoint.enrolment.internal.payment.PaymentPlans paymentPlans;

    ApprenticeshipController(ApprenticeshipQueries queries, ApprenticeshipService service,
            ApprenticeshipLifecycle lifecycle, ApprenticeshipAccess access, Choices choices, Standards standards,
            List<waypoint.enrolment.ApprenticeshipSection> sections,
            waypoint.enrolment.internal.payment.PaymentPlans paymentPlans) {
        this.paymentPlans = paymentPlans;
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
    String view(CurrentUser user, @PathVariable UUID id, Model model) {
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
                .map(section -> new waypoint.enrolment.ApprenticeshipSection.Link(section.label(), section.path(id)))
                .toList());
        return "enrolment/apprenticeship";
    }

    @GetMapping("/{id}/{action:break|return|withdraw|change-employer|record-gateway|end-point-assessment|complete}")
    String actionForm(CurrentUser user, @PathVariable UUID id, @PathVariable String action, Model model) {
        ApprenticeshipView view = queries.view(user, id);
        if (!access.canManage(user, id)) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to change");
        }
        model.addAttribute("form", ActionForm.at(view.version()));
        return actionPage(view, action, model);
    }

    @PostMapping("/{id}/{action:break|return|withdraw|change-employer|record-gateway|end-point-assessment|complete}")
    String act(CurrentUser user, @PathVariable UUID id, @PathVariable String action,
            @ModelAttribute("form") ActionForm form, BindingResult result, Model model) {
        TypedAnswers typed = new TypedAnswers();
        try {
            typed.answer(() -> {
                perform(user, id, transition(action), form, typed);
                return true;
            });
            return "redirect:/apprenticeships/" + id + "?changed=" + action;
        } catch (FieldValidationException invalid) {
            reject(result, invalid);
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

    private void perform(CurrentUser user, UUID id, Transition transition, ActionForm form, TypedAnswers typed) {
        var date = typed.date("effectiveDate", "The date", form.effectiveDay(), form.effectiveMonth(),
                form.effectiveYear());
        switch (transition) {
            case BREAK -> lifecycle.takeBreak(user, id, new ApprenticeshipLifecycle.BreakRequest(date,
                    typed.date("expectedReturnDate", "The expected return date", form.expectedReturnDay(),
                            form.expectedReturnMonth(), form.expectedReturnYear()),
                    "yes".equals(form.employerAgreed()), "yes".equals(form.employmentEnded()), form.reason(),
                    form.version(), "yes".equals(form.unapproveHours())));
            case RETURN -> lifecycle.returnFromBreak(user, id, date, form.reason(), form.version());
            case WITHDRAW -> lifecycle.withdraw(user, id, date, withdrawalReason(form.withdrawalReason()),
                    form.reason(), form.version());
            case CHANGE_EMPLOYER -> lifecycle.changeEmployer(user, id, ActionForm.id(form.employerId()),
                    ActionForm.id(form.lineManagerId()), date, form.reason(), form.version());
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

    private static WithdrawalReason withdrawalReason(String text) {
        return Arrays.stream(WithdrawalReason.values()).filter(r -> r.name().equals(text)).findFirst().orElse(null);
    }

    private static List<Choice> options(List<Choices.Option> found) {
        return found.stream().map(o -> new Choice(o.value(), o.text())).toList();
    }

    /** The service's field names as this form names them, in the order the form asks. */
    private static void reject(BindingResult result, FieldValidationException invalid) {
        Map<String, String> aliases = Map.of("effectiveDate", "effectiveDay", "expectedReturnDate",
                "expectedReturnDay");
        invalid.errors().entrySet().stream()
                .map(e -> Map.entry(aliases.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(e -> order(e.getKey())))
                .forEach(e -> {
                    if (ActionForm.ORDER.contains(e.getKey())) {
                        result.rejectValue(e.getKey(), "invalid", e.getValue());
                    } else {
                        result.reject("invalid", e.getValue());
                    }
                });
    }

    private static int order(String field) {
        int at = ActionForm.ORDER.indexOf(field);
        return at < 0 ? Integer.MAX_VALUE : at;
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
