package waypoint.supportcase.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.PageOf;
import waypoint.supportcase.internal.Records.ActionRow;
import waypoint.supportcase.internal.Records.CaseRow;
import waypoint.supportcase.internal.Records.EmailRow;
import waypoint.supportcase.internal.Records.EventRow;
import waypoint.supportcase.internal.Records.InterventionRow;
import waypoint.supportcase.internal.Records.MeetingRow;
import waypoint.supportcase.internal.Records.RecommendationRow;
import waypoint.supportcase.internal.StageTable.Action;

/**
 * What people see of support cases: the case page (staff see everything; the apprentice and the employer see their
 * case, its meetings and what is expected of them, without notes marked staff-only), and the staff dashboard of
 * cases by stage.
 */
@Service
public class SupportCaseViews {

    private final SupportCasePolicy policy;
    private final SupportCaseRepository cases;
    private final SupportCaseStore store;
    private final SupportTitles titles;
    private final ApprenticeshipAccess access;
    private final JdbcClient jdbc;

    SupportCaseViews(SupportCasePolicy policy, SupportCaseRepository cases, SupportCaseStore store, SupportTitles titles, ApprenticeshipAccess access,
            JdbcClient jdbc) {
        this.policy = policy;
        this.cases = cases;
        this.store = store;
        this.titles = titles;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** A step the person may take now, or one they may not yet take and why. */
    public record Next(Action action, String words, String who, String blockedBecause) {

        public String name() {
            return action.name();
        }
    }

    public record CaseView(CaseRow c, ApprenticeshipSummary a, boolean staff, boolean canAppeal, CaseFacts facts,
            List<EventRow> timeline, List<MeetingRow> meetings, List<RecommendationRow> recommendations,
            List<EmailRow> emails, List<ActionRow> actions, List<InterventionRow> interventions, List<Next> next,
            List<Next> notYet, List<String> needed, List<String> expectedOfYou, SupportTitles.Titles titles) {

        public boolean may(String action) {
            return next.stream().anyMatch(n -> n.action().name().equals(action));
        }

        public RecommendationRow current() {
            return recommendations.stream().filter(r -> r.stage() == c.stage() && r.period() == c.period())
                    .findFirst().orElse(null);
        }
    }

    @Transactional(readOnly = true)
    public CaseView view(CurrentUser user, UUID caseId) {
        SupportCasePolicy.Loaded loaded = policy.load(user, caseId);
        CaseRow c = loaded.c();
        ApprenticeshipSummary a = loaded.a();
        boolean staff = policy.canManage(user, a);
        CaseFacts facts = cases.get(c, user.displayName()).facts();
        SupportTitles.Titles t = titles.current();
        List<Next> next = new ArrayList<>();
        List<Next> notYet = new ArrayList<>();
        for (StageTable.Step step : StageTable.STEPS) {
            if (step.from() != c.stage() || !policy.may(user, a, step.who())) {
                continue;
            }
            var why = StageTable.whyNot(c.stage(), step.action(), facts);
            Next n = new Next(step.action(), capitalise(step.action().words()), t.of(step.who()), why.orElse(null));
            (why.isEmpty() ? next : notYet).add(n);
        }
        List<MeetingRow> meetings = store.meetings(c.id());
        if (!staff) {
            meetings = meetings.stream().map(MeetingRow::withoutStaffNotes).toList();
        }
        return new CaseView(c, a, staff, policy.may(user, a, Who.APPELLANT) && next.stream()
                .anyMatch(n -> n.action() == Action.RECORD_APPEAL), facts, store.timeline(c.id(), staff), meetings,
                store.recommendations(c.id()).stream().filter(r -> r.period() > 0).toList(), store.emails(c.id()),
                store.actions(c.id()), store.interventions(a.id()), next, notYet, needed(c, facts, t),
                staff ? List.of() : expected(c, facts, t, policy.isLearner(user, a)), t);
    }

    /** What the process needs next, in words, for everyone (“what is needed next”). */
    static List<String> needed(CaseRow c, CaseFacts f, SupportTitles.Titles t) {
        List<String> needed = new ArrayList<>();
        int n = c.stage().number();
        if (!c.stage().isOpen()) {
            needed.add("Nothing: the case is closed (" + c.stage().words().toLowerCase() + ").");
            return needed;
        }
        if (!c.stage().isFormal()) {
            needed.add("Informal support: record the interventions offered; move between stages 1 and 2 as often"
                    + " as needed, or close the case when the apprentice is back on track.");
            needed.add(f.toldInPerson() ? "The apprentice has been told in person: the " + t.coach()
                    + " may start stage 3 with its email (support so far, reasons, actions and dates)."
                    : "Before any formal support, the apprentice must be told in person (and it recorded).");
            if (!f.clientPartnerKnown()) {
                needed.add("Before stage 3 can begin, name a " + t.clientPartner() + " on the apprenticeship or set"
                        + " your default " + t.clientPartner() + " in the support case settings: your support policy"
                        + " copies them into every formal stage's emails.");
            }
            return needed;
        }
        needed.add(c.stagePlanUntil() == null
                ? "Warning: the end of the stage " + n + " time plan is unknown (the stage began before Waypoint kept"
                        + " it); agree it with the apprentice and note it on the case."
                : "The stage " + n + " time plan runs until " + GovUkDates.date(c.stagePlanUntil()) + ": the recommendation"
                        + " comes at its end, or earlier with the reason.");
        Who runs = StageTable.RUNS.get(c.stage());
        Who recommends = StageTable.RECOMMENDS.get(c.stage());
        if (f.recommendation() == null) {
            if (f.meetingsThisStage() < 2) {
                needed.add("Hold stage " + n + " meeting " + (f.meetingsThisStage() + 1) + " of 2, run by the"
                        + " apprentice, with the " + t.of(runs) + " to advise and record.");
            } else {
                needed.add("The " + t.of(recommends) + " records the stage " + n
                        + " recommendation, shared in the last meeting.");
            }
        } else if (!f.recommendationEmailSent()) {
            needed.add("The " + t.of(recommends) + " sends the email confirming the recommendation ("
                    + f.recommendation().words().toLowerCase() + ").");
        } else if (f.recommendation() == Outcome.END_APPRENTICESHIP) {
            if (f.appealReceived()) {
                needed.add("The " + t.director() + " decides the appeal.");
            } else if (f.appealDeadline() != null && !f.today().isAfter(f.appealDeadline())) {
                needed.add("The apprentice or the employer may appeal in writing until " + GovUkDates.date(f.appealDeadline())
                        + ". The termination takes effect only after that, or when an appeal is decided.");
            } else {
                needed.add("The appeal window has closed: the termination takes effect (overnight, or the "
                        + t.director() + " ends the apprenticeship now).");
            }
        } else {
            needed.add("Act on the recommendation: " + f.recommendation().words().toLowerCase() + ".");
        }
        return needed;
    }

    /** What the apprentice or the employer is expected to do (docs/domain/support-policy.md, During a formal stage). */
    static List<String> expected(CaseRow c, CaseFacts f, SupportTitles.Titles t, boolean learner) {
        List<String> expected = new ArrayList<>();
        int n = c.stage().number();
        if (c.stage().isFormal() && f.recommendation() == null) {
            if (learner) {
                expected.add("You run the stage " + n + " meetings. Come ready with an update on progress with your"
                        + " actions, your successes, your blockers, any amendments you propose and what support you"
                        + " need.");
            } else if (n == 3) {
                expected.add("The line manager is recommended, but not required, to attend the stage 3 meetings.");
            } else {
                expected.add("The line manager" + (n == 5 ? " and someone from the employer" : " or someone from"
                        + " the employer") + " must attend the stage " + n + " meetings. If nobody from the employer"
                        + " is there, the meeting goes ahead and its record is sent to you.");
            }
        }
        if (f.recommendation() == Outcome.END_APPRENTICESHIP && f.recommendationEmailSent() && !f.appealReceived()
                && f.appealDeadline() != null && !f.today().isAfter(f.appealDeadline())) {
            expected.add("You may appeal the stage 5 outcome in writing until " + GovUkDates.date(f.appealDeadline())
                    + ", using “Appeal” on this page.");
        }
        if (!c.stage().isOpen()) {
            expected.add("Nothing: the case is closed.");
        }
        return expected;
    }

    private static String capitalise(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    // ------------------------------------------------------------------ the dashboard

    public record CaseListRow(UUID id, SupportStage stage, String kind, java.time.Instant updatedAt,
            ApprenticeshipSummary apprenticeship) {
    }

    /** How many cases are at each stage, of the apprenticeships the person may see. */
    @Transactional(readOnly = true)
    public Map<SupportStage, Long> countsByStage(CurrentUser user) {
        ApprenticeshipScope scope = access.scopeOf(user);
        Map<SupportStage, Long> counts = new EnumMap<>(SupportStage.class);
        jdbc.sql("SELECT c.stage, count(*) FROM " + casesIn(scope) + " GROUP BY c.stage").params(scope.sqlParameters())
                .query(rs -> {
                    counts.put(SupportStage.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /**
     * The cases of the apprenticeships in the scope, as {@code c}: for someone who sees every apprenticeship, every
     * case (each names an apprenticeship that is there) without reading the apprenticeships.
     */
    private static String casesIn(ApprenticeshipScope scope) {
        return scope.kind() == ApprenticeshipScope.Kind.EVERYONE ? "support_case c"
                : "support_case c JOIN enrolment.apprenticeship a ON a.id = c.apprenticeship_id AND "
                        + scope.sqlCondition();
    }

    /**
     * A page of the open cases (or those at one stage), the furthest stage first and then the latest changed: the page
     * of cases is read from the cases alone (by their stage index), then what the page shows of its 25 apprenticeships.
     */
    @Transactional(readOnly = true)
    public PageOf<CaseListRow> cases(CurrentUser user, SupportStage stage, int page) {
        ApprenticeshipScope scope = access.scopeOf(user);
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        String from = " FROM " + casesIn(scope) + " WHERE " + (stage == null
                ? "c.stage IN ('STAGE_1','STAGE_2','STAGE_3','STAGE_4','STAGE_5')" : "c.stage = :stage");
        if (stage != null) {
            params.put("stage", stage.name());
        }
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        int size = PageOf.DEFAULT_SIZE;
        int number = Math.max(0, Math.min(page, (int) ((Math.max(total, 1) - 1) / size)));
        List<CaseListRow> rows = jdbc.sql("SELECT x.*, p.id AS case_id, p.stage AS case_stage, p.kind AS case_kind,"
                        + " p.updated_at AS case_updated FROM (SELECT c.id, c.stage, c.kind, c.updated_at,"
                        + " c.apprenticeship_id" + from + " ORDER BY c.stage DESC, c.updated_at DESC, c.id"
                        + " LIMIT :limit OFFSET :offset) p JOIN (" + Apprenticeships.SELECT
                        + ") x ON x.id = p.apprenticeship_id ORDER BY p.stage DESC, p.updated_at DESC, p.id")
                .params(params).param("limit", size).param("offset", number * size)
                .query((rs, n) -> new CaseListRow(rs.getObject("case_id", UUID.class),
                        SupportStage.valueOf(rs.getString("case_stage")), rs.getString("case_kind"),
                        rs.getTimestamp("case_updated").toInstant(), Apprenticeships.summary(rs, n))).list();
        return new PageOf<>(rows, number, size, total);
    }

    /** The person's own case, newest first (a learner's, or those of an employer's apprentices): for the home panel. */
    @Transactional(readOnly = true)
    public List<CaseListRow> ownOpenCases(CurrentUser user, int limit) {
        ApprenticeshipScope scope = access.scopeOf(user);
        return jdbc.sql("SELECT x.*, c.id AS case_id, c.stage AS case_stage, c.kind AS case_kind,"
                        + " c.updated_at AS case_updated FROM support_case c JOIN (" + Apprenticeships.SELECT
                        + " WHERE " + scope.sqlCondition() + ") x ON x.id = c.apprenticeship_id"
                        + " WHERE c.stage IN ('STAGE_1','STAGE_2','STAGE_3','STAGE_4','STAGE_5')"
                        + " ORDER BY c.updated_at DESC LIMIT :limit")
                .params(scope.sqlParameters()).param("limit", limit)
                .query((rs, n) -> new CaseListRow(rs.getObject("case_id", UUID.class),
                        SupportStage.valueOf(rs.getString("case_stage")), rs.getString("case_kind"),
                        rs.getTimestamp("case_updated").toInstant(), Apprenticeships.summary(rs, n))).list();
    }

    /** Active apprenticeships the person may see whose learner's name contains the text (at most 25). */
    @Transactional(readOnly = true)
    public List<ApprenticeshipSummary> findActive(CurrentUser user, String name) {
        ApprenticeshipScope scope = access.scopeOf(user);
        String text = name.strip().toLowerCase().replace("\\", "").replace("%", "").replace("_", "");
        if (text.isEmpty() || text.length() > 100) {
            return List.of();
        }
        return jdbc.sql(Apprenticeships.SELECT + " WHERE " + scope.sqlCondition() + " AND a.status IN ('ONBOARDING',"
                        + " 'IN_LEARNING', 'BREAK_IN_LEARNING', 'GATEWAY') AND lower(l.full_name) LIKE :q"
                        + " ORDER BY l.full_name, a.id LIMIT 25")
                .params(scope.sqlParameters()).param("q", "%" + text + "%").query(Apprenticeships::summary).list();
    }
}
