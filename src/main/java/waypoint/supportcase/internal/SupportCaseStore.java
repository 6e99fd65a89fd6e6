package waypoint.supportcase.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.supportcase.internal.Records.ActionRow;
import waypoint.supportcase.internal.Records.CaseRow;
import waypoint.supportcase.internal.Records.EmailRow;
import waypoint.supportcase.internal.Records.EventRow;
import waypoint.supportcase.internal.Records.InterventionKind;
import waypoint.supportcase.internal.Records.InterventionRow;
import waypoint.supportcase.internal.Records.MeetingRow;
import waypoint.supportcase.internal.Records.RecommendationRow;

/** Support cases and everything kept on them, in the tables of V140. */
@Component
public class SupportCaseStore {

    static final String CASE_COLUMNS = "c.id, c.apprenticeship_id, c.stage, c.kind, c.reason, c.period,"
            + " c.told_in_person_on, c.stage_began_on, c.stage_plan_until, c.appeal_deadline, c.appeal_received_on, c.appeal_by,"
            + " c.appeal_text, c.appeal_decision, c.appeal_decided_on, c.other_policy, c.employer_choice,"
            + " c.employer_actions, c.opened_at, c.closed_at, c.updated_at, c.version";

    private final JdbcClient jdbc;

    SupportCaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getObject("id", UUID.class),
                new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                SupportStage.valueOf(rs.getString("stage")), rs.getString("kind"), rs.getString("reason"),
                rs.getInt("period"), rs.getObject("told_in_person_on", LocalDate.class),
                rs.getObject("stage_began_on", LocalDate.class),
                rs.getObject("stage_plan_until", LocalDate.class), rs.getObject("appeal_deadline", LocalDate.class),
                rs.getObject("appeal_received_on", LocalDate.class), rs.getString("appeal_by"),
                rs.getString("appeal_text"), rs.getString("appeal_decision"),
                rs.getObject("appeal_decided_on", LocalDate.class), rs.getString("other_policy"),
                rs.getString("employer_choice"), rs.getString("employer_actions"), instant(rs, "opened_at"),
                instant(rs, "closed_at"), instant(rs, "updated_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public Optional<CaseRow> find(UUID id) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM support_case c WHERE c.id = :id").param("id", id)
                .query(SupportCaseStore::caseRow).optional();
    }

    public Optional<CaseRow> openOf(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM support_case c WHERE c.apprenticeship_id = :id"
                        + " AND c.stage IN ('STAGE_1','STAGE_2','STAGE_3','STAGE_4','STAGE_5')")
                .param("id", apprenticeshipId).query(SupportCaseStore::caseRow).optional();
    }

    public List<CaseRow> ofApprenticeship(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM support_case c WHERE c.apprenticeship_id = :id"
                        + " ORDER BY c.opened_at DESC LIMIT 50")
                .param("id", apprenticeshipId).query(SupportCaseStore::caseRow).list();
    }

    /** A new case, as the aggregate holds it. */
    void insert(CaseRow c, UUID openedBy) {
        jdbc.sql("""
                INSERT INTO support_case (id, apprenticeship_id, stage, kind, reason, period, told_in_person_on,
                    stage_began_on, stage_plan_until, opened_at, opened_by, updated_at)
                VALUES (:id, :a, :stage, :kind, :reason, :period, :told, :began, :plan, :opened, :by, :now)""")
                .param("id", c.id()).param("a", c.apprenticeshipId()).param("stage", c.stage().name())
                .param("kind", c.kind()).param("reason", c.reason()).param("period", c.period())
                .param("told", c.toldInPersonOn()).param("began", c.stageBeganOn()).param("plan", c.stagePlanUntil())
                .param("opened", Timestamp.from(c.openedAt())).param("by", openedBy)
                .param("now", Timestamp.from(c.updatedAt())).update();
    }

    /**
     * Writes what the aggregate holds, if nobody changed the case since it was read (its version); false otherwise.
     * The stage and the dates change only through {@link SupportCase}'s methods: this never sets one column alone.
     */
    boolean update(CaseRow c) {
        return jdbc.sql("""
                UPDATE support_case SET stage = :stage, period = :period, told_in_person_on = :told,
                       stage_began_on = :began, stage_plan_until = :plan, appeal_deadline = :deadline,
                       appeal_received_on = :received, appeal_by = :appealBy, appeal_text = :appealText,
                       appeal_decision = :decision, appeal_decided_on = :decidedOn, other_policy = :otherPolicy,
                       employer_choice = :choice, employer_actions = :employerActions, closed_at = :closed,
                       updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("stage", c.stage().name()).param("period", c.period()).param("told", c.toldInPersonOn())
                .param("began", c.stageBeganOn()).param("plan", c.stagePlanUntil())
                .param("deadline", c.appealDeadline()).param("received", c.appealReceivedOn())
                .param("appealBy", c.appealBy()).param("appealText", c.appealText())
                .param("decision", c.appealDecision()).param("decidedOn", c.appealDecidedOn())
                .param("otherPolicy", c.otherPolicy()).param("choice", c.employerChoice())
                .param("employerActions", c.employerActions())
                .param("closed", c.closedAt() == null ? null : Timestamp.from(c.closedAt()))
                .param("now", Timestamp.from(c.updatedAt())).param("id", c.id()).param("version", c.version())
                .update() == 1;
    }

    void event(UUID caseId, SupportStage stage, String byName, String text, boolean staffOnly, Instant now) {
        jdbc.sql("INSERT INTO support_case_event (id, case_id, at, by_name, stage, text, staff_only)"
                        + " VALUES (:id, :c, :at, :by, :stage, :text, :staff)")
                .param("id", UUID.randomUUID()).param("c", caseId).param("at", Timestamp.from(now))
                .param("by", byName).param("stage", stage.name()).param("text", text).param("staff", staffOnly)
                .update();
    }

    public List<EventRow> timeline(UUID caseId, boolean withStaffOnly) {
        return jdbc.sql("SELECT at, by_name, stage, text, staff_only FROM support_case_event WHERE case_id = :c"
                        + (withStaffOnly ? "" : " AND NOT staff_only") + " ORDER BY at, id")
                .param("c", caseId).query((rs, n) -> new EventRow(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        SupportStage.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5))).list();
    }

    void meeting(UUID caseId, MeetingRow m, Instant now) {
        jdbc.sql("""
                INSERT INTO support_meeting (id, case_id, stage, period, held_on, attendees, employer_attended,
                    progress_update, successes, blockers, amendments, support_requests, staff_notes, recorded_by,
                    recorded_at)
                VALUES (:id, :c, :stage, :period, :held, :attendees, :employer, :progress, :successes, :blockers,
                    :amendments, :requests, :notes, :by, :now)""")
                .param("id", m.id()).param("c", caseId).param("stage", m.stage().name()).param("period", m.period())
                .param("held", m.heldOn()).param("attendees", m.attendees()).param("employer", m.employerAttended())
                .param("progress", m.progressUpdate()).param("successes", m.successes())
                .param("blockers", m.blockers()).param("amendments", m.amendments())
                .param("requests", m.supportRequests()).param("notes", m.staffNotes()).param("by", m.recordedBy())
                .param("now", Timestamp.from(now)).update();
    }

    public List<MeetingRow> meetings(UUID caseId) {
        return jdbc.sql("SELECT id, stage, period, held_on, attendees, employer_attended, progress_update, successes,"
                        + " blockers, amendments, support_requests, staff_notes, recorded_by FROM support_meeting"
                        + " WHERE case_id = :c ORDER BY held_on, recorded_at")
                .param("c", caseId).query((rs, n) -> new MeetingRow(rs.getObject(1, UUID.class),
                        SupportStage.valueOf(rs.getString(2)), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13))).list();
    }

    int meetingsIn(UUID caseId, SupportStage stage, int period) {
        return jdbc.sql("SELECT count(*) FROM support_meeting WHERE case_id = :c AND stage = :s AND period = :p")
                .param("c", caseId).param("s", stage.name()).param("p", period).query(Integer.class).single();
    }

    void recommendation(UUID caseId, RecommendationRow r) {
        jdbc.sql("""
                INSERT INTO support_recommendation (id, case_id, stage, period, outcome, reasons, made_by, made_on)
                VALUES (:id, :c, :stage, :period, :outcome, :reasons, :by, :on)""")
                .param("id", r.id()).param("c", caseId).param("stage", r.stage().name()).param("period", r.period())
                .param("outcome", r.outcome().name()).param("reasons", r.reasons()).param("by", r.madeBy())
                .param("on", r.madeOn()).update();
    }

    void recommendationEmailed(UUID recommendationId, Instant now) {
        jdbc.sql("UPDATE support_recommendation SET email_sent_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", recommendationId).update();
    }

    /** Withdrawn by an upheld appeal: the director decides again. */
    void withdrawRecommendation(UUID recommendationId) {
        jdbc.sql("UPDATE support_recommendation SET period = -period WHERE id = :id").param("id", recommendationId)
                .update();
    }

    public List<RecommendationRow> recommendations(UUID caseId) {
        return jdbc.sql("SELECT id, stage, period, outcome, reasons, made_by, made_on, email_sent_at"
                        + " FROM support_recommendation WHERE case_id = :c ORDER BY made_on, stage")
                .param("c", caseId).query((rs, n) -> new RecommendationRow(rs.getObject(1, UUID.class),
                        SupportStage.valueOf(rs.getString(2)), rs.getInt(3), Outcome.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), instant(rs, "email_sent_at")))
                .list();
    }

    Optional<RecommendationRow> current(CaseRow c) {
        return recommendations(c.id()).stream().filter(r -> r.stage() == c.stage() && r.period() == c.period())
                .findFirst();
    }

    void email(UUID caseId, EmailRow e) {
        jdbc.sql("""
                INSERT INTO support_email (id, case_id, kind, stage, recipients, subject, body, sent_by, sent_at)
                VALUES (:id, :c, :kind, :stage, :to, :subject, :body, :by, :at)""")
                .param("id", e.id()).param("c", caseId).param("kind", e.kind()).param("stage", e.stage().name())
                .param("to", e.recipients()).param("subject", e.subject()).param("body", e.body())
                .param("by", e.sentBy()).param("at", Timestamp.from(e.sentAt())).update();
    }

    public List<EmailRow> emails(UUID caseId) {
        return jdbc.sql("SELECT id, kind, stage, recipients, subject, body, sent_by, sent_at FROM support_email"
                        + " WHERE case_id = :c ORDER BY sent_at, id")
                .param("c", caseId).query((rs, n) -> new EmailRow(rs.getObject(1, UUID.class), rs.getString(2),
                        SupportStage.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant())).list();
    }

    void action(UUID caseId, String description, LocalDate dueOn) {
        jdbc.sql("INSERT INTO support_action (id, case_id, description, due_on) VALUES (:id, :c, :d, :due)")
                .param("id", UUID.randomUUID()).param("c", caseId).param("d", description).param("due", dueOn)
                .update();
    }

    public List<ActionRow> actions(UUID caseId) {
        return jdbc.sql("SELECT id, description, due_on, done_on FROM support_action WHERE case_id = :c"
                        + " ORDER BY due_on, id").param("c", caseId)
                .query((rs, n) -> new ActionRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))).list();
    }

    boolean actionDone(UUID caseId, UUID actionId, LocalDate on) {
        return jdbc.sql("UPDATE support_action SET done_on = :on WHERE id = :id AND case_id = :c")
                .param("on", on).param("id", actionId).param("c", caseId).update() == 1;
    }

    public List<InterventionKind> interventionKinds() {
        return jdbc.sql("SELECT id, name, description, provider_own FROM support_intervention_kind"
                        + " ORDER BY position, name")
                .query((rs, n) -> new InterventionKind(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4))).list();
    }

    void addInterventionKind(String name, String description) {
        jdbc.sql("INSERT INTO support_intervention_kind (id, name, description, provider_own, position)"
                        + " VALUES (:id, :name, :d, TRUE, 100 + (SELECT count(*) FROM support_intervention_kind))")
                .param("id", UUID.randomUUID()).param("name", name).param("d", description).update();
    }

    void intervention(UUID id, ApprenticeshipId apprenticeshipId, UUID caseId, UUID kindId, String details,
            String owner,
            LocalDate startsOn, LocalDate endsOn, Instant now) {
        jdbc.sql("""
                INSERT INTO support_intervention (id, apprenticeship_id, case_id, kind_id, details, owner, starts_on,
                    ends_on, recorded_at) VALUES (:id, :a, :c, :k, :d, :o, :s, :e, :now)""")
                .param("id", id).param("a", apprenticeshipId).param("c", caseId).param("k", kindId)
                .param("d", details).param("o", owner).param("s", startsOn).param("e", endsOn)
                .param("now", Timestamp.from(now)).update();
    }

    boolean interventionOutcome(ApprenticeshipId apprenticeshipId, UUID id, String outcome, LocalDate endsOn) {
        return jdbc.sql("UPDATE support_intervention SET outcome = :o, ends_on = COALESCE(:e, ends_on)"
                        + " WHERE id = :id AND apprenticeship_id = :a")
                .param("o", outcome).param("e", endsOn).param("id", id).param("a", apprenticeshipId).update() == 1;
    }

    public List<InterventionRow> interventions(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT i.id, i.case_id, k.name, i.details, i.owner, i.starts_on, i.ends_on, i.outcome
                FROM support_intervention i JOIN support_intervention_kind k ON k.id = i.kind_id
                WHERE i.apprenticeship_id = :a ORDER BY i.starts_on DESC, i.recorded_at DESC LIMIT 100""")
                .param("a", apprenticeshipId).query((rs, n) -> new InterventionRow(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8))).list();
    }

    /** Stage-5 terminations whose appeal window has passed without an appeal: the job ends them. */
    public List<UUID> terminationsPastWindow(LocalDate today) {
        return jdbc.sql("""
                SELECT c.id FROM support_case c JOIN support_recommendation r ON r.case_id = c.id
                     AND r.stage = c.stage AND r.period = c.period
                WHERE c.stage = 'STAGE_5' AND c.appeal_deadline < :today AND c.appeal_received_on IS NULL
                  AND r.outcome = 'END_APPRENTICESHIP' AND r.email_sent_at IS NOT NULL LIMIT 200""")
                .param("today", today).query(UUID.class).list();
    }
}
