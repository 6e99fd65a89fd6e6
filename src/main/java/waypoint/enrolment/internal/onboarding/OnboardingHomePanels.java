package waypoint.enrolment.internal.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.catalogue.StandardDetails;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.EmployerId;

/**
 * What onboarding adds to the home pages of learners and employer contacts: the learner's next steps, plan, contacts,
 * dates and status; the employer's apprentices with what needs the employer's action.
 */
@Component
public class OnboardingHomePanels {

    static final int MOST_APPRENTICES = 25;

    private final Apprenticeships apprenticeships;
    private final ApprenticeshipAccess access;
    private final OnboardingProgress progress;
    private final OnboardingRules rules;
    private final JdbcClient jdbc;

    OnboardingHomePanels(Apprenticeships apprenticeships, ApprenticeshipAccess access, OnboardingProgress progress,
            OnboardingRules rules, JdbcClient jdbc) {
        this.apprenticeships = apprenticeships;
        this.access = access;
        this.progress = progress;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** A thing to do, with where to do it. */
    public record Action(String words, String link) {
    }

    /** The safeguarding officer's contact is the safeguarding module's own panel, so it is not repeated here. */
    public record LearnerHome(ApprenticeshipSummary apprenticeship, List<Action> nextSteps, Optional<Integer> planVersion,
            boolean planSigned) {
    }

    public record ApprenticeRow(ApprenticeshipSummary apprenticeship, List<Action> actions) {
    }

    public record EmployerHome(List<ApprenticeRow> apprentices) {

        public long needingAction() {
            return apprentices.stream().filter(a -> !a.actions().isEmpty()).count();
        }
    }

    public Optional<LearnerHome> learner(CurrentUser user) {
        if (!user.has(Role.LEARNER)) {
            return Optional.empty();
        }
        return apprenticeships.currentForLearnerAccount(user.id()).map(a -> {
            OnboardingFacts facts = progress.facts(a);
            Map<OnboardingTask, TaskState> states = TaskStates.of(facts);
            String base = "/apprenticeships/" + a.id();
            List<Action> next = new ArrayList<>();
            if (a.status() == ApprenticeshipStatus.ONBOARDING) {
                if (facts.learnerRatings() < facts.ksbs()) {
                    next.add(new Action("Rate yourself on every KSB in your skills scan",
                            base + "/onboarding/skills-scan"));
                }
                if (states.get(OnboardingTask.PRIOR_LEARNING) == TaskState.NOT_STARTED) {
                    next.add(new Action("Tell us about any prior learning", base + "/onboarding/prior-learning"));
                }
                if (!facts.declarationSigned()) {
                    next.add(new Action("Sign the handbook declaration", base + "/onboarding/declaration"));
                }
            }
            if (facts.planVersion() > 0 && !facts.planSignedBy().contains(Party.LEARNER)) {
                next.add(new Action("Sign version " + facts.planVersion() + " of your training plan",
                        base + "/training-plan/sign"));
            }
            return new LearnerHome(a, next, facts.planVersion() > 0 ? Optional.of(facts.planVersion())
                    : Optional.empty(), facts.planSignedBy().size() == Party.values().length);
        });
    }

    public Optional<EmployerHome> employer(CurrentUser user) {
        if (!user.has(Role.EMPLOYER_CONTACT)) {
            return Optional.empty();
        }
        ApprenticeshipScope scope = access.scopeOf(user);
        if (scope.kind() != ApprenticeshipScope.Kind.EMPLOYER) {
            return Optional.empty();
        }
        List<ApprenticeshipSummary> theirs = apprenticeships.ofEmployer(new EmployerId(scope.id()), MOST_APPRENTICES);
        if (theirs.isEmpty()) {
            return Optional.of(new EmployerHome(List.of()));
        }
        Map<ApprenticeshipId, Need> needs = needs(theirs.stream().map(ApprenticeshipSummary::id).toList());
        // KSB counts per standard version: a handful of versions among one employer's apprentices.
        Map<String, Integer> ksbs = new HashMap<>();
        List<ApprenticeRow> rows = theirs.stream().map(a -> {
            Need need = needs.get(a.id());
            String base = "/apprenticeships/" + a.id();
            List<Action> actions = new ArrayList<>();
            if (need != null && a.status() == ApprenticeshipStatus.ONBOARDING) {
                int count = ksbs.computeIfAbsent(a.standardReference() + " " + a.standardVersion(),
                        key -> rules.standard(a).map(StandardDetails::ksbs).map(List::size).orElse(0));
                if (need.employerRatings() < count) {
                    actions.add(new Action("Rate the skills scan", base + "/onboarding/skills-scan"));
                }
                if (!need.preStartMeetingDone()) {
                    actions.add(new Action("Meet for the pre-start meeting", base + "/onboarding"));
                } else if (!need.startUpMeetingDone()) {
                    actions.add(new Action("Meet for the start-up meeting", base + "/onboarding"));
                }
            }
            if (need != null && need.planVersion() > 0 && !need.employerSigned()) {
                actions.add(new Action("Sign version " + need.planVersion() + " of the training plan",
                        base + "/training-plan/sign"));
            }
            return new ApprenticeRow(a, actions);
        }).toList();
        return Optional.of(new EmployerHome(rows));
    }

    record Need(int planVersion, boolean employerSigned, int employerRatings, boolean preStartMeetingDone,
            boolean startUpMeetingDone) {
    }

    /** What each apprenticeship needs from its employer, in one query for them all. */
    private Map<ApprenticeshipId, Need> needs(List<ApprenticeshipId> ids) {
        Map<ApprenticeshipId, Need> needs = new HashMap<>();
        jdbc.sql("""
                SELECT a.id,
                       coalesce(p.latest, 0) AS plan_version,
                       EXISTS (SELECT 1 FROM onboarding_signature s WHERE s.apprenticeship_id = a.id
                               AND s.document = 'TRAINING_PLAN' AND s.party = 'EMPLOYER'
                               AND s.document_version = p.latest) AS employer_signed,
                       (SELECT count(*) FROM skills_scan_rating k WHERE k.apprenticeship_id = a.id
                               AND k.rater = 'EMPLOYER') AS employer_ratings,
                       coalesce((SELECT t.completed FROM onboarding_task t WHERE t.apprenticeship_id = a.id
                               AND t.task = 'PRE_START_MEETING'), FALSE) AS pre_start,
                       coalesce((SELECT t.completed FROM onboarding_task t WHERE t.apprenticeship_id = a.id
                               AND t.task = 'START_UP_MEETING'), FALSE) AS start_up
                FROM apprenticeship a
                     LEFT JOIN LATERAL (SELECT max(v.number) AS latest FROM training_plan_version v
                                        WHERE v.apprenticeship_id = a.id) p ON TRUE
                WHERE a.id IN (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> needs.put(new ApprenticeshipId(rs.getObject("id", UUID.class)),
                        new Need(rs.getInt("plan_version"), rs.getBoolean("employer_signed"),
                                rs.getInt("employer_ratings"), rs.getBoolean("pre_start"), rs.getBoolean("start_up"))))
                .list();
        return needs;
    }
}
