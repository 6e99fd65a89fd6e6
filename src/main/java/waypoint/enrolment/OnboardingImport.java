package waypoint.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import waypoint.catalogue.Ksb;
import waypoint.enrolment.internal.onboarding.FormTaskService;
import waypoint.enrolment.internal.onboarding.FormTasks;
import waypoint.enrolment.internal.onboarding.InitialAssessmentService;
import waypoint.enrolment.internal.onboarding.OnboardingRules;
import waypoint.enrolment.internal.onboarding.OnboardingTask;
import waypoint.enrolment.internal.onboarding.PlanDraft;
import waypoint.enrolment.internal.onboarding.PriorLearningService;
import waypoint.enrolment.internal.onboarding.SignatureService;
import waypoint.enrolment.internal.onboarding.SkillsScanService;
import waypoint.enrolment.internal.onboarding.TrainingPlanService;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;

/**
 * Onboarding done by the system on behalf of the people of an apprenticeship: the demo data, and what an accepted
 * application carries over. Each step runs through the same services as the pages, as the person who would do it
 * (the tutor, the learner, the line manager), so the same checks and authorisation apply; signatures come “from” the
 * address {@code demo-data}.
 */
@Service
public class OnboardingImport {

    private static final String ADDRESS = "demo-data";

    private final Apprenticeships apprenticeships;
    private final UserAccounts accounts;
    private final FormTaskService forms;
    private final InitialAssessmentService assessments;
    private final SkillsScanService scans;
    private final PriorLearningService priorLearning;
    private final TrainingPlanService plans;
    private final SignatureService signatures;
    private final OnboardingRules rules;
    private final JdbcClient jdbc;

    OnboardingImport(Apprenticeships apprenticeships, UserAccounts accounts, FormTaskService forms,
            InitialAssessmentService assessments, SkillsScanService scans, PriorLearningService priorLearning,
            TrainingPlanService plans, SignatureService signatures, OnboardingRules rules, JdbcClient jdbc) {
        this.apprenticeships = apprenticeships;
        this.accounts = accounts;
        this.forms = forms;
        this.assessments = assessments;
        this.scans = scans;
        this.priorLearning = priorLearning;
        this.plans = plans;
        this.signatures = signatures;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** Whether anything of the apprenticeship's onboarding is recorded yet (so a loader adds only once). */
    public boolean started(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM onboarding_task WHERE apprenticeship_id = :id)
                    OR EXISTS (SELECT 1 FROM skills_scan_rating WHERE apprenticeship_id = :id)""")
                .param("id", apprenticeshipId).query(Boolean.class).single();
    }

    /**
     * Answers a form task (task names as in the URL: {@code pre-start-meeting}, {@code eligibility},
     * {@code initial-assessment}, {@code start-up-meeting}, {@code induction}) as the tutor. Checkbox questions not
     * given are ticked in full when {@code complete}.
     */
    public void answer(ApprenticeshipId apprenticeshipId, String task, Map<String, List<String>> answers,
            boolean complete) {
        OnboardingTask onboardingTask = OnboardingTask.ofSlug(task).filter(FormTasks::isFormTask)
                .orElseThrow(() -> new IllegalArgumentException("No form task " + task));
        Map<String, List<String>> all = new LinkedHashMap<>(answers);
        if (complete) {
            FormTasks.questions(onboardingTask).stream().filter(q -> q.isCheckboxes())
                    .forEach(q -> all.putIfAbsent(q.name(), List.copyOf(q.options().keySet())));
        }
        CurrentUser tutor = tutor(apprenticeshipId);
        int version = forms.answers(tutor, apprenticeshipId, onboardingTask).version();
        forms.save(tutor, apprenticeshipId, onboardingTask, all, complete, version);
    }

    /**
     * The English and maths qualifications a person said they hold on their application, carried into the initial
     * assessment of their new apprenticeship as a draft marked "from" where they came from (such as "the application
     * APP-1001"), for staff to check with the learner (docs/domain/admissions.md, "Conversion"). Only while the
     * apprenticeship is in onboarding and nobody has saved the initial assessment; false when staff already have.
     */
    public boolean carryOverEnglishAndMaths(ApprenticeshipId apprenticeshipId, String englishHeld, String mathsHeld,
            String from) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put("englishGcse", englishHeld == null ? List.of() : List.of(englishHeld));
        answers.put("mathsGcse", mathsHeld == null ? List.of() : List.of(mathsHeld));
        return forms.carryOver(apprenticeshipId, OnboardingTask.INITIAL_ASSESSMENT, answers, from);
    }

    /** Initial and diagnostic results for both subjects, entered by the tutor. */
    public void englishAndMathsResults(ApprenticeshipId apprenticeshipId, String englishLevel, String mathsLevel,
            LocalDate assessedOn) {
        CurrentUser tutor = tutor(apprenticeshipId);
        for (String kind : List.of("INITIAL", "DIAGNOSTIC")) {
            assessments.addResult(tutor, apprenticeshipId,
                    waypoint.enrolment.internal.onboarding.Subject.ENGLISH,
                    kind, englishLevel, assessedOn);
            assessments.addResult(tutor, apprenticeshipId,
                    waypoint.enrolment.internal.onboarding.Subject.MATHS, kind,
                    mathsLevel, assessedOn);
        }
    }

    /**
     * Whether the apprenticeship's standard has KSBs recorded in the catalogue to rate: without them the skills scan,
     * and so the training plan, cannot be done.
     */
    public boolean hasSkillsToScan(ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = apprenticeships.find(apprenticeshipId).orElseThrow();
        return rules.standard(apprenticeship).map(s -> !s.ksbs().isEmpty()).orElse(false);
    }

    /** The learner rates every KSB {@code learner}; the employer too when {@code employer} is not null. */
    public void skillsScan(ApprenticeshipId apprenticeshipId, int learner, Integer employer) {
        ApprenticeshipSummary apprenticeship = apprenticeships.find(apprenticeshipId).orElseThrow();
        List<Ksb> ksbs = rules.standard(apprenticeship).map(s -> s.ksbs()).orElse(List.of());
        Map<String, String> mine = new LinkedHashMap<>();
        Map<String, String> theirs = new LinkedHashMap<>();
        for (int i = 0; i < ksbs.size(); i++) {
            mine.put(ksbs.get(i).code(), String.valueOf(learner));
            if (employer != null) {
                // A few differences, as there usually are, for the page to highlight.
                theirs.put(ksbs.get(i).code(), String.valueOf(i % 7 == 3 ? Math.min(4, employer + 1) : employer));
            }
        }
        if (!mine.isEmpty()) {
            scans.rate(person(apprenticeship.learnerAccountId(), Role.LEARNER), apprenticeshipId, mine);
        }
        if (!theirs.isEmpty() && apprenticeship.lineManagerAccountId() != null) {
            scans.rate(person(apprenticeship.lineManagerAccountId(), Role.EMPLOYER_CONTACT), apprenticeshipId,
                    theirs);
        }
    }

    /** The tutor's decision on prior learning (0 hours: none claimed). */
    public void priorLearning(ApprenticeshipId apprenticeshipId, BigDecimal hours, String reason) {
        priorLearning.decide(tutor(apprenticeshipId), apprenticeshipId, hours, reason);
    }

    /**
     * Writes the training plan as the tutor: the rule pack's planned hours, and one milestone for each title, due on
     * its date, the standard's KSBs shared out in order among them.
     */
    public void trainingPlan(ApprenticeshipId apprenticeshipId, String teachingSessions, String studyDays,
            Map<LocalDate, String> milestones, String roles, String supportNeeds, String englishAndMaths) {
        trainingPlan(apprenticeshipId, teachingSessions, studyDays, milestones, roles, supportNeeds, englishAndMaths,
                PlannedFunctionalSkills.NONE);
    }

    /** The same, with the functional skills qualifications the plan plans. */
    public void trainingPlan(ApprenticeshipId apprenticeshipId, String teachingSessions, String studyDays,
            Map<LocalDate, String> milestones, String roles, String supportNeeds, String englishAndMaths,
            PlannedFunctionalSkills functionalSkills) {
        ApprenticeshipSummary apprenticeship = apprenticeships.find(apprenticeshipId).orElseThrow();
        CurrentUser tutor = tutor(apprenticeshipId);
        PlanDraft first = plans.draft(tutor, apprenticeshipId);
        List<String> codes = rules.standard(apprenticeship).map(s -> s.ksbs().stream().map(Ksb::code).toList())
                .orElse(List.of());
        List<PlanDraft.MilestoneDraft> drafts = new ArrayList<>();
        int n = 0;
        int each = Math.max(1, (codes.size() + milestones.size() - 1) / Math.max(1, milestones.size()));
        for (Map.Entry<LocalDate, String> milestone : milestones.entrySet()) {
            List<String> share = codes.subList(Math.min(codes.size(), n * each), Math.min(codes.size(), (n + 1) * each));
            drafts.add(new PlanDraft.MilestoneDraft(milestone.getValue(), milestone.getKey().toString(),
                    String.join(", ", share)));
            n++;
        }
        plans.save(tutor, apprenticeshipId, new PlanDraft(first.basedOnVersion(), first.plannedOtjHours(),
                teachingSessions, studyDays, drafts, roles, supportNeeds, englishAndMaths,
                functionalSkills.englishChoice(), functionalSkills.mathsChoice()));
    }

    /** The learner, the line manager and the tutor sign the latest version of the plan. */
    public void signPlan(ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = apprenticeships.find(apprenticeshipId).orElseThrow();
        int version = plans.page(tutor(apprenticeshipId), apprenticeshipId).latest().orElseThrow().number();
        List<CurrentUser> signers = new ArrayList<>();
        signers.add(person(apprenticeship.learnerAccountId(), Role.LEARNER));
        if (apprenticeship.lineManagerAccountId() != null) {
            signers.add(person(apprenticeship.lineManagerAccountId(), Role.EMPLOYER_CONTACT));
        }
        signers.add(tutor(apprenticeshipId));
        for (CurrentUser signer : signers) {
            signatures.signPlan(signer, apprenticeshipId, version, signer.displayName(), ADDRESS);
        }
    }

    public void signDeclaration(ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = apprenticeships.find(apprenticeshipId).orElseThrow();
        CurrentUser learner = person(apprenticeship.learnerAccountId(), Role.LEARNER);
        signatures.signDeclaration(learner, apprenticeshipId, learner.displayName(), ADDRESS);
    }

    private CurrentUser tutor(ApprenticeshipId apprenticeshipId) {
        return person(apprenticeships.find(apprenticeshipId).orElseThrow().tutorAccountId(), Role.TUTOR);
    }

    /** The account as it signs in, with only the role it acts in here. */
    private CurrentUser person(UUID accountId, Role role) {
        var account = accounts.find(accountId).orElseThrow(() -> new IllegalStateException("No account " + accountId));
        return new CurrentUser(account.id(), account.email(), account.displayName(), Set.of(role));
    }
}
