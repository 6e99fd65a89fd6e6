package waypoint.reporting.internal.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.otj.OffTheJobHours;
import waypoint.reporting.internal.evidence.EvidencePolicy;
import waypoint.reporting.internal.evidence.KeptRisks;
import waypoint.reporting.internal.evidence.RiskList;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.pdf.PdfRenderer;
import waypoint.shared.web.FieldValidationException;

/**
 * The inspection self-assessment (docs/domain/audit-and-inspection.md, "The inspection self-assessment"): under each
 * area of Ofsted's toolkit, the evidence Waypoint holds as figures with links to the lists behind them, and the
 * leaders' own judgement, each save a new version with who and when, audited. Figures are read from the views the
 * owning modules publish, over the apprenticeships the reader may see.
 */
@Service
public class SelfAssessment {

    /** Most characters in one judgement. */
    public static final int MOST_CHARACTERS = 10_000;

    /** One figure: what it counts, the value in words, and the list behind it (null when none). */
    public record Figure(String label, String value, String href) {
    }

    /** An area with its figures, its current judgement (null before the first) and the earlier versions. */
    public record Area(InspectionArea area, List<Figure> figures, Judgement current, List<Judgement> earlier) {

        public int currentVersion() {
            return current == null ? 0 : current.version();
        }
    }

    public record View(List<Area> areas, Instant madeAt, String madeBy) {
    }

    private final JdbcClient jdbc;
    private final JudgementStore judgements;
    private final EvidencePolicy policy;
    private final ApprenticeshipAccess access;
    private final KeptRisks risks;
    private final OffTheJobHours offTheJob;
    private final PdfRenderer pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfAssessment(JdbcClient jdbc, JudgementStore judgements, EvidencePolicy policy, ApprenticeshipAccess access,
            KeptRisks risks, OffTheJobHours offTheJob, PdfRenderer pdf, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.judgements = judgements;
        this.policy = policy;
        this.access = access;
        this.risks = risks;
        this.offTheJob = offTheJob;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public View view(CurrentUser user) {
        policy.requireEvidenceReader(user);
        ApprenticeshipScope scope = access.scopeOf(user);
        offTheJob.bringPaceUpToDate();
        Map<InspectionArea, List<Judgement>> byArea = new EnumMap<>(InspectionArea.class);
        judgements.all().forEach(j -> byArea.computeIfAbsent(j.area(), k -> new ArrayList<>()).add(j));
        List<Area> areas = new ArrayList<>();
        for (InspectionArea area : InspectionArea.values()) {
            List<Judgement> versions = byArea.getOrDefault(area, List.of());
            areas.add(new Area(area, figures(user, area, scope), versions.isEmpty() ? null : versions.get(0),
                    versions.size() > 1 ? versions.subList(1, versions.size()) : List.of()));
        }
        return new View(areas, clock.instant(), user.displayName());
    }

    /**
     * Saves a new version of the area's judgement. {@code basedOn} is the version the leader read: if someone saved
     * since, nothing is saved and the leader is told to read theirs first.
     */
    @Transactional
    public Judgement judge(CurrentUser user, InspectionArea area, String text, int basedOn) {
        policy.requireJudge(user);
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            throw new FieldValidationException("judgement", "Enter your judgement for " + area.words());
        }
        if (words.length() > MOST_CHARACTERS) {
            throw new FieldValidationException("judgement", "Judgement must be " + MOST_CHARACTERS
                    + " characters or fewer");
        }
        int latest = judgements.all().stream().filter(j -> j.area() == area).mapToInt(Judgement::version).max()
                .orElse(0);
        Judgement judgement = new Judgement(area, basedOn + 1, words, user.id(), user.displayName(), clock.instant());
        if (latest != basedOn || !judgements.add(judgement)) {
            throw new FieldValidationException("judgement", "Someone saved a newer judgement for " + area.words()
                    + " while you were writing. Read theirs below, then save yours again.");
        }
        events.publishEvent(new RecordChanged("self-assessment judgement", area.name(),
                basedOn == 0 ? RecordChanged.Action.CREATED : RecordChanged.Action.UPDATED,
                basedOn == 0 ? null : "version " + basedOn, "version " + judgement.version() + ": " + shortly(words)));
        return judgement;
    }

    private static String shortly(String words) {
        return words.length() <= 200 ? words : words.substring(0, 200) + "…";
    }

    /** The whole self-assessment as a tagged PDF. */
    @Transactional
    public byte[] pdf(CurrentUser user) {
        return pdf.render("reporting/self-assessment-pdf", Map.of("view", view(user)));
    }

    private static final String PAST_ONBOARDING = " a.status <> 'ONBOARDING'";
    private static final String ACTIVE = " a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING', 'GATEWAY',"
            + " 'END_POINT_ASSESSMENT')";

    private long count(ApprenticeshipScope scope, String condition) {
        return jdbc.sql("SELECT count(*) FROM enrolment.apprenticeship a WHERE " + scope.sqlCondition() + " AND "
                        + condition)
                .params(scope.sqlParameters()).params(Map.of("today", LocalDate.now(clock),
                        "yearAgo", java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(365)))))
                .query(Long.class).single();
    }

    private static String share(long part, long whole) {
        if (whole == 0) {
            return "None yet";
        }
        return part + " of " + whole + " (" + (int) Math.floor(100.0 * part / whole) + "%)";
    }

    private List<Figure> figures(CurrentUser user, InspectionArea area, ApprenticeshipScope scope) {
        List<Figure> figures = new ArrayList<>();
        switch (area) {
            case INCLUSION -> {
                long opened = count(scope, "EXISTS (SELECT 1 FROM supportcase.support_case c WHERE"
                        + " c.apprenticeship_id = a.id AND c.opened_at >= :yearAgo)");
                long open = count(scope, "EXISTS (SELECT 1 FROM supportcase.support_case c WHERE"
                        + " c.apprenticeship_id = a.id AND c.stage IN ('STAGE_1', 'STAGE_2', 'STAGE_3', 'STAGE_4',"
                        + " 'STAGE_5'))");
                long offSupport = count(scope, "EXISTS (SELECT 1 FROM supportcase.support_case c WHERE"
                        + " c.apprenticeship_id = a.id AND c.stage = 'OFF_SUPPORT' AND c.opened_at >= :yearAgo)");
                long ended = count(scope, "EXISTS (SELECT 1 FROM supportcase.support_case c WHERE"
                        + " c.apprenticeship_id = a.id AND c.stage IN ('ENDED', 'ENDED_BY_OTHER_POLICY')"
                        + " AND c.opened_at >= :yearAgo)");
                figures.add(new Figure("Apprentices with a support case opened in the last 12 months",
                        String.valueOf(opened), "/support-cases"));
                figures.add(new Figure("Of those, support no longer needed", share(offSupport, opened), null));
                figures.add(new Figure("Of those, apprenticeship ended", share(ended, opened), null));
                figures.add(new Figure("Apprentices with a support case open now", String.valueOf(open),
                        "/support-cases"));
                figures.add(new Figure("Apprentices on a break in learning now",
                        String.valueOf(count(scope, "a.status = 'BREAK_IN_LEARNING'")), null));
            }
            case CURRICULUM_AND_TEACHING -> {
                long started = count(scope, PAST_ONBOARDING);
                long active = count(scope, ACTIVE);
                figures.add(new Figure("Initial assessment completed", share(count(scope, PAST_ONBOARDING
                        + " AND EXISTS (SELECT 1 FROM enrolment.onboarding_task t WHERE t.apprenticeship_id = a.id"
                        + " AND t.task = 'INITIAL_ASSESSMENT' AND t.completed)"), started), null));
                figures.add(new Figure("Skills scan by the apprentice and the employer", share(count(scope,
                        PAST_ONBOARDING + " AND a.id IN (SELECT s.apprenticeship_id FROM enrolment.skills_scan s"
                                + " GROUP BY s.apprenticeship_id HAVING count(*) = 2)"), started), null));
                figures.add(new Figure("Prior learning decided", share(count(scope, PAST_ONBOARDING
                        + " AND EXISTS (SELECT 1 FROM enrolment.prior_learning p WHERE p.apprenticeship_id = a.id)"),
                        started), null));
                figures.add(new Figure("Active apprentices whose next review is not overdue", share(count(scope,
                        ACTIVE + " AND NOT EXISTS (SELECT 1 FROM review.progress_review r WHERE"
                                + " r.apprenticeship_id = a.id AND r.state IN ('DUE', 'PLANNED')"
                                + " AND r.due_date < :today)"), active), "/reports/review-compliance"));
                // each standard version's KSBs counted once, then joined: counted again for each apprentice, a
                // provider of 100,000 took seconds (docs/performance.md)
                long ksbs = jdbc.sql("SELECT coalesce(sum(n.ksbs), 0) FROM enrolment.apprenticeship a"
                                + " JOIN (SELECT sv.reference_number, sv.version, count(*) AS ksbs"
                                + " FROM catalogue.standard_ksb k"
                                + " JOIN catalogue.standard_version sv ON sv.id = k.standard_version_id"
                                + " GROUP BY sv.reference_number, sv.version) n"
                                + " ON n.reference_number = a.standard_reference AND n.version = a.standard_version"
                                + " WHERE " + scope.sqlCondition() + " AND" + ACTIVE)
                        .params(scope.sqlParameters()).query(Long.class).single();
                long signedOff = jdbc.sql("SELECT count(*) FROM portfolio.ksb_sign_off k"
                                + " JOIN enrolment.apprenticeship a ON a.id = k.apprenticeship_id"
                                + " WHERE " + scope.sqlCondition() + " AND" + ACTIVE)
                        .params(scope.sqlParameters()).query(Long.class).single();
                figures.add(new Figure("KSBs signed off, across active apprentices' standards",
                        share(signedOff, ksbs), null));
                figures.add(new Figure("Active apprentices behind their off-the-job pace", share(count(scope, ACTIVE
                        + " AND EXISTS (SELECT 1 FROM otj.pace p WHERE p.apprenticeship_id = a.id AND p.behind)"),
                        active), "/reports/behind-pace"));
            }
            case ACHIEVEMENT -> {
                long completed = count(scope, "a.status = 'COMPLETED'");
                long withdrawn = count(scope, "a.status = 'WITHDRAWN'");
                figures.add(new Figure("Completed", String.valueOf(completed), "/reports/epa-results"));
                figures.add(new Figure("Withdrawn", String.valueOf(withdrawn), null));
                figures.add(new Figure("Of those who left, completed", share(completed, completed + withdrawn),
                        "/reports/epa-results"));
                jdbc.sql("SELECT c.overall_grade, count(*) FROM epa.completion c JOIN enrolment.apprenticeship a"
                                + " ON a.id = c.apprenticeship_id WHERE " + scope.sqlCondition()
                                + " AND c.overall_grade IS NOT NULL GROUP BY c.overall_grade ORDER BY c.overall_grade")
                        .params(scope.sqlParameters())
                        .query((rs, n) -> new Figure("Overall grade " + rs.getString(1).toLowerCase().replace('_', ' '),
                                String.valueOf(rs.getLong(2)), null))
                        .list().forEach(figures::add);
            }
            case PARTICIPATION_AND_DEVELOPMENT -> {
                long completed = count(scope, "a.status = 'COMPLETED'");
                figures.add(new Figure("Completed apprentices whose progression is recorded", share(count(scope,
                        "a.status = 'COMPLETED' AND EXISTS (SELECT 1 FROM epa.gateway g WHERE"
                                + " g.apprenticeship_id = a.id AND g.progression_kind IS NOT NULL)"), completed),
                        null));
                jdbc.sql("SELECT g.progression_kind, count(*) FROM epa.gateway g JOIN enrolment.apprenticeship a"
                                + " ON a.id = g.apprenticeship_id WHERE " + scope.sqlCondition()
                                + " AND g.progression_kind IS NOT NULL GROUP BY g.progression_kind"
                                + " ORDER BY g.progression_kind")
                        .params(scope.sqlParameters())
                        .query((rs, n) -> new Figure("Progression: " + rs.getString(1).toLowerCase().replace('_', ' '),
                                String.valueOf(rs.getLong(2)), null))
                        .list().forEach(figures::add);
            }
            case LEADERSHIP_AND_GOVERNANCE -> {
                long started = count(scope, PAST_ONBOARDING);
                figures.add(new Figure("Training plan signed by the apprentice, the employer and the provider",
                        share(count(scope, PAST_ONBOARDING + " AND EXISTS (SELECT 1 FROM enrolment.training_plan_version v"
                                + " WHERE v.apprenticeship_id = a.id AND (SELECT count(DISTINCT s.party)"
                                + " FROM enrolment.onboarding_signature s WHERE s.apprenticeship_id = a.id"
                                + " AND s.document = 'TRAINING_PLAN' AND s.document_version = v.number) = 3)"),
                                started), null));
                // from the kept risk list, as the risk list itself shows it (docs/domain/audit-and-inspection.md)
                figures.add(new Figure("Apprentices with a known funding risk flagged",
                        risks.page(user, RiskList.Filter.any(), null, 0)
                                .map(kept -> share(kept.lines().total(), kept.judged()) + ", as at "
                                        + waypoint.shared.time.GovUkDates.clockOnDate(kept.workedOut().at()))
                                .orElse("Not worked out yet"),
                        "/funding-audit/risks"));
            }
            case CONTRIBUTION_TO_SKILLS_NEEDS -> {
                figures.add(new Figure("Standards with active apprentices", String.valueOf(jdbc.sql(
                                "SELECT count(DISTINCT a.standard_reference) FROM enrolment.apprenticeship a WHERE "
                                        + scope.sqlCondition() + " AND" + ACTIVE)
                        .params(scope.sqlParameters()).query(Long.class).single()), null));
                figures.add(new Figure("Employers with active apprentices", String.valueOf(jdbc.sql(
                                "SELECT count(DISTINCT a.employer_id) FROM enrolment.apprenticeship a WHERE "
                                        + scope.sqlCondition() + " AND" + ACTIVE)
                        .params(scope.sqlParameters()).query(Long.class).single()), null));
                figures.add(new Figure("Active apprentices", String.valueOf(count(scope, ACTIVE)), null));
            }
        }
        return figures;
    }
}
