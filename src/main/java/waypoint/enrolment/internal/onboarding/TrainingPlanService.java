package waypoint.enrolment.internal.onboarding;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import waypoint.catalogue.Ksb;
import waypoint.catalogue.StandardDetails;
import waypoint.enrolment.ApprenticeshipEmployerChanged;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.enrolment.internal.Refusals;
import waypoint.identity.CurrentUser;
import waypoint.rules.RuleEvaluation;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.signing.DocumentHash;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FormChecks;

/**
 * The training plan (the handbook's Individual Learning Plan): staff write it once the assessments and prior learning
 * are done; every save is a new numbered version stating what changed, which the learner, employer and provider sign
 * again. Versions are never changed; the hours are never below the minimum after prior learning.
 */
@Service
public class TrainingPlanService {

    static final int LONGEST_TEXT = 4000;
    static final int MOST_MILESTONES = 30;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OnboardingPolicy policy;
    private final OnboardingProgress progress;
    private final OnboardingRules rules;
    private final FormTaskService forms;
    private final PlanSigning signing;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Apprenticeships apprenticeships;
    private final Validator validator;

    TrainingPlanService(JdbcClient jdbc, JsonMapper json, OnboardingPolicy policy, OnboardingProgress progress,
            OnboardingRules rules, FormTaskService forms, PlanSigning signing, Clock clock,
            ApplicationEventPublisher events, Apprenticeships apprenticeships, Validator validator) {
        this.apprenticeships = apprenticeships;
        this.validator = validator;
        this.jdbc = jdbc;
        this.json = json;
        this.policy = policy;
        this.progress = progress;
        this.rules = rules;
        this.forms = forms;
        this.signing = signing;
        this.clock = clock;
        this.events = events;
    }

    /** The plan as its page shows it: the latest version (if any), its signatures, earlier versions and the rules. */
    public record PlanPage(ApprenticeshipSummary apprenticeship, PlanHeading heading, Optional<PlanVersion> latest,
            List<PlanSignature> signatures, List<PlanVersion> versions, Optional<RuleEvaluation> rules,
            List<Ksb> ksbs) {

        public boolean signedBy(Party party) {
            return signatures.stream().anyMatch(s -> s.party() == party);
        }

        public boolean fullySigned() {
            return latest.isPresent() && Arrays.stream(Party.values()).allMatch(this::signedBy);
        }
    }

    @Transactional(readOnly = true)
    public PlanPage page(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        return page(apprenticeship);
    }

    PlanPage page(ApprenticeshipSummary apprenticeship) {
        Optional<RuleEvaluation> evaluation = evaluation(apprenticeship);
        List<PlanVersion> versions = versions(apprenticeship.id());
        Optional<PlanVersion> latest = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0));
        List<PlanSignature> signatures = latest.map(v -> signing.signatures(apprenticeship.id(),
                Document.TRAINING_PLAN, v.number(), v.canonicalText())).orElse(List.of());
        return new PlanPage(apprenticeship, heading(apprenticeship, evaluation), latest, signatures, versions,
                evaluation, rules.standard(apprenticeship).map(StandardDetails::ksbs).orElse(List.of()));
    }

    /** One version, for the version page and the PDF. */
    @Transactional(readOnly = true)
    public Optional<PlanVersion> version(CurrentUser user, ApprenticeshipId apprenticeshipId, int number) {
        policy.requireView(user, apprenticeshipId);
        return versions(apprenticeshipId).stream().filter(v -> v.number() == number).findFirst();
    }

    @Transactional(readOnly = true)
    public List<PlanSignature> signaturesOn(CurrentUser user, ApprenticeshipId apprenticeshipId, PlanVersion version) {
        policy.requireView(user, apprenticeshipId);
        return signing.signatures(apprenticeshipId, Document.TRAINING_PLAN, version.number(),
                version.canonicalText());
    }

    /** What the edit form starts with: the latest version, or a first draft from the rules and the start-up meeting. */
    @Transactional(readOnly = true)
    public PlanDraft draft(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireManage(user, apprenticeshipId);
        List<PlanVersion> versions = versions(apprenticeshipId);
        if (!versions.isEmpty()) {
            return PlanDraft.of(versions.get(0).number(), versions.get(0).content());
        }
        TaskAnswers meeting = forms.read(apprenticeshipId, OnboardingTask.START_UP_MEETING);
        // Without a funding minimum (a 2025-26 start on a standard with no published figure yet) the provider's own
        // figure is the best first draft; staff check it against the standard's figure when it is published.
        Optional<RuleEvaluation> evaluation = evaluation(apprenticeship);
        BigDecimal hours = evaluation.flatMap(RuleEvaluation::plannedOtjHours)
                .or(() -> evaluation.flatMap(RuleEvaluation::providerPlannedOtjHours)).orElse(null);
        return new PlanDraft(0, hours == null ? "" : hours.toPlainString(), meeting.value("deliveryMethod"),
                meeting.value("studyDays"), List.of(), "", "", "");
    }

    /**
     * Saves the draft as the next version. Refused when the plan cannot start yet, when someone saved a version since
     * the editor's ({@link EditConflictException}, their draft kept by the caller), or for wrong answers (first those
     * the draft checks itself, then the plan's rules); a draft that changes nothing saves nothing (a repeated
     * submission is harmless).
     */
    @Transactional
    public PlanVersion save(CurrentUser user, ApprenticeshipId apprenticeshipId, PlanDraft draft) {
        ApprenticeshipSummary apprenticeship = policy.requireManage(user, apprenticeshipId);
        Map<OnboardingTask, TaskState> states = progress.states(apprenticeship);
        if (states.get(OnboardingTask.TRAINING_PLAN) == TaskState.CANNOT_START_YET) {
            throw new OnboardingStepRefusedException("The training plan cannot start yet: complete the initial"
                    + " assessment, the skills scan and recognition of prior learning first");
        }
        Optional<RuleEvaluation> evaluation = evaluation(apprenticeship);
        PlanHeading heading = heading(apprenticeship, evaluation);
        PlanContent content = check(draft, heading, rules.standard(apprenticeship), draftsOwnErrors(draft));
        List<PlanVersion> versions = versions(apprenticeshipId);
        Optional<PlanVersion> latest = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0));
        int latestNumber = latest.map(PlanVersion::number).orElse(0);
        if (draft.basedOnVersion() != latestNumber) {
            PlanVersion theirs = latest.orElseThrow();
            throw new EditConflictException("Someone else saved version " + latestNumber + " of the training plan"
                    + " while you were editing version " + draft.basedOnVersion() + ". They changed: "
                    + String.join("; ", theirs.changes()) + ". Your answers are kept below: check them against"
                    + " version " + latestNumber + " and save again.");
        }
        int number = latestNumber + 1;
        List<String> changes;
        if (latest.isPresent()) {
            PlanHeading before = latest.get().heading();
            changes = PlanChanges.between(before, latest.get().content(), heading, content);
            if (changes.isEmpty()) {
                return latest.get();
            }
        } else {
            changes = List.of("First version");
        }
        return add(apprenticeship, number, heading, content, changes, user.id());
    }

    /**
     * A new employer took the apprentice on: a plan already written gets a new version naming them, the same plan
     * otherwise, for the apprentice, the new employer and the provider to sign (the training plan is signed again
     * when it changes; docs/domain/enrolment.md, "Change of employer"). Before any plan, the first version will name
     * the new employer anyway.
     */
    @EventListener
    void employerChanged(ApprenticeshipEmployerChanged changed) {
        List<PlanVersion> versions = versions(changed.apprenticeshipId());
        if (versions.isEmpty()) {
            return;
        }
        ApprenticeshipSummary apprenticeship = apprenticeships.find(changed.apprenticeshipId()).orElseThrow();
        PlanVersion latest = versions.get(0);
        PlanHeading heading = heading(apprenticeship, evaluation(apprenticeship));
        List<String> changes = PlanChanges.between(latest.heading(), latest.content(), heading, latest.content());
        add(apprenticeship, latest.number() + 1, heading, latest.content(),
                changes.isEmpty() ? List.of("Employer: " + apprenticeship.employerName()) : changes,
                changed.changedBy());
    }

    private PlanVersion add(ApprenticeshipSummary apprenticeship, int number, PlanHeading heading,
            PlanContent content, List<String> changes, UUID by) {
        ApprenticeshipId apprenticeshipId = apprenticeship.id();
        String text = PlanText.of(number, heading, content);
        try {
            jdbc.sql("""
                    INSERT INTO training_plan_version (apprenticeship_id, number, content, canonical_text, sha256,
                                                       changes, created_at, created_by)
                    VALUES (:id, :number, :content::jsonb, :text, :sha, :changes, :now, :by)""")
                    .param("id", apprenticeshipId).param("number", number)
                    .param("content", json.writeValueAsString(new StoredPlan(heading, content)))
                    .param("text", text).param("sha", DocumentHash.of(text))
                    .param("changes", String.join("\n", changes))
                    .param("now", Timestamp.from(clock.instant())).param("by", by).update();
        } catch (DuplicateKeyException race) {
            throw new EditConflictException("Someone else saved version " + number + " of the training plan at the"
                    + " same moment. Your answers are kept below: check them against it and save again.");
        }
        events.publishEvent(RecordChanged.created("training plan version " + number, apprenticeshipId.value(),
                String.join("; ", changes)));
        signing.askToSign(apprenticeship, number, changes);
        return versions(apprenticeship.id()).get(0);
    }

    /** The heading and content together, so a version's own heading is kept to compare the next one with. */
    record StoredPlan(PlanHeading heading, PlanContent content) {
    }

    List<PlanVersion> versions(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT number, content::text, canonical_text, sha256, changes, created_at
                FROM training_plan_version WHERE apprenticeship_id = :id ORDER BY number DESC""")
                .param("id", apprenticeshipId)
                .query((rs, n) -> {
                    StoredPlan stored = json.readValue(rs.getString(2), StoredPlan.class);
                    return new PlanVersion(rs.getInt(1), stored.heading(), stored.content(), rs.getString(3),
                            rs.getString(4), List.of(rs.getString(5).split("\n")), rs.getTimestamp(6).toInstant());
                }).list();
    }

    Optional<RuleEvaluation> evaluation(ApprenticeshipSummary apprenticeship) {
        return rules.evaluate(apprenticeship);
    }

    static PlanHeading heading(ApprenticeshipSummary apprenticeship, Optional<RuleEvaluation> evaluation) {
        return new PlanHeading(apprenticeship.learnerName(), apprenticeship.employerName(),
                apprenticeship.standardLabel(), apprenticeship.startDate(), apprenticeship.plannedEndDate(),
                evaluation.flatMap(RuleEvaluation::minimumOtjHours).orElse(null));
    }

    /** What the draft's own checks refuse (the functional skills planned, {@link PlanDraft}), by field. */
    private Map<String, String> draftsOwnErrors(PlanDraft draft) {
        return FormChecks.problems(validator, draft);
    }

    /**
     * Every wrong answer at once, named as the form names its fields, with those the draft's own checks refused
     * ({@code drafted}) among them.
     */
    static PlanContent check(PlanDraft draft, PlanHeading heading, Optional<StandardDetails> standard,
            Map<String, String> drafted) {
        Refusals refusals = new Refusals();
        BigDecimal hours = null;
        String typedHours = draft.plannedOtjHours() == null ? "" : draft.plannedOtjHours().strip();
        if (typedHours.isEmpty()) {
            refusals.refuse("plannedOtjHours", "Enter the planned off-the-job hours");
        } else {
            try {
                hours = new BigDecimal(typedHours);
                if (heading.minimumOtjHours() != null && hours.compareTo(heading.minimumOtjHours()) < 0) {
                    refusals.refuse("plannedOtjHours", "Planned off-the-job hours must be at least "
                            + heading.minimumOtjHours().toPlainString() + ", the minimum for this apprenticeship"
                            + " after prior learning");
                } else if (hours.signum() <= 0 || hours.compareTo(new BigDecimal("5000")) > 0) {
                    refusals.refuse("plannedOtjHours", "Planned off-the-job hours must be more than 0 and at most 5000");
                }
            } catch (NumberFormatException notANumber) {
                refusals.refuse("plannedOtjHours", "Planned off-the-job hours must be a number, like 400 or 278.5");
            }
        }
        text(refusals, "teachingSessions", "the teaching sessions", draft.teachingSessions(), true);
        text(refusals, "studyDays", "the study days", draft.studyDays(), true);
        Set<String> codes = standard.map(s -> s.ksbs().stream().map(k -> k.code().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet())).orElse(Set.of());
        List<Milestone> milestones = new ArrayList<>();
        List<PlanDraft.MilestoneDraft> typed = draft.milestones().stream().filter(m -> !m.blank()).toList();
        if (typed.size() > MOST_MILESTONES) {
            refusals.refuse("milestones", "A plan can have at most " + MOST_MILESTONES + " milestones");
        }
        if (typed.isEmpty()) {
            refusals.refuse("milestones[0].title", "Add at least one milestone");
        }
        for (int i = 0; i < draft.milestones().size() && milestones.size() < MOST_MILESTONES; i++) {
            PlanDraft.MilestoneDraft m = draft.milestones().get(i);
            if (m.blank()) {
                continue;
            }
            String field = "milestones[" + i + "]";
            String title = m.title() == null ? "" : m.title().strip();
            if (title.isEmpty()) {
                refusals.refuse(field + ".title", "Enter the title of milestone " + (i + 1));
            } else if (title.length() > 200) {
                refusals.refuse(field + ".title", "The title of milestone " + (i + 1) + " must be 200 characters or fewer");
            }
            Optional<LocalDate> date = DateText.parse(m.targetDate());
            if (date.isEmpty()) {
                refusals.refuse(field + ".targetDate", "Enter the target date of milestone " + (i + 1)
                        + " as a real date, like 27/3/2026");
            } else if (heading.startDate() != null && heading.plannedEndDate() != null
                    && (date.get().isBefore(heading.startDate()) || date.get().isAfter(heading.plannedEndDate()))) {
                refusals.refuse(field + ".targetDate", "The target date of milestone " + (i + 1)
                        + " must be within the practical period, " + PlanText.date(heading.startDate()) + " to "
                        + PlanText.date(heading.plannedEndDate()));
            }
            List<String> ksbs = m.ksbs() == null ? List.of() : Arrays.stream(m.ksbs().split("[,\\s]+"))
                    .filter(code -> !code.isBlank()).map(code -> code.strip().toUpperCase(Locale.ROOT)).distinct()
                    .toList();
            List<String> unknown = ksbs.stream().filter(code -> !codes.contains(code)).toList();
            if (ksbs.isEmpty()) {
                refusals.refuse(field + ".ksbs", "Enter the KSBs milestone " + (i + 1) + " works towards, like K1, S2");
            } else if (!unknown.isEmpty()) {
                refusals.refuse(field + ".ksbs", "Milestone " + (i + 1) + " names KSBs the standard does not have: "
                        + String.join(", ", unknown));
            }
            milestones.add(new Milestone(title, date.orElse(null), ksbs));
        }
        text(refusals, "rolesAndResponsibilities", "the roles and responsibilities", draft.rolesAndResponsibilities(),
                true);
        text(refusals, "supportNeeds", "the support needs, or “none”", draft.supportNeeds(), true);
        text(refusals, "englishAndMathsPlan", "the English and maths plan", draft.englishAndMathsPlan(), true);
        drafted.forEach(refusals::refuse);
        refusals.throwIfAny();
        PlannedFunctionalSkills functionalSkills = PlannedFunctionalSkills.chosen(draft.functionalSkillsEnglish(),
                draft.functionalSkillsMaths());
        return new PlanContent(hours, draft.teachingSessions(), draft.studyDays(), milestones,
                draft.rolesAndResponsibilities(), draft.supportNeeds(), draft.englishAndMathsPlan(), functionalSkills);
    }

    private static void text(Refusals refusals, String field, String words, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            refusals.refuse(field, "Enter " + words);
        } else if (value != null && value.length() > LONGEST_TEXT) {
            refusals.refuse(field, Character.toUpperCase(words.charAt(0)) + words.substring(1) + " must be "
                    + LONGEST_TEXT + " characters or fewer");
        }
    }
}
