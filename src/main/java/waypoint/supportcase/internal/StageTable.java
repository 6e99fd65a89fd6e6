package waypoint.supportcase.internal;

import static waypoint.supportcase.internal.StageTable.Action.CLOSE;
import static waypoint.supportcase.internal.StageTable.Action.DISMISS_APPEAL;
import static waypoint.supportcase.internal.StageTable.Action.END_APPRENTICESHIP;
import static waypoint.supportcase.internal.StageTable.Action.END_UNDER_OTHER_POLICY;
import static waypoint.supportcase.internal.StageTable.Action.EXTEND_STAGE_3;
import static waypoint.supportcase.internal.StageTable.Action.HOLD_MEETING;
import static waypoint.supportcase.internal.StageTable.Action.MOVE_TO_STAGE_1;
import static waypoint.supportcase.internal.StageTable.Action.MOVE_TO_STAGE_2;
import static waypoint.supportcase.internal.StageTable.Action.OPEN_AT_STAGE_1;
import static waypoint.supportcase.internal.StageTable.Action.OPEN_AT_STAGE_2;
import static waypoint.supportcase.internal.StageTable.Action.RECOMMEND;
import static waypoint.supportcase.internal.StageTable.Action.RECORD_APPEAL;
import static waypoint.supportcase.internal.StageTable.Action.RECORD_TOLD_IN_PERSON;
import static waypoint.supportcase.internal.StageTable.Action.RETURN_OFF_SUPPORT;
import static waypoint.supportcase.internal.StageTable.Action.RETURN_TO_STAGE_1;
import static waypoint.supportcase.internal.StageTable.Action.RETURN_TO_STAGE_2;
import static waypoint.supportcase.internal.StageTable.Action.SEND_RECOMMENDATION_EMAIL;
import static waypoint.supportcase.internal.StageTable.Action.START_STAGE_3;
import static waypoint.supportcase.internal.StageTable.Action.START_STAGE_4;
import static waypoint.supportcase.internal.StageTable.Action.START_STAGE_5;
import static waypoint.supportcase.internal.StageTable.Action.TAKE_BREAK;
import static waypoint.supportcase.internal.StageTable.Action.UPHOLD_APPEAL;
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

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import waypoint.shared.time.GovUkDates;
import waypoint.shared.workflow.StateTable;

/**
 * Your support policy (docs/domain/support-policy.md) as one table of literal rows: every step a case may take,
 * from which stage, who takes it, where it leads and what must be true first. Anything not in the table is refused,
 * and so is a step whose precondition does not hold, with the precondition's reason (“stage 4 needs the stage 3
 * recommendation email to have been sent”). The rows are a {@link StateTable} of {@link Step}s; the
 * {@link SupportCase} aggregate asks {@link #require} before every change. Drawn to docs/workflows/support-stages.md
 * by StageTableTest.
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

    /** One row: from a stage, by an action, taken by whom, to a stage, once every precondition holds. */
    public record Step(SupportStage from, Action action, Who who, SupportStage to, List<Precondition> needs)
            implements StateTable.Move<SupportStage, Action> {
    }

    /** The outcomes each formal stage's recommendation may choose from (your support policy, Next steps). */
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

    // ------------------------------------------------------------------ the preconditions, in the policy's words

    /** Stage 3 before steps: “The apprentice will be notified in person and confirmed by email”. */
    static final Precondition TOLD_IN_PERSON = Precondition.of(CaseFacts::toldInPerson,
            "stage 3 needs the apprentice to have been told in person first");

    /** Stage 3 before steps: the email “will be copied to the line manager ... and the client partner”. */
    static final Precondition CLIENT_PARTNER = Precondition.of(CaseFacts::clientPartnerKnown,
            "a formal stage needs a client partner to copy in: name one on the apprenticeship (its other staff),"
                    + " or set your default client partner in the support case settings");

    /** “This recommendation is shared in the last meeting”: the stage's two meetings come first. */
    static Precondition twoMeetings(int n) {
        return Precondition.of(f -> f.meetingsThisStage() >= 2, "a stage " + n + " recommendation needs the two"
                + " stage " + n + " meetings to have been held");
    }

    static Precondition meetingsOpen(int n) {
        return Precondition.of(f -> f.recommendation() == null, "the stage " + n + " meetings are over: its"
                + " recommendation has been made");
    }

    static Precondition noRecommendationYet(int n) {
        return Precondition.of(f -> f.recommendation() == null, "stage " + n + " already has a recommendation");
    }

    static Precondition recommendationRecorded(int n) {
        return Precondition.of(f -> f.recommendation() != null, "the stage " + n + " recommendation email needs the"
                + " recommendation to have been recorded");
    }

    static Precondition emailNotYetSent(int n) {
        return Precondition.of(f -> !f.recommendationEmailSent(), "the stage " + n + " recommendation email has"
                + " already been sent");
    }

    /** Stages 4 and 5 before steps: “Stage 3 must have occurred” (its two meetings). */
    static Precondition stageOccurred(int n) {
        return Precondition.of(f -> f.meetingsThisStage() >= 2, "stage " + (n + 1) + " needs stage " + n
                + " to have taken place (its two meetings)");
    }

    /** The recommendation chosen is the one acted on. */
    static Precondition recommended(int n, Outcome outcome, String what) {
        return Precondition.of(f -> f.recommendation() == outcome, what + " needs the stage " + n
                + " recommendation to be: " + outcome.words().toLowerCase());
    }

    /** Stages 4 and 5 before steps: “The recommendation email must have been sent”. */
    static Precondition emailSent(int n, String what) {
        return Precondition.of(CaseFacts::recommendationEmailSent, what + " needs the stage " + n
                + " recommendation email to have been sent");
    }

    /** Points to note: the 10-working-day appeal is against a stage 5 termination, confirmed by email. */
    static final Precondition TERMINATION = Precondition.of(f -> f.recommendation() == Outcome.END_APPRENTICESHIP
            && f.recommendationEmailSent(), "an appeal needs a stage 5 recommendation to end the apprenticeship,"
            + " confirmed by email");
    static final Precondition NO_APPEAL_YET = Precondition.of(f -> !f.appealReceived(),
            "an appeal has already been recorded");
    static final Precondition WITHIN_APPEAL_WINDOW = new Precondition(
            f -> f.appealDeadline() != null && !f.today().isAfter(f.appealDeadline()),
            f -> "the appeal window closed on " + date(f) + " (10 working days after the stage 5 recommendation"
                    + " email)");
    static final Precondition APPEAL_PENDING = Precondition.of(f -> f.appealReceived() && !f.appealDecided(),
            "there is no appeal waiting for a decision");
    static final Precondition APPEAL_DECIDED_FIRST = Precondition.of(f -> !f.appealReceived(),
            "the appeal must be decided first");
    static final Precondition APPEAL_WINDOW_PASSED = new Precondition(CaseFacts::appealWindowPassed,
            f -> "the termination takes effect only when the appeal window has passed (it closes at the end of "
                    + date(f) + ")");

    // ------------------------------------------------------------------ the table

    public static final StateTable<SupportStage, Action, Step> TABLE = StateTable.ofMoves(List.of(
            // Opening: a case opens at an informal stage; another policy may end an apprenticeship at any time
            step(NONE, OPEN_AT_STAGE_1, Who.COACH, STAGE_1),
            step(NONE, OPEN_AT_STAGE_2, Who.COACH, STAGE_2),
            step(NONE, END_UNDER_OTHER_POLICY, Who.HEAD, ENDED_BY_OTHER_POLICY),

            // Stage 1 (informal): back and forth with stage 2 as often as needed
            step(STAGE_1, MOVE_TO_STAGE_2, Who.COACH, STAGE_2),
            step(STAGE_1, CLOSE, Who.COACH, OFF_SUPPORT),
            step(STAGE_1, RECORD_TOLD_IN_PERSON, Who.COACH, STAGE_1),
            step(STAGE_1, START_STAGE_3, Who.COACH, STAGE_3, TOLD_IN_PERSON, CLIENT_PARTNER),
            step(STAGE_1, END_UNDER_OTHER_POLICY, Who.HEAD, ENDED_BY_OTHER_POLICY),

            // Stage 2 (informal)
            step(STAGE_2, MOVE_TO_STAGE_1, Who.COACH, STAGE_1),
            step(STAGE_2, CLOSE, Who.COACH, OFF_SUPPORT),
            step(STAGE_2, RECORD_TOLD_IN_PERSON, Who.COACH, STAGE_2),
            step(STAGE_2, START_STAGE_3, Who.COACH, STAGE_3, TOLD_IN_PERSON, CLIENT_PARTNER),
            step(STAGE_2, END_UNDER_OTHER_POLICY, Who.HEAD, ENDED_BY_OTHER_POLICY),

            // Stage 3 (formal): two meetings run by the apprentice, the coach advising; the coach recommends
            step(STAGE_3, HOLD_MEETING, Who.COACH, STAGE_3, meetingsOpen(3)),
            step(STAGE_3, RECOMMEND, Who.COACH, STAGE_3, twoMeetings(3), noRecommendationYet(3)),
            step(STAGE_3, SEND_RECOMMENDATION_EMAIL, Who.COACH, STAGE_3, recommendationRecorded(3), emailNotYetSent(3)),
            step(STAGE_3, RETURN_TO_STAGE_1, Who.COACH, STAGE_1,
                    recommended(3, Outcome.BACK_TO_STAGE_1, "moving back to stage 1"), emailSent(3, "moving back to stage 1")),
            step(STAGE_3, RETURN_TO_STAGE_2, Who.COACH, STAGE_2,
                    recommended(3, Outcome.BACK_TO_STAGE_2, "moving back to stage 2"), emailSent(3, "moving back to stage 2")),
            step(STAGE_3, RETURN_OFF_SUPPORT, Who.COACH, OFF_SUPPORT,
                    recommended(3, Outcome.OFF_SUPPORT, "closing the case"), emailSent(3, "closing the case")),
            step(STAGE_3, TAKE_BREAK, Who.COACH, BREAK_IN_LEARNING,
                    recommended(3, Outcome.BREAK_IN_LEARNING, "a break in learning"), emailSent(3, "a break in learning")),
            step(STAGE_3, END_UNDER_OTHER_POLICY, Who.HEAD, ENDED_BY_OTHER_POLICY),
            // Stage 4 before steps: stage 3 occurred, its recommendation email sent; the lead sends the introduction
            step(STAGE_3, START_STAGE_4, Who.LEAD, STAGE_4, stageOccurred(3),
                    recommended(3, Outcome.ESCALATE_TO_STAGE_4, "stage 4"), emailSent(3, "stage 4"), CLIENT_PARTNER),

            // Stage 4 (formal): the pastoral or tech lead advises and recommends
            step(STAGE_4, HOLD_MEETING, Who.LEAD, STAGE_4, meetingsOpen(4)),
            step(STAGE_4, RECOMMEND, Who.LEAD, STAGE_4, twoMeetings(4), noRecommendationYet(4)),
            step(STAGE_4, SEND_RECOMMENDATION_EMAIL, Who.LEAD, STAGE_4, recommendationRecorded(4), emailNotYetSent(4)),
            step(STAGE_4, RETURN_TO_STAGE_1, Who.LEAD, STAGE_1,
                    recommended(4, Outcome.BACK_TO_STAGE_1, "moving back to stage 1"), emailSent(4, "moving back to stage 1")),
            step(STAGE_4, RETURN_TO_STAGE_2, Who.LEAD, STAGE_2,
                    recommended(4, Outcome.BACK_TO_STAGE_2, "moving back to stage 2"), emailSent(4, "moving back to stage 2")),
            step(STAGE_4, RETURN_OFF_SUPPORT, Who.LEAD, OFF_SUPPORT,
                    recommended(4, Outcome.OFF_SUPPORT, "closing the case"), emailSent(4, "closing the case")),
            step(STAGE_4, TAKE_BREAK, Who.LEAD, BREAK_IN_LEARNING,
                    recommended(4, Outcome.BREAK_IN_LEARNING, "a break in learning"), emailSent(4, "a break in learning")),
            step(STAGE_4, EXTEND_STAGE_3, Who.LEAD, STAGE_3,
                    recommended(4, Outcome.EXTEND_STAGE_3, "extending stage 3"), emailSent(4, "extending stage 3")),
            step(STAGE_4, END_UNDER_OTHER_POLICY, Who.HEAD, ENDED_BY_OTHER_POLICY),
            // Stage 5 before steps: stage 4 occurred, its email sent; the head sends the introduction
            step(STAGE_4, START_STAGE_5, Who.HEAD, STAGE_5, stageOccurred(4),
                    recommended(4, Outcome.ESCALATE_TO_STAGE_5, "stage 5"), emailSent(4, "stage 5"), CLIENT_PARTNER),

            // Stage 5 (formal): the head advises; the director recommends
            step(STAGE_5, HOLD_MEETING, Who.HEAD, STAGE_5, meetingsOpen(5)),
            step(STAGE_5, RECOMMEND, Who.DIRECTOR, STAGE_5, twoMeetings(5), noRecommendationYet(5)),
            step(STAGE_5, SEND_RECOMMENDATION_EMAIL, Who.DIRECTOR, STAGE_5, recommendationRecorded(5), emailNotYetSent(5)),
            step(STAGE_5, RETURN_TO_STAGE_1, Who.DIRECTOR, STAGE_1,
                    recommended(5, Outcome.BACK_TO_STAGE_1, "moving back to stage 1"), emailSent(5, "moving back to stage 1")),
            step(STAGE_5, RETURN_TO_STAGE_2, Who.DIRECTOR, STAGE_2,
                    recommended(5, Outcome.BACK_TO_STAGE_2, "moving back to stage 2"), emailSent(5, "moving back to stage 2")),
            step(STAGE_5, RETURN_OFF_SUPPORT, Who.DIRECTOR, OFF_SUPPORT,
                    recommended(5, Outcome.OFF_SUPPORT, "closing the case"), emailSent(5, "closing the case")),
            step(STAGE_5, TAKE_BREAK, Who.DIRECTOR, BREAK_IN_LEARNING,
                    recommended(5, Outcome.BREAK_IN_LEARNING, "a break in learning"), emailSent(5, "a break in learning")),
            step(STAGE_5, EXTEND_STAGE_3, Who.DIRECTOR, STAGE_3,
                    recommended(5, Outcome.EXTEND_STAGE_3, "extending stage 3"), emailSent(5, "extending stage 3")),
            step(STAGE_5, END_UNDER_OTHER_POLICY, Who.HEAD, ENDED_BY_OTHER_POLICY),
            // Points to note: a 10-working-day appeal against the outcome of stage 5
            step(STAGE_5, RECORD_APPEAL, Who.APPELLANT, STAGE_5, TERMINATION, NO_APPEAL_YET, WITHIN_APPEAL_WINDOW),
            step(STAGE_5, UPHOLD_APPEAL, Who.DIRECTOR, STAGE_5, APPEAL_PENDING),
            step(STAGE_5, DISMISS_APPEAL, Who.DIRECTOR, ENDED, APPEAL_PENDING),
            // the termination takes effect only when the appeal window has passed or the appeal is decided
            step(STAGE_5, END_APPRENTICESHIP, Who.DIRECTOR, ENDED, TERMINATION, APPEAL_DECIDED_FIRST,
                    APPEAL_WINDOW_PASSED)));

    /** The rows, in the order written. */
    public static final List<Step> STEPS = TABLE.moves();

    private StageTable() {
    }

    private static Step step(SupportStage from, Action action, Who who, SupportStage to, Precondition... needs) {
        return new Step(from, action, who, to, List.of(needs));
    }

    private static String date(CaseFacts f) {
        return f.appealDeadline() == null ? "an unknown date" : GovUkDates.date(f.appealDeadline());
    }

    public static Optional<Step> step(SupportStage from, Action action) {
        return TABLE.find(from, action);
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
        TABLE.require(from, action, (stage, a) -> new SupportCaseRefused(notFrom(stage, a)));
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
