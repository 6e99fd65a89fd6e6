package waypoint.enrolment.onboarding;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.onboarding.FormTaskService;
import waypoint.enrolment.internal.onboarding.FormTasks;
import waypoint.enrolment.internal.onboarding.InitialAssessmentService;
import waypoint.enrolment.internal.onboarding.Subject;
import waypoint.enrolment.internal.onboarding.OnboardingTask;
import waypoint.enrolment.internal.onboarding.PlanDraft;
import waypoint.enrolment.internal.onboarding.PriorLearningService;
import waypoint.enrolment.internal.onboarding.Question;
import waypoint.enrolment.internal.onboarding.SkillsScanService;
import waypoint.enrolment.internal.onboarding.TaskAnswers;

/** Onboarding steps done through the services, for tests that need an apprenticeship part-way through. */
final class OnboardingSteps {

    final FormTaskService forms;
    final InitialAssessmentService assessments;
    final SkillsScanService scans;
    final PriorLearningService priorLearning;

    OnboardingSteps(FormTaskService forms, InitialAssessmentService assessments, SkillsScanService scans,
            PriorLearningService priorLearning) {
        this.forms = forms;
        this.assessments = assessments;
        this.scans = scans;
        this.priorLearning = priorLearning;
    }

    /** Every question answered, every box ticked, marked complete. */
    void complete(OnboardingPeople people, OnboardingTask task) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Question q : FormTasks.questions(task)) {
            answers.put(q.name(), switch (q.kind()) {
                case CHECKBOXES -> List.copyOf(q.options().keySet());
                case RADIOS -> List.of(q.options().keySet().iterator().next());
                case DATE -> List.of("2/6/2025");
                default -> List.of("Answer to " + q.label());
            });
        }
        TaskAnswers now = forms.answers(people.tutor, people.apprenticeship, task);
        forms.save(people.tutor, people.apprenticeship, task, answers, true, now.version());
    }

    void englishAndMaths(OnboardingPeople people) {
        for (Subject subject : Subject.values()) {
            assessments.addResult(people.tutor, people.apprenticeship, subject, "INITIAL", "Level 1",
                    java.time.LocalDate.of(2025, 5, 20));
            assessments.addResult(people.tutor, people.apprenticeship, subject, "DIAGNOSTIC", "Level 1",
                    java.time.LocalDate.of(2025, 5, 21));
        }
    }

    void skillsScan(OnboardingPeople people) {
        Map<String, String> learner = new LinkedHashMap<>();
        Map<String, String> employer = new LinkedHashMap<>();
        scans.scan(people.learner, people.apprenticeship).rows().forEach(row -> {
            learner.put(row.ksb().code(), "2");
            employer.put(row.ksb().code(), row.ksb().code().startsWith("K") ? "3" : "2");
        });
        scans.rate(people.learner, people.apprenticeship, learner);
        scans.rate(people.manager, people.apprenticeship, employer);
    }

    /** Everything the training plan waits for. */
    void readyToPlan(OnboardingPeople people) {
        englishAndMaths(people);
        complete(people, OnboardingTask.INITIAL_ASSESSMENT);
        skillsScan(people);
        priorLearning.decide(people.tutor, people.apprenticeship, java.math.BigDecimal.ZERO,
                "No prior learning claimed");
    }

    static PlanDraft plan(int basedOn, String hours) {
        return new PlanDraft(basedOn, hours, "2 to 3 sessions a month by Zoom", "Wednesday afternoons",
                List.of(new PlanDraft.MilestoneDraft("Programming basics", "1/12/2025", "K1, S1"),
                        new PlanDraft.MilestoneDraft("Gateway ready", "1/10/2026", "K2, B1")),
                "The apprentice studies; the employer releases time; the provider teaches.", "None",
                "Functional skills Level 2 English and maths before gateway");
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static ApprenticeshipId id(OnboardingPeople people) {
        return people.apprenticeship;
    }
}
