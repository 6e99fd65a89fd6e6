package waypoint.supportcase.internal;

import static waypoint.supportcase.internal.SupportStage.BREAK_IN_LEARNING;
import static waypoint.supportcase.internal.SupportStage.ENDED;
import static waypoint.supportcase.internal.SupportStage.ENDED_BY_OTHER_POLICY;
import static waypoint.supportcase.internal.SupportStage.NONE;
import static waypoint.supportcase.internal.SupportStage.OFF_SUPPORT;
import static waypoint.supportcase.internal.SupportStage.STAGE_1;
import static waypoint.supportcase.internal.SupportStage.STAGE_2;
import static waypoint.supportcase.internal.SupportStage.STAGE_3;
import static waypoint.supportcase.internal.SupportStage.STAGE_4;
import static waypoint.supportcase.internal.SupportStage.STAGE_5;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;



/**
 * The support and escalation policy (seed 003) as one table: every step a case may take, from which stage, who
 * takes it, where it leads and what must be true first. Anything not in the table is refused, and so is a step
 * whose precondition does not hold, with the precondition's reason (“stage 4 needs the stage 3 recommendation email
 * to have been sent“). Drawn to docs/workflows/support-stages.md by StageTableTest.
 */
public final class StageTable {

    public enum Action {
        OPEN_AT_STAGE_1("open the case at stage 1"),
        OPEN_AT_STAGE_2("open the case at stage 2"),
        MOVE_TO_STAGE_1("move to stage 1"),
        MOVE_TO_STAGE_2("move to stage 2"),
        CLOSE("close the case: off support"),
        RECORD_TOLD_IN_PERSON("record that the apprentice was told in person of formal support"),
        START_STAGE_3("start stage 3 and send its email"),
        HOLD_MEETING("record a meeting"),
        RECOMMEND("record the recommendation"),
        SEND_RECOMMENDATION_EMAIL("send the recommendation email"),
        START_STAGE_4("start stage 4 and send its introduction email"),
        START_STAGE_5("start stage 5 and send its introduction email"),
        EXTEND_STAGE_3("extend the formal support at stage 3"),
        RETURN_TO_STAGE_1("move back to stage 1"),
        RETURN_TO_STAGE_2("move back to stage 2"),
        RETURN_OFF_SUPPORT("close the case: back off support"),
        TAKE_BREAK("start a break in learning"),
        RECORD_APPEAL("record an appeal"),
        UPHOLD_APPEAL("uphold the appeal"),
        DISMISS_APPEAL("dismiss the appeal: the termination takes effect"),
        END_APPRENTICESHIP("end the apprenticeship"),
        END_UNDER_OTHER_POLICY("end the apprenticeship under another policy");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Something that must be true before a step, and the reason given when it is not. */
    public record Precondition(Predicate<CaseFacts> holds, Function<CaseFacts, String> reason) {

        static Precondition of(Predicate<CaseFacts> holds, String reason) {
            return new Precondition(holds, facts -> reason);
        }
    }

    public record Step(SupportStage from, Action action, Who who, SupportStage to, List<Precondition> needs) {
    }

    /** The outcomes each formal stage's recommendation may choose from (seed 003, Next steps). */
    public static final Map<SupportStage, Set<Outcome>> OUTCOMES = Map.of(
            STAGE_3, EnumSet.of(Outcome.BACK_TO_STAGE_1, Outcome.BACK_TO_STAGE_2, Outcome.OFF_SUPPORT,
                    Outcome.ESCALATE_TO_STAGE_4, Outcome.BREAK_IN_LEARNING),
            STAGE_4, EnumSet.of(Outcome.BACK_TO_STAGE_1, Outcome.BACK_TO_STAGE_2, Outcome.OFF_SUPPORT,
                    Outcome.EXTEND_STAGE_3, Outcome.BREAK_IN_LEARNING, Outcome.ESCALATE_TO_STAGE_5),
            STAGE_5, EnumSet.of(Outcome.BACK_TO_STAGE_1, Outcome.BACK_TO_STAGE_2, Outcome.OFF_SUPPORT,
                    Outcome.EXTEND_STAGE_3, Outcome.BREAK_IN_LEARNING, Outcome.END_APPRENTICESHIP));

    /** The role running each formal stage's meetings, and the one making its recommendation. */
    static final Map<SupportStage, Who> RUNS = Map.of(STAGE_3, Who.COACH, STAGE_4, Who.LEAD, STAGE_5, Who.HEAD);
    static final Map<SupportStage, Who> RECOMMENDS = Map.of(STAGE_3, Who.COACH, STAGE_4, Who.LEAD, STAGE_5,
            Who.DIRECTOR);

    public static final List<Step> STEPS = steps();

    private StageTable() {
    }

    private static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(NONE, Action.OPEN_AT_STAGE_1, Who.COACH, STAGE_1, List.of()));
        steps.add(new Step(NONE, Action.OPEN_AT_STAGE_2, Who.COACH, STAGE_2, List.of()));
        steps.add(new Step(NONE, Action.END_UNDER_OTHER_POLICY, Who.HEAD, ENDED_BY_OTHER_POLICY, List.of()));
        // Stages 1 and 2: back and forth as often as needed (seed 003: "stage one, stage two back to stage one...")
        for (SupportStage informal : List.of(STAGE_1, STAGE_2)) {
            steps.add(new Step(informal, informal == STAGE_1 ? Action.MOVE_TO_STAGE_2 : Action.MOVE_TO_STAGE_1,
                    Who.COACH, informal == STAGE_1 ? STAGE_2 : STAGE_1, List.of()));
            steps.add(new Step(informal, Action.CLOSE, Who.COACH, OFF_SUPPORT, List.of()));
            steps.add(new Step(informal, Action.RECORD_TOLD_IN_PERSON, Who.COACH, informal, List.of()));
            // "The apprentice will be notified in person and confirmed by email"
            steps.add(new Step(informal, Action.START_STAGE_3, Who.COACH, STAGE_3, List.of(Precondition.of(
                    CaseFacts::toldInPerson, "stage 3 needs the apprentice to have been told in person first"))));
            steps.add(new Step(informal, Action.END_UNDER_OTHER_POLICY, Who.HEAD, ENDED_BY_OTHER_POLICY, List.of()));
        }
        for (SupportStage formal : List.of(STAGE_3, STAGE_4, STAGE_5)) {
            int n = formal.number();
            Who runs = RUNS.get(formal);
            Who recommends = RECOMMENDS.get(formal);
            steps.add(new Step(formal, Action.HOLD_MEETING, runs, formal, List.of(noRecommendation(n,
                    "the stage " + n + " meetings are over: its recommendation has been made"))));
            // "This recommendation is shared in the last meeting": two meetings first
            steps.add(new Step(formal, Action.RECOMMEND, recommends, formal, List.of(
                    Precondition.of(f -> f.meetingsThisStage() >= 2, "a stage " + n
                            + " recommendation needs the two stage " + n + " meetings to have been held"),
                    noRecommendation(n, "stage " + n + " already has a recommendation"))));
            steps.add(new Step(formal, Action.SEND_RECOMMENDATION_EMAIL, recommends, formal, List.of(
                    Precondition.of(f -> f.recommendation() != null, "the stage " + n
                            + " recommendation email needs the recommendation to have been recorded"),
                    Precondition.of(f -> !f.recommendationEmailSent(), "the stage " + n
                            + " recommendation email has already been sent"))));
            steps.add(outcomeStep(formal, Action.RETURN_TO_STAGE_1, recommends, STAGE_1, "moving back to stage 1",
                    Outcome.BACK_TO_STAGE_1));
            steps.add(outcomeStep(formal, Action.RETURN_TO_STAGE_2, recommends, STAGE_2, "moving back to stage 2",
                    Outcome.BACK_TO_STAGE_2));
            steps.add(outcomeStep(formal, Action.RETURN_OFF_SUPPORT, recommends, OFF_SUPPORT, "closing the case",
                    Outcome.OFF_SUPPORT));
            steps.add(outcomeStep(formal, Action.TAKE_BREAK, recommends, BREAK_IN_LEARNING, "a break in learning",
                    Outcome.BREAK_IN_LEARNING));
            steps.add(new Step(formal, Action.END_UNDER_OTHER_POLICY, Who.HEAD, ENDED_BY_OTHER_POLICY, List.of()));
        }
        // Stage 4 before steps: "The recommendation email must have been sent from stage 3. Stage 3 must have
        // occurred. Stage 4 introduction email should be sent by Pastoral lead or tech lead"
        steps.add(new Step(STAGE_3, Action.START_STAGE_4, Who.LEAD, STAGE_4, escalation(3, Outcome.ESCALATE_TO_STAGE_4)));
        steps.add(outcomeStep(STAGE_4, Action.EXTEND_STAGE_3, Who.LEAD, STAGE_3, "extending stage 3",
                Outcome.EXTEND_STAGE_3));
        // Stage 5 before steps: the same, from stage 4, the introduction by the head of developer success or training
        steps.add(new Step(STAGE_4, Action.START_STAGE_5, Who.HEAD, STAGE_5, escalation(4, Outcome.ESCALATE_TO_STAGE_5)));
        steps.add(outcomeStep(STAGE_5, Action.EXTEND_STAGE_3, Who.DIRECTOR, STAGE_3, "extending stage 3",
                Outcome.EXTEND_STAGE_3));
        // "There is a 10 working days appeal process to the outcome of stage 5"
        Precondition termination = Precondition.of(f -> f.recommendation() == Outcome.END_APPRENTICESHIP
                && f.recommendationEmailSent(), "an appeal needs a stage 5 recommendation to end the apprenticeship,"
                + " confirmed by email");
        steps.add(new Step(STAGE_5, Action.RECORD_APPEAL, Who.APPELLANT, STAGE_5, List.of(termination,
                Precondition.of(f -> !f.appealReceived(), "an appeal has already been recorded"),
                new Precondition(f -> f.appealDeadline() != null && !f.today().isAfter(f.appealDeadline()),
                        f -> "the appeal window closed on " + date(f) + " (10 working days after the stage 5"
                                + " recommendation email)"))));
        Precondition pending = Precondition.of(f -> f.appealReceived() && !f.appealDecided(),
                "there is no appeal waiting for a decision");
        steps.add(new Step(STAGE_5, Action.UPHOLD_APPEAL, Who.DIRECTOR, STAGE_5, List.of(pending)));
        steps.add(new Step(STAGE_5, Action.DISMISS_APPEAL, Who.DIRECTOR, ENDED, List.of(pending)));
        // "a termination takes effect only when the appeal window has passed or the appeal is decided"
        steps.add(new Step(STAGE_5, Action.END_APPRENTICESHIP, Who.DIRECTOR, ENDED, List.of(termination,
                Precondition.of(f -> !f.appealReceived(), "the appeal must be decided first"),
                new Precondition(CaseFacts::appealWindowPassed, f -> "the termination takes effect only when the"
                        + " appeal window has passed (it closes at the end of " + date(f) + ")"))));
        return List.copyOf(steps);
    }

    private static String date(CaseFacts f) {
        return f.appealDeadline() == null ? "an unknown date" : Dates.of(f.appealDeadline());
    }

    private static Precondition noRecommendation(int n, String reason) {
        return Precondition.of(f -> f.recommendation() == null, reason);
    }

    private static Step outcomeStep(SupportStage from, Action action, Who who, SupportStage to, String what,
            Outcome outcome) {
        int n = from.number();
        return new Step(from, action, who, to, List.of(
                Precondition.of(f -> f.recommendation() == outcome, what + " needs the stage " + n
                        + " recommendation to be: " + outcome.words().toLowerCase()),
                Precondition.of(CaseFacts::recommendationEmailSent, what + " needs the stage " + n
                        + " recommendation email to have been sent")));
    }

    private static List<Precondition> escalation(int n, Outcome outcome) {
        int next = n + 1;
        return List.of(
                Precondition.of(f -> f.meetingsThisStage() >= 2, "stage " + next + " needs stage " + n
                        + " to have taken place (its two meetings)"),
                Precondition.of(f -> f.recommendation() == outcome, "stage " + next + " needs the stage " + n
                        + " recommendation to be: " + outcome.words().toLowerCase()),
                Precondition.of(CaseFacts::recommendationEmailSent, "stage " + next + " needs the stage " + n
                        + " recommendation email to have been sent"));
    }

    public static Optional<Step> step(SupportStage from, Action action) {
        return STEPS.stream().filter(s -> s.from() == from && s.action() == action).findFirst();
    }

    /** The first precondition that does not hold, as its reason; empty when the step may be taken. */
    public static Optional<String> whyNot(SupportStage from, Action action, CaseFacts facts) {
        Optional<Step> step = step(from, action);
        if (step.isEmpty()) {
            return Optional.of(notFrom(from, action));
        }
        return step.get().needs().stream().filter(p -> !p.holds().test(facts)).findFirst()
                .map(p -> p.reason().apply(facts));
    }

    public static boolean allows(SupportStage from, Action action, CaseFacts facts) {
        return whyNot(from, action, facts).isEmpty();
    }

    /** The step, or a refusal saying why not. */
    public static Step require(SupportStage from, Action action, CaseFacts facts) {
        whyNot(from, action, facts).ifPresent(reason -> {
            throw new SupportCaseRefused(reason);
        });
        return step(from, action).orElseThrow();
    }

    /** The steps that may be taken now, in table order: what the case page offers next. */
    public static List<Step> available(SupportStage from, CaseFacts facts) {
        return STEPS.stream().filter(s -> s.from() == from && allows(from, s.action(), facts)).toList();
    }

    private static String notFrom(SupportStage from, Action action) {
        String fromWhere = STEPS.stream().filter(s -> s.action() == action).map(s -> s.from().words())
                .distinct().collect(Collectors.joining(", "));
        return "A case at " + (from == NONE ? "no stage" : from.words().toLowerCase()) + " cannot "
                + action.words() + (fromWhere.isEmpty() ? "" : " (only from: " + fromWhere.toLowerCase() + ")");
    }
}
