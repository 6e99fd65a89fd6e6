package waypoint.epa.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import waypoint.enrolment.ApprenticeshipChangeRefused;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.epa.internal.EpaPolicy;
import waypoint.epa.internal.EpaRefusedException;
import waypoint.epa.internal.ReadinessDashboard;
import waypoint.epa.internal.AssessmentService;
import waypoint.epa.internal.EpaAppeals;
import waypoint.epa.internal.CompletionService;
import waypoint.epa.internal.EpaService;
import waypoint.epa.internal.GatewayService;
import waypoint.epa.internal.EpaSettings;
import waypoint.epa.internal.EpaSettingsService;
import waypoint.epa.internal.Progression;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.Epaos;
import waypoint.epa.web.EpaForms.AppealForm;
import waypoint.epa.web.EpaForms.AttemptForm;
import waypoint.epa.web.EpaForms.BookingForm;
import waypoint.epa.web.EpaForms.CertificateForm;
import waypoint.epa.web.EpaForms.CompletionForm;
import waypoint.epa.web.EpaForms.CorrectionForm;
import waypoint.epa.web.EpaForms.MeetingForm;
import waypoint.epa.web.EpaForms.ProgressionForm;
import waypoint.epa.web.EpaForms.ReadinessForm;
import waypoint.epa.web.EpaForms.ResultForm;
import waypoint.epa.web.EpaForms.RevisedGradeForm;
import waypoint.epa.web.EpaForms.SettingsForm;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.NavigationItem;

/**
 * The gateway and EPA pages (docs/domain/gateway-and-epa.md): the readiness dashboard, the bookings by date, the results with achievement
 * rates and the grade distribution, and one apprenticeship's gateway task list with the forms its stage and the
 * person allow. Each form's fields are named {@code <form>-<field>}, so one page holds several forms.
 */
@Controller
class EpaPages {

    private final EpaService epa;
    private final GatewayService gateway;
    private final AssessmentService assessment;
    private final EpaAppeals appeals;
    private final CompletionService completion;
    private final ReadinessDashboard reports;
    private final Epaos epaos;
    private final EpaSettingsService settings;
    private final EpaPolicy policy;
    private final Validator validator;

    EpaPages(EpaService epa, GatewayService gateway, AssessmentService assessment, EpaAppeals appeals,
            CompletionService completion,
            ReadinessDashboard reports, Epaos epaos, EpaSettingsService settings, EpaPolicy policy,
            Validator validator) {
        this.settings = settings;
        this.policy = policy;
        this.validator = validator;
        this.epa = epa;
        this.gateway = gateway;
        this.assessment = assessment;
        this.appeals = appeals;
        this.completion = completion;
        this.reports = reports;
        this.epaos = epaos;
    }

    @Bean
    static NavigationItem gatewayNavigation() {
        return new NavigationItem("Gateway and EPA", "/gateway", 27, Arrays.stream(Role.values())
                .filter(Role::isStaff).map(Role::name).collect(Collectors.toSet()));
    }

    @GetMapping("/gateway")
    String readiness(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", reports.readiness(user, page));
        model.addAttribute("waiting", reports.waitingToBook(user));
        model.addAttribute("months", ReadinessDashboard.READINESS_MONTHS);
        model.addAttribute("settingsLink", EpaSettingsService.mayChange(user));
        return "epa/readiness";
    }

    @GetMapping("/apprenticeships/{id}/gateway")
    String apprenticeship(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        EpaService.EpaView view = epa.view(user, id);
        model.addAttribute("view", view);
        if (!view.record().applies()) {
            // an apprenticeship unit ends with a provider test the employer validates (docs/domain/programme-types.md)
            return "epa/not-applicable";
        }
        model.addAttribute("epaos", view.canManage() ? epaos.all() : List.of());
        model.addAttribute("progressions", Progression.values());
        model.addAttribute("grades", view.results().stream().flatMap(r -> r.grades().stream()).distinct().toList());
        return "epa/apprenticeship";
    }

    @PostMapping("/apprenticeships/{id}/gateway/confirm")
    String confirm(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String,
            String> form,
            Model model, RedirectAttributes redirect) {
        String item = form.getFirst("item");
        return attempt(user, id, "confirm-" + item, form, model, redirect, "The item is confirmed",
                () -> gateway.confirm(user, id, item, form.getFirst("confirm-" + item + "-evidence")));
    }

    @PostMapping("/apprenticeships/{id}/gateway/waive")
    String waive(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        String item = form.getFirst("item");
        return attempt(user, id, "waive-" + item, form, model, redirect, "The item is waived",
                () -> gateway.waive(user, id, item, form.getFirst("waive-" + item + "-reason")));
    }

    @PostMapping("/apprenticeships/{id}/gateway/meeting")
    String meeting(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String,
            String> form,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return attempt(user, id, "meeting", form, model, redirect, "The gateway meeting is recorded and signed",
                () -> gateway.holdMeeting(user, id, checked(user, id, new MeetingForm(form.getFirst("meeting-heldOn"),
                        form.getFirst("meeting-mentor"), form.getFirst("meeting-employer"),
                        form.getFirst("meeting-apprentice"), form.getFirst("meeting-decision"),
                        form.getFirst("meeting-notes"), form.getFirst("meeting-fullName"))).meeting(),
                        request.getRemoteAddr()));
    }

    @PostMapping("/apprenticeships/{id}/gateway/sign")
    String sign(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return attempt(user, id, "sign", form, model, redirect, "You signed the gateway meeting record",
                () -> gateway.signMeeting(user, id, form.getFirst("sign-fullName"), request.getRemoteAddr()));
    }

    @PostMapping("/apprenticeships/{id}/epa/book")
    String book(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, "booking", form, model, redirect, "The assessment is booked",
                () -> assessment.book(user, id, checked(user, id, new BookingForm(form.getFirst("booking-method"),
                        form.getFirst("booking-epaoId"), form.getFirst("booking-date"),
                        form.getFirst("booking-time"), form.getFirst("booking-place"),
                        form.getFirst("booking-assessor"), form.getFirst("booking-adjustments"), null)
                        .offering(assessable(user, id).methods())).request()));
    }

    @PostMapping("/apprenticeships/{id}/epa/result")
    String result(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, "result", form, model, redirect, "The result is recorded", () -> {
            ResultForm result = checked(user, id, new ResultForm(form.getFirst("result-method"),
                    form.getFirst("result-grade"), form.getFirst("result-assessedOn")));
            assessment.recordResult(user, id, result.method(), result.grade(), result.on());
        });
    }

    /** An attempt at a component of a reformed apprenticeship assessment (docs/domain/assessment-reform.md). */
    @PostMapping("/apprenticeships/{id}/epa/component")
    String component(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String,
            String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, "component", form, model, redirect, "The attempt is recorded", () -> {
            AttemptForm attempt = checked(user, id, new AttemptForm(form.getFirst("component-component"),
                    form.getFirst("component-grade"), form.getFirst("component-assessedOn"),
                    form.getFirst("component-marker")));
            assessment.recordComponentAttempt(user, id, attempt.component(), attempt.grade(), attempt.on(),
                    attempt.markedBy());
        });
    }

    @PostMapping("/apprenticeships/{id}/epa/appeal")
    String appeal(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, "appeal", form, model, redirect,
                "The appeal is recorded and raised as an assessment appeal in feedback", () -> {
                    AppealForm appeal = checked(user, id, new AppealForm(form.getFirst("appeal-method"),
                            form.getFirst("appeal-lodgedOn"), form.getFirst("appeal-reason"),
                            form.getFirst("appeal-epaoId"), form.getFirst("appeal-appellant"), null)
                            .against(EpaAppeals.appealable(assessable(user, id))));
                    appeals.appeal(user, id, appeal.method(), appeal.lodged(), appeal.reason().strip(),
                            appeal.epao(), appeal.byEmployer());
                });
    }

    @PostMapping("/apprenticeships/{id}/epa/appeals/{appealId}/revised-grade")
    String revisedGrade(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID appealId,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        String name = "revised-" + appealId;
        return attempt(user, id, name, form, model, redirect, "The EPAO's revised grade is recorded", () -> {
            RevisedGradeForm revised = checked(user, id, new RevisedGradeForm(form.getFirst(name + "-grade"),
                    form.getFirst(name + "-revisedOn")));
            appeals.reviseGrade(user, id, appealId, revised.grade(), revised.on());
        });
    }

    @PostMapping("/apprenticeships/{id}/gateway/readiness-request")
    String requestReadiness(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String,
            String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, "readiness", form, model, redirect, "The apprentice is on the readiness dashboard",
                () -> epa.requestReadiness(user, id, checked(user, id,
                        new ReadinessForm(form.getFirst("readiness-reason"))).why()));
    }

    @PostMapping("/apprenticeships/{id}/gateway/readiness-request/remove")
    String removeReadinessRequest(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return attempt(user, id, "readiness", form, model, redirect,
                "The apprentice is off the readiness dashboard until the last months of the practical period",
                () -> epa.removeReadinessRequest(user, id));
    }

    @GetMapping("/gateway/settings")
    String settings(CurrentUser user, Model model) {
        EpaSettings current = settings.settings(user);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", Map.of("maximumAttempts", String.valueOf(current.maximumAttempts()),
                    "appealWindowWorkingDays", String.valueOf(current.appealWindowWorkingDays()),
                    "version", String.valueOf(current.version())));
        }
        return "epa/settings";
    }

    @PostMapping("/gateway/settings")
    String changeSettings(CurrentUser user, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        try {
            settings.settings(user);
            SettingsForm typed = new SettingsForm(form.getFirst("maximumAttempts"),
                    form.getFirst("appealWindowWorkingDays"), version(form.getFirst("version")));
            FormChecks.require(validator, typed);
            settings.change(user, typed.attempts(), typed.window(), typed.version());
        } catch (FieldValidationException | OptimisticLockingFailureException problem) {
            model.addAttribute("errors", problem instanceof FieldValidationException invalid ? invalid.errors()
                    : Map.of("form", "Someone else changed the settings at the same time: check them and save again"));
            Map<String, String> typed = new LinkedHashMap<>(form.toSingleValueMap());
            if (problem instanceof OptimisticLockingFailureException) {
                typed.put("version", String.valueOf(settings.settings(user).version()));
            }
            model.addAttribute("typed", typed);
            return settings(user, model);
        }
        redirect.addFlashAttribute("saved", "The EPA settings are saved");
        return "redirect:/gateway/settings";
    }

    private static Integer version(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException wrong) {
            return null;
        }
    }

    @PostMapping("/apprenticeships/{id}/epa/complete")
    String complete(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String,
            String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, "completion", form, model, redirect, "The apprenticeship is complete", () -> {
            CompletionForm dates = checked(user, id, new CompletionForm(form.getFirst("completion-actualEndDate"),
                    form.getFirst("completion-achievementDate")));
            completion.complete(user, id, dates.actualEnd(), dates.achieved());
        });
    }

    @PostMapping("/apprenticeships/{id}/epa/completion-correction")
    String correctCompletion(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return attempt(user, id, "correction", form, model, redirect, "The completion is corrected", () -> {
            CorrectionForm correction = checked(user, id, new CorrectionForm(form.getFirst(
                    "correction-actualEndDate"), form.getFirst("correction-achievementDate"),
                    form.getFirst("correction-reason")));
            completion.correctCompletion(user, id, correction.dates().actualEnd(), correction.dates().achieved(),
                    correction.reason().strip());
        });
    }

    @PostMapping("/apprenticeships/{id}/epa/certificate")
    String certificate(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String,
            String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, "certificate", form, model, redirect, "The certificate is recorded", () -> {
            CertificateForm certificate = checked(user, id, new CertificateForm(
                    form.getFirst("certificate-requestedOn"), form.getFirst("certificate-receivedOn")));
            completion.certificate(user, id, certificate.requested(), certificate.received());
        });
    }

    @PostMapping("/apprenticeships/{id}/epa/progression")
    String progression(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam MultiValueMap<String,
            String> form,
            Model model, RedirectAttributes redirect) {
        return attempt(user, id, "progression", form, model, redirect, "The progression conversation is recorded",
                () -> {
                    ProgressionForm progression = checked(user, id, new ProgressionForm(
                            form.getFirst("progression-kind"), form.getFirst("progression-heldOn"),
                            form.getFirst("progression-notes")));
                    completion.progression(user, id, progression.progression(), progression.written(),
                            progression.held());
                });
    }

    /** The form of someone who may manage the apprenticeship's gateway and EPA, checked. */
    private <F> F checked(CurrentUser user, ApprenticeshipId id, F form) {
        return EpaForms.checked(policy, validator, user, id, form);
    }

    /** The record a form is checked against, for who may manage it: refused first when it has no assessment. */
    private EpaService.EpaView assessable(CurrentUser user, ApprenticeshipId id) {
        policy.manageable(user, id);
        EpaService.EpaView view = epa.view(user, id);
        view.requireEndPointAssessment();
        return view;
    }

    /** Runs the step; on bad input or a refusal shows the page again with the errors and what was typed. */
    private String attempt(CurrentUser user, ApprenticeshipId id, String formName, MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
        } catch (FieldValidationException | EpaRefusedException | ApprenticeshipChangeRefused
                | OptimisticLockingFailureException problem) {
            model.addAttribute("errors", problem instanceof FieldValidationException invalid
                    ? invalid.errors().entrySet().stream().collect(Collectors.toMap(e -> formName + "-" + e.getKey(),
                            Map.Entry::getValue, (first, second) -> first, LinkedHashMap::new))
                    : Map.of("form", problem instanceof OptimisticLockingFailureException
                            ? "Someone else changed the record at the same time: check it and try again"
                            : problem.getMessage()));
            model.addAttribute("typed", form.toSingleValueMap());
            return apprenticeship(user, id, model);
        }
        redirect.addFlashAttribute("saved", done);
        return "redirect:/apprenticeships/" + id + "/gateway";
    }
}
