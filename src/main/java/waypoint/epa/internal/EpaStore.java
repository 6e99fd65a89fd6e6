package waypoint.epa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.epa.EpaStage;
import waypoint.feedback.Outcome;
import waypoint.rules.ProgrammeType;

/** The EPA tables (V130): the record per apprenticeship, confirmations, signatures, bookings, results, appeals. */
@Repository
public class EpaStore {

    private final JdbcClient jdbc;

    EpaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Booking(UUID id, ApprenticeshipId apprenticeshipId, String method, UUID epaoId, String epaoName,
            Instant startsAt, String place, String assessor, String adjustments, int attempt) {
    }

    /**
     * A grade; {@code revisedFrom} is the grade an upheld appeal replaced, if one did. {@code markedBy} is {@code
     * PROVIDER} for a component of a reformed plan marked by the training provider (then {@code markerName} names
     * the marker), otherwise the assessment organisation's.
     */
    public record Result(UUID id, String component, String grade, int attempt, LocalDate assessedOn,
            Instant recordedAt, String revisedFrom, UUID bookingId, String markedBy, String markerName) {

        public boolean markedByProvider() {
            return "PROVIDER".equals(markedBy);
        }
    }

    /**
     * An appeal to the EPAO against a result, raised as a feedback case ({@code feedbackId}, {@code feedbackReference};
     * none on appeals recorded before appeals went through feedback); {@code outcome} is the feedback outcome's name
     * once the case closes, then the EPAO's revised grade when it was upheld. {@code lodgedBy} is who lodged it,
     * {@code APPRENTICE} or {@code EMPLOYER} (then {@code lodgedByName} names them).
     */
    public record Appeal(UUID id, String component, LocalDate lodgedOn, String reason, String outcome,
            UUID feedbackId, String feedbackReference, String epaoName, String appealedGrade, LocalDate decidedOn,
            String outcomeReason, String revisedGrade, LocalDate revisedOn, String lodgedBy, String lodgedByName) {

        /** “The apprentice”, or “The employer (Meg Manager)”. */
        public String lodgedByWords() {
            return "EMPLOYER".equals(lodgedBy) ? "The employer" + (lodgedByName == null ? "" : " (" + lodgedByName
                    + ")") : "The apprentice";
        }

        public boolean decided() {
            return outcome != null;
        }

        /** Upheld in whole or in part: the EPAO's revised grade may be recorded. */
        public boolean upheld() {
            return Outcome.UPHELD.name().equals(outcome) || Outcome.PARTLY_UPHELD.name().equals(outcome);
        }

        public boolean awaitsRevisedGrade() {
            return upheld() && revisedGrade == null;
        }

        public String outcomeWords() {
            if (outcome == null) {
                return "Waiting for the EPAO's decision";
            }
            try {
                return Outcome.valueOf(outcome).label();
            } catch (IllegalArgumentException other) {
                return outcome;
            }
        }
    }

    /** Staff asked for the apprenticeship to be on the readiness dashboard before its last three months. */
    public record ReadinessRequest(ApprenticeshipId apprenticeshipId, String reason, UUID requestedBy,
            String requestedByName, Instant requestedAt) {
    }

    public record StoredSignature(String party, UUID signerAccountId, String typedName, Instant signedAt,
            String ipAddress, String documentSha256) {
    }

    /**
     * The record, with the programme type the catalogue gives the apprenticeship's standard version (through the
     * published views): the record refuses every step for a programme without an end-point assessment.
     */
    public EpaRecord find(ApprenticeshipId apprenticeshipId) {
        ProgrammeType programme = programmeType(apprenticeshipId);
        return jdbc.sql("SELECT * FROM epa_record WHERE apprenticeship_id = :id").param("id", apprenticeshipId)
                .query((rs, n) -> record(rs, programme)).optional()
                .orElseGet(() -> EpaRecord.preparing(apprenticeshipId, programme));
    }

    /** The programme type of the apprenticeship's standard version; an apprenticeship standard when none is recorded. */
    ProgrammeType programmeType(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                        SELECT t.programme_type FROM enrolment.apprenticeship a
                        JOIN catalogue.standard_programme_type t
                          ON t.reference_number = a.standard_reference AND t.version = a.standard_version
                        WHERE a.id = :id""").param("id", apprenticeshipId).query(String.class).optional()
                .flatMap(ProgrammeType::parse).orElse(ProgrammeType.APPRENTICESHIP_STANDARD);
    }

    /** Inserts or updates (optimistic lock on version); answers the new version. */
    int save(EpaRecord r, Instant now) {
        if (!r.stored()) {
            jdbc.sql("""
                    INSERT INTO epa_record (apprenticeship_id, stage, updated_at, version)
                    VALUES (:id, 'PREPARING', :now, 0) ON CONFLICT (apprenticeship_id) DO NOTHING""")
                    .param("id", r.apprenticeshipId()).param("now", java.sql.Timestamp.from(now)).update();
            EpaRecord stored = find(new ApprenticeshipId(r.apprenticeshipId()));
            r = r.storedAs(stored.version());
        }
        int updated = jdbc.sql("""
                        UPDATE epa_record SET stage = :stage, meeting_held_on = :heldOn, meeting_mentor = :mentor,
                               meeting_employer = :employer, meeting_apprentice = :apprentice,
                               meeting_decision = :decision, meeting_notes = :notes, meeting_text = :text,
                               overall_grade = :grade, actual_end_date = :actualEnd,
                               achievement_date = :achieved, certificate_requested_on = :requested,
                               certificate_received_on = :received, progression_kind = :progression,
                               progression_notes = :progressionNotes, progression_held_on = :progressionOn,
                               updated_at = :now, version = version + 1
                        WHERE apprenticeship_id = :id AND version = :version""")
                .param("stage", r.stage().name()).param("heldOn", r.meetingHeldOn())
                .param("mentor", r.meetingMentor()).param("employer", r.meetingEmployer())
                .param("apprentice", r.meetingApprentice()).param("decision", r.meetingDecision())
                .param("notes", r.meetingNotes()).param("text", r.meetingText()).param("grade", r.overallGrade())
                .param("actualEnd", r.actualEndDate()).param("achieved", r.achievementDate())
                .param("requested", r.certificateRequestedOn()).param("received", r.certificateReceivedOn())
                .param("progression", r.progressionKind()).param("progressionNotes", r.progressionNotes())
                .param("progressionOn", r.progressionHeldOn()).param("now", java.sql.Timestamp.from(now))
                .param("id", r.apprenticeshipId()).param("version", r.version()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("The EPA record changed since it was read");
        }
        return r.version() + 1;
    }

    public Map<String, GatewayChecklist.Confirmation> confirmations(ApprenticeshipId apprenticeshipId) {
        Map<String, GatewayChecklist.Confirmation> all = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT item_key, evidence, confirmed_by_name, confirmed_as, confirmed_at
                        FROM epa_gateway_confirmation WHERE apprenticeship_id = :id""")
                .param("id", apprenticeshipId).query((rs, n) -> {
                    all.put(rs.getString(1), new GatewayChecklist.Confirmation(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                    return null;
                }).list();
        return all;
    }

    /** The confirmations of several apprenticeships in one query (the readiness dashboard's page). */
    public Map<ApprenticeshipId, Map<String, GatewayChecklist.Confirmation>> confirmations(
            Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, Map<String, GatewayChecklist.Confirmation>> all = new HashMap<>();
        apprenticeshipIds.forEach(id -> all.put(id, new LinkedHashMap<>()));
        if (apprenticeshipIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                        SELECT apprenticeship_id, item_key, evidence, confirmed_by_name, confirmed_as, confirmed_at
                        FROM epa_gateway_confirmation WHERE apprenticeship_id IN (:ids)""")
                .param("ids", List.copyOf(apprenticeshipIds)).query(rs -> {
                    all.get(new ApprenticeshipId(rs.getObject(1, UUID.class))).put(rs.getString(2),
                            new GatewayChecklist.Confirmation(
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
                });
        return all;
    }

    public void confirm(ApprenticeshipId apprenticeshipId, String key, String evidence, UUID by, String byName,
            String as,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO epa_gateway_confirmation (apprenticeship_id, item_key, evidence, confirmed_by,
                               confirmed_by_name, confirmed_as, confirmed_at)
                        VALUES (:id, :key, :evidence, :by, :name, :as, :at)
                        ON CONFLICT (apprenticeship_id, item_key) DO UPDATE SET evidence = :evidence,
                               confirmed_by = :by, confirmed_by_name = :name, confirmed_as = :as, confirmed_at = :at""")
                .param("id", apprenticeshipId).param("key", key).param("evidence", evidence).param("by", by)
                .param("name", byName).param("as", as).param("at", java.sql.Timestamp.from(at)).update();
    }

    /** The waived checklist items of one apprenticeship, by item key. */
    public Map<String, GatewayChecklist.Waiver> waivers(ApprenticeshipId apprenticeshipId) {
        return waivers(List.of(apprenticeshipId)).get(apprenticeshipId);
    }

    /** The waivers of several apprenticeships in one query (the readiness dashboard's page). */
    public Map<ApprenticeshipId, Map<String, GatewayChecklist.Waiver>> waivers(
            Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, Map<String, GatewayChecklist.Waiver>> all = new HashMap<>();
        apprenticeshipIds.forEach(id -> all.put(id, new LinkedHashMap<>()));
        if (apprenticeshipIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                        SELECT apprenticeship_id, item_key, reason, waived_by_name, waived_at
                        FROM epa_gateway_waiver WHERE apprenticeship_id IN (:ids)""")
                .param("ids", List.copyOf(apprenticeshipIds)).query(rs -> {
                    all.get(new ApprenticeshipId(rs.getObject(1, UUID.class))).put(rs.getString(2),
                            new GatewayChecklist.Waiver(
                            rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return all;
    }

    /** A checklist item waived; false when it was waived already. */
    public boolean waive(ApprenticeshipId apprenticeshipId, String key, String reason, UUID by, String byName,
            Instant at) {
        return jdbc.sql("""
                        INSERT INTO epa_gateway_waiver (apprenticeship_id, item_key, reason, waived_by, waived_by_name,
                               waived_at)
                        VALUES (:id, :key, :reason, :by, :name, :at)
                        ON CONFLICT (apprenticeship_id, item_key) DO NOTHING""")
                .param("id", apprenticeshipId).param("key", key).param("reason", reason).param("by", by)
                .param("name", byName).param("at", java.sql.Timestamp.from(at)).update() > 0;
    }

    public List<StoredSignature> signatures(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                        SELECT party, signer_account_id, typed_name, signed_at, ip_address, document_sha256
                        FROM epa_gateway_signature WHERE apprenticeship_id = :id ORDER BY signed_at""")
                .param("id", apprenticeshipId).query((rs, n) -> new StoredSignature(rs.getString(1),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getString(6))).list();
    }

    public void sign(ApprenticeshipId apprenticeshipId, String party, waypoint.shared.signing.Signature s) {
        jdbc.sql("""
                        INSERT INTO epa_gateway_signature (apprenticeship_id, party, signer_account_id, typed_name,
                               signed_at, ip_address, document_sha256)
                        VALUES (:id, :party, :signer, :name, :at, :ip, :sha)
                        ON CONFLICT (apprenticeship_id, party) DO NOTHING""")
                .param("id", apprenticeshipId).param("party", party).param("signer", s.signerAccountId())
                .param("name", s.typedName()).param("at", java.sql.Timestamp.from(s.signedAt()))
                .param("ip", s.ipAddress()).param("sha", s.documentSha256()).update();
    }

    public void clearSignatures(ApprenticeshipId apprenticeshipId) {
        jdbc.sql("DELETE FROM epa_gateway_signature WHERE apprenticeship_id = :id").param("id", apprenticeshipId)
                .update();
    }

    private static final String BOOKING = """
            SELECT b.id, b.apprenticeship_id, b.method, b.epao_id, e.name AS epao_name, b.starts_at, b.place,
                   b.assessor, b.adjustments, b.attempt
            FROM epa_booking b JOIN organisation.epao e ON e.id = b.epao_id
            """;

    public List<Booking> bookings(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql(BOOKING + "WHERE b.apprenticeship_id = :id ORDER BY b.starts_at, b.id")
                .param("id", apprenticeshipId).query(EpaStore::booking).list();
    }

    public void book(Booking b, UUID by, Instant now) {
        jdbc.sql("""
                        INSERT INTO epa_booking (id, apprenticeship_id, method, epao_id, starts_at, place, assessor,
                               adjustments, attempt, created_at, created_by)
                        VALUES (:id, :apprenticeship, :method, :epao, :starts, :place, :assessor, :adjustments,
                                :attempt, :now, :by)""")
                .param("id", b.id()).param("apprenticeship", b.apprenticeshipId()).param("method", b.method())
                .param("epao", b.epaoId()).param("starts", java.sql.Timestamp.from(b.startsAt()))
                .param("place", b.place()).param("assessor", b.assessor()).param("adjustments", b.adjustments())
                .param("attempt", b.attempt()).param("now", java.sql.Timestamp.from(now)).param("by", by).update();
    }

    /** Bookings from {@code from} on that no reminder was sent for yet, starting before {@code until}. */
    public List<Booking> unremindedBetween(Instant from, Instant until) {
        return jdbc.sql(BOOKING + "WHERE b.reminded_at IS NULL AND b.starts_at >= :from AND b.starts_at < :until"
                        + " ORDER BY b.starts_at LIMIT 500")
                .param("from", java.sql.Timestamp.from(from)).param("until", java.sql.Timestamp.from(until))
                .query(EpaStore::booking).list();
    }

    public void reminded(UUID bookingId, Instant at) {
        jdbc.sql("UPDATE epa_booking SET reminded_at = :at WHERE id = :id").param("id", bookingId)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    public List<Result> results(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                        SELECT id, component, grade, attempt, assessed_on, recorded_at, revised_from, booking_id,
                               marked_by, marker_name
                        FROM epa_result WHERE apprenticeship_id = :id ORDER BY component, attempt""")
                .param("id", apprenticeshipId).query((rs, n) -> new Result(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getString(3), rs.getInt(4), rs.getObject(5, LocalDate.class),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getObject(8, UUID.class),
                        rs.getString(9), rs.getString(10))).list();
    }

    /** The results of several apprenticeships in one query (the readiness dashboard's page), by apprenticeship. */
    public Map<ApprenticeshipId, List<Result>> results(Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, List<Result>> all = new HashMap<>();
        if (apprenticeshipIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                        SELECT apprenticeship_id, id, component, grade, attempt, assessed_on, recorded_at, revised_from,
                               booking_id, marked_by, marker_name
                        FROM epa_result WHERE apprenticeship_id = ANY(:ids) ORDER BY apprenticeship_id, component, attempt""")
                .param("ids", apprenticeshipIds.stream().map(ApprenticeshipId::value).toArray(UUID[]::new))
                .query(rs -> {
                    all.computeIfAbsent(new ApprenticeshipId(rs.getObject(1, UUID.class)), k -> new ArrayList<>())
                            .add(new Result(
                            rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getObject(6, LocalDate.class), rs.getTimestamp(7).toInstant(), rs.getString(8),
                            rs.getObject(9, UUID.class), rs.getString(10), rs.getString(11)));
                });
        return all;
    }

    /** A result of the booked sitting {@code bookingId} (none for a holistic criterion without one). */
    public void result(ApprenticeshipId apprenticeshipId, String component, String grade, int attempt,
            LocalDate assessedOn,
            UUID bookingId, UUID by, Instant now) {
        result(apprenticeshipId, component, grade, attempt, assessedOn, bookingId, null, null, by, now);
    }

    /**
     * An attempt at a component of a reformed plan: of the booked sitting {@code bookingId} when the assessment
     * organisation marks it; marked by the provider's {@code markerName} when {@code markedBy} is {@code PROVIDER}.
     */
    public void result(ApprenticeshipId apprenticeshipId, String component, String grade, int attempt,
            LocalDate assessedOn,
            UUID bookingId, String markedBy, String markerName, UUID by, Instant now) {
        jdbc.sql("""
                        INSERT INTO epa_result (id, apprenticeship_id, component, grade, attempt, assessed_on,
                               recorded_at, recorded_by, booking_id, marked_by, marker_name)
                        VALUES (:id, :apprenticeship, :component, :grade, :attempt, :on, :now, :by, :booking,
                               :markedBy, :marker)""")
                .param("id", UUID.randomUUID()).param("apprenticeship", apprenticeshipId)
                .param("component", component).param("grade", grade).param("attempt", attempt)
                .param("on", assessedOn).param("now", java.sql.Timestamp.from(now)).param("by", by)
                .param("booking", bookingId).param("markedBy", markedBy).param("marker", markerName).update();
    }

    public List<Appeal> appeals(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                        SELECT id, component, lodged_on, reason, outcome, feedback_id, feedback_reference, epao_name,
                               appealed_grade, decided_on, outcome_reason, revised_grade, revised_on, lodged_by,
                               lodged_by_name
                        FROM epa_appeal WHERE apprenticeship_id = :id ORDER BY lodged_on, id""")
                .param("id", apprenticeshipId).query((rs, n) -> new Appeal(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12),
                        rs.getObject(13, LocalDate.class), rs.getString(14), rs.getString(15)))
                .list();
    }

    /** A new appeal, lodged by the apprentice or the employer, linked to the feedback case raised for it; its id. */
    public UUID appeal(ApprenticeshipId apprenticeshipId, String component, LocalDate lodgedOn, String reason,
            UUID feedbackId,
            String feedbackReference, String epaoName, String appealedGrade, String lodgedBy, String lodgedByName,
            UUID by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO epa_appeal (id, apprenticeship_id, component, lodged_on, reason, feedback_id,
                               feedback_reference, epao_name, appealed_grade, lodged_by, lodged_by_name, recorded_at,
                               recorded_by)
                        VALUES (:id, :apprenticeship, :component, :on, :reason, :feedback, :reference, :epao,
                                :grade, :lodgedBy, :lodgedByName, :now, :by)""")
                .param("lodgedBy", lodgedBy).param("lodgedByName", lodgedByName)
                .param("id", id).param("apprenticeship", apprenticeshipId)
                .param("component", component).param("on", lodgedOn).param("reason", reason)
                .param("feedback", feedbackId).param("reference", feedbackReference).param("epao", epaoName)
                .param("grade", appealedGrade).param("now", java.sql.Timestamp.from(now)).param("by", by).update();
        return id;
    }

    /** The feedback case's outcome, reported back when it closed; false when no appeal is linked to the case. */
    public boolean appealDecided(UUID feedbackId, String outcome, String reason, LocalDate decidedOn) {
        return jdbc.sql("""
                        UPDATE epa_appeal SET outcome = :outcome, outcome_reason = :reason, decided_on = :on
                        WHERE feedback_id = :feedback""")
                .param("outcome", outcome).param("reason", reason).param("on", decidedOn)
                .param("feedback", feedbackId).update() > 0;
    }

    /** The EPAO's revised grade after an upheld appeal, on the appeal and on the result it revises. */
    public void reviseGrade(Appeal appeal, Result result, String grade, LocalDate on, UUID by) {
        jdbc.sql("""
                        UPDATE epa_appeal SET revised_grade = :grade, revised_on = :on, revised_by = :by
                        WHERE id = :id AND revised_grade IS NULL""")
                .param("grade", grade).param("on", on).param("by", by).param("id", appeal.id()).update();
        jdbc.sql("""
                        UPDATE epa_result SET revised_from = grade, grade = :grade, revised_by_appeal = :appeal
                        WHERE id = :id""")
                .param("grade", grade).param("appeal", appeal.id()).param("id", result.id()).update();
    }

    public Optional<ReadinessRequest> readinessRequest(ApprenticeshipId apprenticeshipId) {
        return readinessRequests(List.of(apprenticeshipId)).values().stream().findFirst();
    }

    /** The requests of a page of apprenticeships, in one query. */
    public Map<ApprenticeshipId, ReadinessRequest> readinessRequests(Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, ReadinessRequest> all = new HashMap<>();
        if (apprenticeshipIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                        SELECT apprenticeship_id, reason, requested_by, requested_by_name, requested_at
                        FROM epa_readiness_request WHERE apprenticeship_id IN (:ids)""")
                .param("ids", List.copyOf(apprenticeshipIds)).query(rs -> {
                    ApprenticeshipId id = new ApprenticeshipId(rs.getObject(1, UUID.class));
                    all.put(id, new ReadinessRequest(id, rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return all;
    }

    public void requestReadiness(ReadinessRequest r) {
        jdbc.sql("""
                        INSERT INTO epa_readiness_request (apprenticeship_id, reason, requested_by, requested_by_name,
                               requested_at)
                        VALUES (:id, :reason, :by, :name, :at)""")
                .param("id", r.apprenticeshipId()).param("reason", r.reason()).param("by", r.requestedBy())
                .param("name", r.requestedByName()).param("at", java.sql.Timestamp.from(r.requestedAt())).update();
    }

    public boolean removeReadinessRequest(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("DELETE FROM epa_readiness_request WHERE apprenticeship_id = :id")
                .param("id", apprenticeshipId).update() > 0;
    }

    public EpaSettings settings() {
        return jdbc.sql("SELECT maximum_attempts, appeal_window_working_days, version FROM epa_settings WHERE id = 1")
                .query((rs, n) -> new EpaSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional()
                .orElse(EpaSettings.DEFAULTS);
    }

    public void saveSettings(EpaSettings s) {
        int updated = jdbc.sql("""
                        UPDATE epa_settings SET maximum_attempts = :attempts, appeal_window_working_days = :window,
                               version = version + 1
                        WHERE id = 1 AND version = :version""")
                .param("attempts", s.maximumAttempts()).param("window", s.appealWindowWorkingDays())
                .param("version", s.version()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("The EPA settings changed since they were read");
        }
    }

    private static EpaRecord record(ResultSet rs, ProgrammeType programme) throws SQLException {
        return new EpaRecord(rs.getObject("apprenticeship_id", UUID.class), EpaStage.valueOf(rs.getString("stage")),
                rs.getObject("meeting_held_on", LocalDate.class), rs.getString("meeting_mentor"),
                rs.getString("meeting_employer"), rs.getString("meeting_apprentice"),
                rs.getString("meeting_decision"), rs.getString("meeting_notes"), rs.getString("meeting_text"),
                rs.getString("overall_grade"), rs.getObject("actual_end_date", LocalDate.class),
                rs.getObject("achievement_date", LocalDate.class),
                rs.getObject("certificate_requested_on", LocalDate.class),
                rs.getObject("certificate_received_on", LocalDate.class), rs.getString("progression_kind"),
                rs.getString("progression_notes"), rs.getObject("progression_held_on", LocalDate.class),
                rs.getInt("version"), programme);
    }

    private static Booking booking(ResultSet rs, int n) throws SQLException {
        return new Booking(rs.getObject("id", UUID.class),
                new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                rs.getString("method"), rs.getObject("epao_id", UUID.class), rs.getString("epao_name"),
                rs.getTimestamp("starts_at").toInstant(), rs.getString("place"), rs.getString("assessor"),
                rs.getString("adjustments"), rs.getInt("attempt"));
    }
}
