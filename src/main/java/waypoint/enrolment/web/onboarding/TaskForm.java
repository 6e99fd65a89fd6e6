package waypoint.enrolment.web.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

import waypoint.enrolment.internal.onboarding.Question;
import waypoint.enrolment.internal.onboarding.TaskAnswers;
import waypoint.shared.web.Choice;

/**
 * A form task's form as the shared GOV.UK form fragments read it (fragments/forms.html): each question's answer
 * and whether the section is completed, by name, bound as {@code taskForm} with the page's errors on the questions
 * they concern, and the choices of the completed question.
 */
final class TaskForm {

    static final List<Choice> COMPLETION = List.of(new Choice("yes", "Yes, I've completed this section"),
            new Choice("no", "No, I'll come back to it later"));

    private TaskForm() {
    }

    /** After the page's errors ({@link PageErrors}) are on the model. */
    @SuppressWarnings("unchecked")
    static void add(Model model, List<Question> questions, TaskAnswers answers, String completed) {
        Map<String, Object> form = new LinkedHashMap<>();
        questions.forEach(q -> form.put(q.name(), answers.value(q.name())));
        form.put("completed", completed);
        BindingResult result = new MapBindingResult(form, "taskForm");
        Object errors = model.getAttribute("errors");
        if (errors instanceof Map<?, ?> byField) {
            ((Map<String, String>) byField).forEach((field, message) -> {
                if (form.containsKey(field)) {
                    result.rejectValue(field, "invalid", message);
                }
            });
        }
        model.addAttribute("taskForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "taskForm", result);
        model.addAttribute("completionChoices", COMPLETION);
    }
}
