package waypoint.enrolment.internal.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.internal.Refusals;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * The onboarding tasks that are one form each ({@link FormTasks}): staff answer them, save as they go, and mark the
 * task complete once every required answer is there. Two staff saving one task from the same version: the second is
 * refused with {@link EditConflictException} and their answers are shown back to them.
 */
@Service
public class FormTaskService {

    static final int LONGEST_ANSWER = 4000;
    /** Who saved answers carried over by the system rather than typed by staff. */
    private static final UUID SYSTEM = new UUID(0, 0);
    private final waypoint.enrolment.Apprenticeships apprenticeships;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OnboardingPolicy policy;
    private final OnboardingProgress progress;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RecordedAnswers recorded;
    private final OnboardingRules rules;

    FormTaskService(JdbcClient jdbc, JsonMapper json, OnboardingPolicy policy, OnboardingProgress progress,
            Clock clock, ApplicationEventPublisher events, RecordedAnswers recorded, OnboardingRules rules,
            waypoint.enrolment.Apprenticeships apprenticeships) {
        this.apprenticeships = apprenticeships;
        this.recorded = recorded;
        this.rules = rules;
        this.progress = progress;
        this.jdbc = jdbc;
        this.json = json;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public TaskAnswers answers(CurrentUser user, ApprenticeshipId apprenticeshipId, OnboardingTask task) {
        policy.requireView(user, apprenticeshipId);
        return read(apprenticeshipId, task);
    }

    TaskAnswers read(ApprenticeshipId apprenticeshipId, OnboardingTask task) {
        return recorded.read(apprenticeshipId, task);
    }

    /**
     * Saves the answers; marks the task complete when asked and every required answer is there.
     *
     * @param readVersion the version the person's form was read at
     */
    @Transactional
    public TaskAnswers save(CurrentUser user, ApprenticeshipId apprenticeshipId, OnboardingTask task,
            Map<String, List<String>> typed, boolean complete, int readVersion) {
        var apprenticeship = policy.requireManage(user, apprenticeshipId);
        if (!FormTasks.isFormTask(task)) {
            throw new IllegalArgumentException(task + " is not a form task");
        }
        if (progress.states(apprenticeship).get(task) == TaskState.CANNOT_START_YET) {
            throw new OnboardingStepRefusedException(task.title() + " cannot start yet: complete "
                    + task.after().stream().map(OnboardingTask::title).map(String::toLowerCase).sorted()
                            .collect(java.util.stream.Collectors.joining(" and ")) + " first");
        }
        Map<String, List<String>> answers = check(task, typed, complete, LocalDate.now(clock));
        if (complete && task == OnboardingTask.INITIAL_ASSESSMENT
                && !progress.facts(apprenticeship).englishAndMathsSettled()) {
            throw new FieldValidationException("completed", "Record initial and diagnostic results, or a verified"
                    + " exemption, for both English and maths before marking the initial assessment complete");
        }
        if (complete && task == OnboardingTask.ELIGIBILITY) {
            requireFunded(apprenticeship, answers);
        }
        TaskAnswers before = read(apprenticeshipId, task);
        if (before.saved() && before.version() != readVersion) {
            throw new EditConflictException(task.title() + " was saved by someone else while you were editing it."
                    + " Your answers are below: check them against theirs and save again.");
        }
        String answersJson = json.writeValueAsString(answers);
        int updated = before.saved()
                ? jdbc.sql("""
                        UPDATE onboarding_task SET answers = :answers::jsonb, completed = :completed,
                               updated_at = :now, updated_by = :by, version = version + 1, carried_from = NULL
                        WHERE apprenticeship_id = :id AND task = :task AND version = :version""")
                        .param("answers", answersJson).param("completed", complete)
                        .param("now", java.sql.Timestamp.from(clock.instant())).param("by", user.id())
                        .param("id", apprenticeshipId).param("task", task.name()).param("version", readVersion)
                        .update()
                : jdbc.sql("""
                        INSERT INTO onboarding_task (apprenticeship_id, task, completed, answers, updated_at, updated_by)
                        VALUES (:id, :task, :completed, :answers::jsonb, :now, :by) ON CONFLICT DO NOTHING""")
                        .param("answers", answersJson).param("completed", complete)
                        .param("now", java.sql.Timestamp.from(clock.instant())).param("by", user.id())
                        .param("id", apprenticeshipId).param("task", task.name()).update();
        if (updated == 0) {
            throw new EditConflictException(task.title() + " was saved by someone else while you were editing it."
                    + " Your answers are below: check them against theirs and save again.");
        }
        events.publishEvent(RecordChanged.updated("onboarding task " + task.title(), apprenticeshipId.value(),
                before.saved() ? (before.completed() ? "completed" : "in progress") : "not started",
                complete ? "completed" : "in progress"));
        return read(apprenticeshipId, task);
    }

    /**
     * Answers the person typed before the apprenticeship existed (on their application), carried into a task nobody
     * has saved yet, as a draft marked with where they came from until staff save the task, which is their check
     * (docs/domain/admissions.md, "Conversion"). Only into an apprenticeship in onboarding, only the task's own
     * questions, checked as typed answers are; a task staff have already saved is left as they saved it.
     *
     * @return whether the answers were carried over
     */
    @Transactional
    public boolean carryOver(ApprenticeshipId apprenticeshipId, OnboardingTask task, Map<String, List<String>> typed,
            String from) {
        if (!FormTasks.isFormTask(task)) {
            throw new IllegalArgumentException(task + " is not a form task");
        }
        ApprenticeshipSummary apprenticeship = apprenticeships.find(apprenticeshipId)
                .orElseThrow(() -> new waypoint.shared.NotFoundException("Apprenticeship"));
        if (apprenticeship.status() != waypoint.enrolment.ApprenticeshipStatus.ONBOARDING) {
            throw new OnboardingStepRefusedException("Answers are carried over only into an apprenticeship in"
                    + " onboarding");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("Say where the answers come from");
        }
        Map<String, List<String>> answers = check(task, typed, false, LocalDate.now(clock));
        int inserted = jdbc.sql("""
                INSERT INTO onboarding_task (apprenticeship_id, task, completed, answers, updated_at, updated_by,
                                             carried_from)
                VALUES (:id, :task, false, :answers::jsonb, :now, :system, :from) ON CONFLICT DO NOTHING""")
                .param("system", SYSTEM)
                .param("id", apprenticeshipId).param("task", task.name())
                .param("answers", json.writeValueAsString(answers))
                .param("now", java.sql.Timestamp.from(clock.instant())).param("from", from.strip()).update();
        if (inserted > 0) {
            events.publishEvent(RecordChanged.updated("onboarding task " + task.title(), apprenticeshipId.value(),
                    "not started", "in progress: answers carried over from " + from.strip()));
        }
        return inserted > 0;
    }

    /** Where the task's answers were carried over from, until staff save it. */
    public Optional<String> carriedFrom(ApprenticeshipId apprenticeshipId, OnboardingTask task) {
        return jdbc.sql("SELECT carried_from FROM onboarding_task WHERE apprenticeship_id = :id AND task = :task")
                .param("id", apprenticeshipId).param("task", task.name()).query(String.class).optional()
                .filter(from -> from != null);
    }

    /**
     * The eligibility checks cannot be complete for an apprentice the funding rules do not fund (the level 7 age rule,
     * docs/domain/funding-rules.md, Level 7 apprenticeships), nor while the care-leaver answer the rule needs is
     * missing; the message names the rule.
     */
    private void requireFunded(ApprenticeshipSummary apprenticeship, Map<String, List<String>> answers) {
        rules.evaluateWithEligibility(apprenticeship, new TaskAnswers(answers, true, 0, true)).ifPresent(evaluation -> {
            String why = String.join(" ", evaluation.eligibilitySentences());
            switch (evaluation.eligibility()) {
                case NOT_ELIGIBLE -> throw new FieldValidationException(OnboardingRules.CARE_LEAVER,
                        "The funding rules do not fund this apprenticeship: " + why);
                case NOT_KNOWN_YET -> throw new FieldValidationException(OnboardingRules.CARE_LEAVER,
                        "Answer whether the learner is a care leaver before marking this section complete: " + why);
                case ELIGIBLE -> {
                }
            }
        });
    }

    /**
     * Cleans the answers to the task's questions; every problem at once, against its question. A task's dates are
     * when its meeting or induction was held: marking the task complete records it as held, so its date cannot be
     * after {@code today} (see docs/domain/enrolment.md, "Dates people type").
     */
    static Map<String, List<String>> check(OnboardingTask task, Map<String, List<String>> typed, boolean complete,
            LocalDate today) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Refusals refusals = new Refusals();
        for (Question question : FormTasks.questions(task)) {
            List<String> values = typed.getOrDefault(question.name(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            switch (question.kind()) {
                case CHECKBOXES, RADIOS -> {
                    if (values.stream().anyMatch(v -> !question.options().containsKey(v))) {
                        refusals.refuse(question.name(), "Choose from the options given for " + lower(question.label()));
                        continue;
                    }
                    if (question.kind() == Question.Kind.RADIOS && values.size() > 1) {
                        refusals.refuse(question.name(), "Choose one option for " + lower(question.label()));
                        continue;
                    }
                    if (complete && question.requiredToComplete() && question.kind() == Question.Kind.CHECKBOXES
                            && !values.containsAll(question.options().keySet())) {
                        refusals.refuse(question.name(), question.options().size() == 1
                                ? "Tick “" + question.options().values().iterator().next()
                                        + "” before marking this section complete"
                                : "Tick every item of " + lower(question.label())
                                        + " before marking this section complete");
                        continue;
                    }
                }
                case DATE -> {
                    Optional<LocalDate> date = values.isEmpty() ? Optional.empty() : DateText.parse(values.get(0));
                    if (!values.isEmpty() && date.isEmpty()) {
                        refusals.refuse(question.name(), lower(question.label(), true)
                                + " must be a real date, like 27 3 2026");
                        continue;
                    }
                    if (complete && date.isPresent() && date.get().isAfter(today)) {
                        refusals.refuse(question.name(), lower(question.label(), true) + " must be today or in the past:"
                                + " mark this section complete once it has been held");
                        continue;
                    }
                    values = date.map(d -> List.of(d.toString())).orElse(values);
                }
                default -> {
                    if (values.stream().anyMatch(v -> v.length() > LONGEST_ANSWER)) {
                        refusals.refuse(question.name(), lower(question.label(), true) + " must be " + LONGEST_ANSWER
                                + " characters or fewer");
                        continue;
                    }
                }
            }
            if (complete && question.requiredToComplete() && values.isEmpty()
                    && question.kind() != Question.Kind.CHECKBOXES) {
                refusals.refuse(question.name(), "Enter " + lower(question.label())
                        + " before marking this section complete");
                continue;
            }
            answers.put(question.name(), values.size() > 1 || question.isCheckboxes() ? values
                    : values.stream().limit(1).toList());
        }
        refusals.throwIfAny();
        return answers;
    }

    private static String lower(String label) {
        return lower(label, false);
    }

    private static String lower(String label, boolean capital) {
        String bare = label.replace(" (optional)", "");
        String first = capital ? bare.substring(0, 1).toUpperCase() : bare.substring(0, 1).toLowerCase();
        return first + bare.substring(1);
    }
}
