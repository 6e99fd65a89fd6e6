package waypoint.organisation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.organisation.LearnerId;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.identity.CurrentUser;
import waypoint.organisation.ApprenticeshipRecording;
import waypoint.organisation.LearnerScope;
import waypoint.organisation.Learners;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.employer.EmployerService;
import waypoint.organisation.internal.learner.LearnerQueries;
import waypoint.organisation.internal.learner.LearnerService;
import waypoint.organisation.internal.learner.LearnerView;
import waypoint.organisation.internal.learner.DeclarationService;
import waypoint.organisation.internal.learner.IlrDetailsService;
import waypoint.organisation.internal.staff.StaffService;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.Choice;
import waypoint.organisation.EmployerId;
import waypoint.shared.ids.TypedId;

/**
 * Learners: the list (a tutor's caseload, an employer's apprentices, or everyone for provider-wide staff), a
 * learner's record, and the forms administrators add and change learners' own details with.
 */
@Controller
@RequestMapping("/learners")
class LearnerController {

    private final LearnerService learners;
    private final LearnerQueries queries;
    private final DeclarationService declarations;
    private final EmployerService employers;
    private final StaffService staff;
    private final Learners directory;
    private final Optional<ApprenticeshipRecording> recording;
    private final IlrDetailsService ilr;
    private final Validator validator;

    LearnerController(LearnerService learners, LearnerQueries queries, DeclarationService declarations,
            EmployerService employers, StaffService staff, Learners directory,
            Optional<ApprenticeshipRecording> recording, IlrDetailsService ilr, Validator validator) {
        this.validator = validator;
        this.recording = recording;
        this.ilr = ilr;
        this.learners = learners;
        this.queries = queries;
        this.declarations = declarations;
        this.employers = employers;
        this.staff = staff;
        this.directory = directory;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String tutor, Model model) {
        LearnerScope scope = learners.scopeOf(user);
        if (scope.kind() == LearnerScope.Kind.SELF) {
            return "redirect:/learners/" + scope.id();
        }
        ListRequest request = ListRequest.of(q, page, null, sort);
        EmployerId employerId = TypedId.of(Enums.id(employer), EmployerId::new);
        UUID tutorId = Enums.id(tutor);
        model.addAttribute("page", learners.list(user, request, new LearnerQueries.Filter(employerId, tutorId)));
        model.addAttribute("q", request.q());
        model.addAttribute("scope", scope.kind().name());
        model.addAttribute("employerFilter", employerId == null ? null : employers.view(user, employerId));
        model.addAttribute("tutor", tutorId == null ? "" : tutorId.toString());
        model.addAttribute("tutorChoices", scope.kind() == LearnerScope.Kind.EVERYONE ? tutorChoices() : List.of());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("employer", employerId == null ? null : employerId.toString());
        params.put("tutor", tutorId == null ? null : tutorId.toString());
        model.addAttribute("links", new ListLinks("/learners", params, queries.sortOf(request)));
        model.addAttribute("canChange", learners.mayChange(user));
        return "organisation/learners";
    }

    /** "My record", for a learner. */
    @GetMapping("/me")
    String me(CurrentUser user) {
        return directory.findByAccount(user.id()).map(learner -> "redirect:/learners/" + learner.id())
                .orElseThrow(() -> new NotFoundException("Learner"));
    }

    @GetMapping("/{id}")
    String view(CurrentUser user, @PathVariable LearnerId id, Model model) {
        LearnerView learner = learners.view(user, id);
        model.addAttribute("learner", learner);
        // while there is no apprenticeship: what the record said before apprenticeships alone recorded it, if kept
        model.addAttribute("asAdded", learner.hasApprenticeship() ? null : queries.asAdded(id.value()).orElse(null));
        model.addAttribute("canRecordApprenticeship", !learner.hasApprenticeship()
                && recording.map(r -> r.mayRecord(user)).orElse(false));
        model.addAttribute("personal", learners.maySeePersonalDetails(user));
        model.addAttribute("canChange", learners.mayChange(user));
        // the record's history, with the reasons given for corrections, is in the audit trail (administrators)
        model.addAttribute("historyLink", user.has(waypoint.identity.Role.ADMINISTRATOR)
                ? "/admin/audit?recordId=" + id : null);
        model.addAttribute("maySeeDeclarations", declarations.maySee(user, id));
        // what the ILR still needs, for those who may capture it (docs/domain/ilr.md, "The learner's facts")
        model.addAttribute("ilrMissing", ilr.mayChange(user, id) ? ilr.missing(user, id) : null);
        return "organisation/learner";
    }

    /**
     * The learner's own details. Who they work with is not asked here: it comes with their apprenticeship, recorded
     * from the learner's page once they are added (docs/domain/enrolment.md, "Who an apprentice works with").
     */
    @GetMapping("/new")
    String add(CurrentUser user, Model model) {
        Access.require(learners.mayChange(user));
        return form(model, LearnerForm.empty(), null);
    }

    @PostMapping("/new")
    String create(CurrentUser user, @ModelAttribute("form") LearnerForm form, BindingResult result, Model model) {
        Access.require(learners.mayChange(user));
        try {
            if (FormChecks.check(validator, result)) {
                LearnerId id = learners.create(user, form.details());
                return "redirect:/learners/" + id + "?saved";
            }
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid, LearnerForm.ALIASES);
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser user, @PathVariable LearnerId id, Model model) {
        Access.require(learners.mayChange(user));
        LearnerView learner = learners.view(user, id);
        return form(model, LearnerForm.of(learner), learner);
    }

    @PostMapping("/{id}/edit")
    String change(CurrentUser user, @PathVariable LearnerId id, @ModelAttribute("form") LearnerForm form,
            BindingResult result, Model model) {
        Access.require(learners.mayChange(user));
        try {
            if (FormChecks.check(validator, result)) {
                learners.change(user, id, form.details(), form.reason());
                return "redirect:/learners/" + id + "?saved";
            }
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid, LearnerForm.ALIASES);
        }
        return form(model, form, learners.view(user, id));
    }

    private String form(Model model, LearnerForm form, LearnerView learner) {
        model.addAttribute("form", form);
        model.addAttribute("learner", learner);
        return "organisation/learner-form";
    }

    private List<Choice> tutorChoices() {
        return staff.tutors().stream().map(t -> new Choice(t.id().toString(), t.name())).toList();
    }
}
