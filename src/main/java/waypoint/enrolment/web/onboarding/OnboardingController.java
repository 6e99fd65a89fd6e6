package waypoint.enrolment.web.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.onboarding.FormTaskService;
import waypoint.enrolment.internal.onboarding.FormTasks;
import waypoint.enrolment.internal.onboarding.OnboardingService;
import waypoint.enrolment.internal.onboarding.OnboardingStepRefusedException;
import waypoint.enrolment.internal.onboarding.OnboardingTask;
import waypoint.enrolment.internal.onboarding.TaskAnswers;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.ProviderProfile;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * The onboarding task list of an apprenticeship, the tasks that are one form each, and the start. Tasks with pages of
 * their own (initial assessment, skills scan, prior learning, the training plan) have their own controllers.
 */
@Controller
class OnboardingController {

    private final OnboardingService onboarding;
    private final FormTaskService forms;
    private final ProviderProfile provider;

    OnboardingController(OnboardingService onboarding, FormTaskService forms, ProviderProfile provider) {
        this.onboarding = onboarding;
        this.forms = forms;
        this.provider = provider;
    }

    @GetMapping("/apprenticeships/{id}/onboarding")
    String taskList(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        return taskListPage(user, id, null, model);
    }

    /** The task list, with the actual start date to confirm (as typed, or the suggestion). */
    private String taskListPage(CurrentUser user, ApprenticeshipId id, String typedStart, Model model) {
        OnboardingService.TaskList list = onboarding.taskList(user, id);
        model.addAttribute("list", list);
        model.addAttribute("startDate", typedStart != null ? typedStart
                : DateText.typed(onboarding.suggestedStart(list.apprenticeship())));
        PageErrors.none(model);
        return "enrolment/onboarding/task-list";
    }

    @GetMapping("/apprenticeships/{id}/onboarding/{slug}")
    String task(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String slug, Model model) {
        OnboardingTask task = OnboardingTask.ofSlug(slug).orElseThrow(() -> new NotFoundException("Task"));
        switch (task) {
            case TRAINING_PLAN, SIGNATURES:
                return "redirect:/apprenticeships/" + id + "/training-plan";
            default:
                if (!FormTasks.isFormTask(task)) {
                    throw new NotFoundException("Task");
                }
        }
        return formPage(user, id, task, forms.answers(user, id, task), model);
    }

    @PostMapping("/apprenticeships/{id}/onboarding/{slug}")
    String save(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable String slug,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        OnboardingTask task = OnboardingTask.ofSlug(slug).filter(FormTasks::isFormTask)
                .orElseThrow(() -> new NotFoundException("Task"));
        Map<String, List<String>> typed = new LinkedHashMap<>();
        FormTasks.questions(task).forEach(q -> typed.put(q.name(), params.getOrDefault(q.name(), List.of())));
        String completed = params.getFirst("completed");
        int version = parseVersion(params.getFirst("version"));
        try {
            if (completed == null || !(completed.equals("yes") || completed.equals("no"))) {
                throw new FieldValidationException("completed", "Select whether you have completed this section");
            }
            forms.save(user, id, task, typed, completed.equals("yes"), version);
        } catch (FieldValidationException | waypoint.enrolment.internal.onboarding.EditConflictException
                | OnboardingStepRefusedException problem) {
            PageErrors.add(model, problem);
            model.addAttribute("completed", completed);
            // After a conflict the form carries the version now saved, so saving again is a deliberate overwrite.
            int current = problem instanceof waypoint.enrolment.internal.onboarding.EditConflictException
                    ? forms.answers(user, id, task).version() : version;
            return formPage(user, id, task, new TaskAnswers(typed, "yes".equals(completed), current, true), model);
        }
        redirect.addFlashAttribute("saved", task.title() + " saved");
        return "redirect:/apprenticeships/" + id + "/onboarding";
    }

    @PostMapping("/apprenticeships/{id}/start")
    String start(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(required = false) String startDate,
            Model model, RedirectAttributes redirect) {
        boolean notADate = startDate != null && !startDate.isBlank() && DateText.parse(startDate).isEmpty();
        try {
            // the service authorises first; a missing date is then the apprenticeship's own refusal
            onboarding.start(user, id, DateText.parse(startDate).orElse(null));
        } catch (OnboardingStepRefusedException
                | waypoint.enrolment.internal.apprenticeship.TransitionRefusedException refused) {
            PageErrors.add(model, new OnboardingStepRefusedException(refused.getMessage()));
            return taskListPage(user, id, startDate, model);
        } catch (FieldValidationException invalid) {
            PageErrors.add(model, notADate && invalid.errors().containsKey("startDate")
                    ? new FieldValidationException("startDate", "The actual start date must be a real date, like 27 3 2026")
                    : invalid);
            return taskListPage(user, id, startDate, model);
        }
        redirect.addFlashAttribute("saved", "Apprenticeship started: it is now in learning");
        return "redirect:/apprenticeships/" + id + "/onboarding";
    }

    private String formPage(CurrentUser user, ApprenticeshipId id, OnboardingTask task, TaskAnswers answers,
            Model model) {
        PageErrors.none(model);
        OnboardingService.TaskList list = onboarding.taskList(user, id);
        model.addAttribute("list", list);
        model.addAttribute("task", task);
        model.addAttribute("questions", FormTasks.questions(task));
        model.addAttribute("answers", answers);
        if (!model.containsAttribute("completed")) {
            model.addAttribute("completed", answers.saved() ? (answers.completed() ? "yes" : "no") : null);
        }
        TaskForm.add(model, FormTasks.questions(task), answers, (String) model.getAttribute("completed"));
        if (task == OnboardingTask.INDUCTION) {
            model.addAttribute("safeguardingOfficers", provider.staffWithRole(Role.SAFEGUARDING_LEAD));
        }
        return "enrolment/onboarding/form-task";
    }

    private static int parseVersion(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException wrong) {
            return -1;
        }
    }
}
