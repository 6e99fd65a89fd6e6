package waypoint.admissions.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.admissions.internal.AdmissionBoard;
import waypoint.admissions.internal.AdmissionFigures;
import waypoint.admissions.internal.AdmissionRefused;
import waypoint.admissions.internal.AdmissionState;
import waypoint.admissions.internal.Admissions;
import waypoint.admissions.internal.AdmissionsPolicy;
import waypoint.admissions.internal.AdmissionsStore;
import waypoint.admissions.internal.StaffDirectory;
import waypoint.admissions.internal.TriageAction;
import waypoint.identity.CurrentUser;
import waypoint.organisation.Funding;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.PageOf;
import waypoint.shared.web.Choice;

/**
 * The staff triage board (docs/domain/admissions.md, "Triage"): enquiries and applications a page at a time,
 * filtered by state, course and owner; one with its notes, owner and the steps the table allows; acceptance with
 * the employer's agreement; and the figures with their CSV.
 */
@Controller
class AdmissionsPages {

    private final AdmissionBoard board;
    private final Admissions admissions;
    private final AdmissionsPolicy policy;
    private final AdmissionsStore store;
    private final StaffDirectory staff;
    private final AdmissionFigures figures;

    AdmissionsPages(AdmissionBoard board, Admissions admissions, AdmissionsPolicy policy, AdmissionsStore store,
            StaffDirectory staff, AdmissionFigures figures) {
        this.board = board;
        this.admissions = admissions;
        this.policy = policy;
        this.store = store;
        this.staff = staff;
        this.figures = figures;
    }

    @GetMapping("/admissions")
    String home() {
        return "redirect:/admissions/board";
    }

    @GetMapping("/admissions/board")
    String board(CurrentUser user, @RequestParam(required = false) String state,
            @RequestParam(required = false) String course, @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AdmissionState chosenState = Arrays.stream(AdmissionState.values()).filter(s -> s.name().equals(state))
                .findFirst().orElse(null);
        UUID chosenCourse = uuid(course);
        UUID chosenOwner = uuid(owner);
        PageOf<AdmissionBoard.Row> rows = board.page(user, new AdmissionBoard.Filter(chosenState, chosenCourse,
                chosenOwner), Math.max(0, page), PageOf.DEFAULT_SIZE);
        Map<String, String> query = new LinkedHashMap<>();
        if (chosenState != null) {
            query.put("state", chosenState.name());
        }
        if (chosenCourse != null) {
            query.put("course", chosenCourse.toString());
        }
        if (chosenOwner != null) {
            query.put("owner", chosenOwner.toString());
        }
        StringBuilder base = new StringBuilder("/admissions/board");
        query.forEach((k, v) -> base.append(base.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(v));
        model.addAttribute("rows", rows);
        model.addAttribute("baseUrl", base.toString());
        model.addAttribute("states", AdmissionState.values());
        model.addAttribute("courses", store.courses());
        model.addAttribute("owners", staff.recruiters());
        model.addAttribute("state", chosenState);
        model.addAttribute("course", chosenCourse);
        model.addAttribute("owner", chosenOwner);
        model.addAttribute("mayTriage", policy.canTriage(user));
        model.addAttribute("maySeeFigures", policy.canSeeFigures(user));
        return "admissions/board";
    }

    @GetMapping("/admissions/board/{id}")
    String detail(CurrentUser user, @PathVariable UUID id, Model model) {
        return detailPage(user, id, model, AcceptForm.empty(), null);
    }

    @PostMapping("/admissions/board/{id}/steps/{action}")
    String step(CurrentUser user, @PathVariable UUID id, @PathVariable String action,
            @RequestParam(required = false) String reason, Model model) {
        TriageAction chosen = TriageAction.ofSlug(action).orElseThrow(() -> new NotFoundException("Step"));
        try {
            admissions.step(user, id, chosen, reason);
            return "redirect:/admissions/board/" + id;
        } catch (AdmissionRefused refused) {
            return detailPage(user, id, model, AcceptForm.empty(), refused.getMessage());
        }
    }

    @PostMapping("/admissions/board/{id}/owner")
    String owner(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String ownerStaffId,
            Model model) {
        try {
            admissions.assign(user, id, uuid(ownerStaffId));
            return "redirect:/admissions/board/" + id;
        } catch (AdmissionRefused | FieldValidationException refused) {
            return detailPage(user, id, model, AcceptForm.empty(), refused.getMessage());
        }
    }

    @PostMapping("/admissions/board/{id}/notes")
    String note(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String body, Model model) {
        try {
            admissions.note(user, id, body);
            return "redirect:/admissions/board/" + id;
        } catch (FieldValidationException invalid) {
            return detailPage(user, id, model, AcceptForm.empty(), invalid.errors().values().iterator().next());
        }
    }

    @PostMapping("/admissions/board/{id}/accept")
    String accept(CurrentUser user, @PathVariable UUID id, @ModelAttribute("acceptForm") AcceptForm form,
            BindingResult result, Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        var agreedOn = DateText.parse(form.employerAgreedOn());
        if (agreedOn.isEmpty()) {
            problems.put("employerAgreedOn", "Enter the date the employer agreed, for example 1 12 2026");
        }
        var plannedEnd = DateText.parse(form.plannedEndDate());
        if (form.plannedEndDate() != null && !form.plannedEndDate().isBlank() && plannedEnd.isEmpty()) {
            problems.put("plannedEndDate", "Enter the planned end date as day, month and year, or leave it empty");
        }
        BigDecimal hours = null;
        try {
            hours = form.weeklyHours() == null || form.weeklyHours().isBlank() ? null
                    : new BigDecimal(form.weeklyHours().strip());
        } catch (NumberFormatException e) {
            problems.put("weeklyHours", "Enter the weekly hours as a number, like 30");
        }
        if (form.employerAgreedBy() == null || form.employerAgreedBy().isBlank()) {
            problems.put("employerAgreedBy", "Enter who at the employer agreed to the apprenticeship");
        }
        try {
            if (!problems.isEmpty()) {
                throw new FieldValidationException(problems);
            }
            var accepted = admissions.accept(user, id, new Admissions.Acceptance(form.employerAgreedBy(),
                    agreedOn.get(), plannedEnd.orElse(null), hours, form.uln(), form.newEmployerFunding()));
            return "redirect:/apprenticeships/" + accepted.apprenticeshipId() + "/onboarding";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return detailPage(user, id, model, form, null);
        } catch (AdmissionRefused refused) {
            return detailPage(user, id, model, form, refused.getMessage());
        }
    }

    @GetMapping("/admissions/figures")
    String figures(CurrentUser user, Model model) {
        model.addAttribute("rows", figures.rows(user));
        return "admissions/figures";
    }

    @GetMapping("/admissions/figures.csv")
    ResponseEntity<byte[]> figuresCsv(CurrentUser user) {
        return CsvDownload.of("admissions-figures.csv", figures.csv(user));
    }

    private String detailPage(CurrentUser user, UUID id, Model model, AcceptForm form, String refusal) {
        AdmissionBoard.Detail detail = board.detail(user, id);
        model.addAttribute("d", detail);
        model.addAttribute("a", detail.admission());
        if (!model.containsAttribute("acceptForm")) {
            model.addAttribute("acceptForm", form);
        }
        model.addAttribute("owners", staff.recruiters());
        model.addAttribute("fundings", Choice.of(Funding.values(), Funding::label));
        model.addAttribute("refusal", refusal);
        model.addAttribute("mayAccept", detail.actions().contains(TriageAction.ACCEPT));
        model.addAttribute("employerKnown", detail.admission().person().employerName() != null
                && admissions.employerKnown(detail.admission().person().employerName()));
        return "admissions/detail";
    }

    static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What staff give on acceptance. */
    record AcceptForm(String employerAgreedBy, String employerAgreedOn, String plannedEndDate, String weeklyHours,
            String uln, Funding newEmployerFunding) {

        static AcceptForm empty() {
            return new AcceptForm(null, null, null, "30", null, null);
        }
    }
}
