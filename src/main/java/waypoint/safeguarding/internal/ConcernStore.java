package waypoint.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.safeguarding.Agency;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.IncidentCategory;
import waypoint.safeguarding.RiskLevel;
import waypoint.shared.web.PageOf;

/**
 * Concerns and their chronology in the database, every narrative field through {@link NarrativeCipher}. Each value's
 * context names its row and field, so it decrypts only where it was written.
 */
@Repository
class ConcernStore {

    private final JdbcClient jdbc;
    private final NarrativeCipher cipher;

    ConcernStore(JdbcClient jdbc, NarrativeCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Concern c) {
        Concern.Incident incident = c.incident();
        jdbc.sql("""
                INSERT INTO concern (id, kind_enc, handler_role, status, raised_at, raised_by_account_enc,
                    raised_by_name_enc, learner_id, description_enc, incident_category, occurred_on, place_enc,
                    people_involved_enc, injury_enc, version)
                VALUES (:id, :kind, :handler, :status, :raisedAt, :raisedBy, :raisedByName, :learner, :description,
                    :category, :occurredOn, :place, :people, :injury, 0)""")
                .param("id", c.id()).param("kind", seal(c.id(), "kind", c.kind().name()))
                .param("handler", c.kind().handler().name())
                .param("status", c.status().name()).param("raisedAt", utc(c.raisedAt()))
                .param("raisedBy", seal(c.id(), "raised_by_account", c.raisedByAccountId().toString()))
                .param("raisedByName", seal(c.id(), "raised_by_name", c.raisedByName()))
                .param("learner", c.learnerId())
                .param("description", seal(c.id(), "description", c.description()))
                .param("category", incident == null || incident.category() == null ? null : incident.category().name())
                .param("occurredOn", incident == null ? null : incident.occurredOn())
                .param("place", incident == null ? null : seal(c.id(), "place", incident.place()))
                .param("people", incident == null ? null : seal(c.id(), "people_involved", incident.peopleInvolved()))
                .param("injury", incident == null ? null : seal(c.id(), "injury", incident.injury()))
                .update();
    }

    /** Saves the handler's changes if nobody else saved in between (the version they read). */
    void update(Concern c) {
        int updated = jdbc.sql("""
                UPDATE concern SET status = :status, risk_level = :risk, riddor_reportable = :riddor,
                    outcome_enc = :outcome, closed_at = :closedAt, tutor_flag_shared = :flag, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", c.status().name()).param("risk", c.riskLevel() == null ? null : c.riskLevel().name())
                .param("riddor", c.riddorReportable()).param("outcome", seal(c.id(), "outcome", c.outcome()))
                .param("closedAt", c.closedAt() == null ? null : utc(c.closedAt()))
                .param("flag", c.tutorFlagShared()).param("id", c.id()).param("version", c.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "Someone else changed this concern while you were working on it. Check the case and try again.");
        }
    }

    Optional<Concern> find(UUID id) {
        return jdbc.sql("SELECT * FROM concern WHERE id = :id").param("id", id).query(this::concern).optional();
    }

    PageOf<ConcernRow> list(Collection<String> handlerRoles, Collection<String> statuses, int page, int size) {
        if (handlerRoles.isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        long total = jdbc.sql("SELECT count(*) FROM concern WHERE handler_role IN (:roles) AND status IN (:statuses)")
                .param("roles", handlerRoles).param("statuses", statuses).query(Long.class).single();
        List<ConcernRow> rows = jdbc.sql("""
                SELECT c.id, c.kind_enc, c.status, c.raised_at, c.risk_level, l.full_name
                FROM concern c LEFT JOIN organisation.learner l ON l.id = c.learner_id
                WHERE c.handler_role IN (:roles) AND c.status IN (:statuses)
                ORDER BY c.raised_at DESC, c.id LIMIT :limit OFFSET :offset""")
                .param("roles", handlerRoles).param("statuses", statuses).param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new ConcernRow(rs.getObject("id", UUID.class), kind(rs),
                        ConcernStatus.valueOf(rs.getString("status")), instant(rs, "raised_at"),
                        rs.getString("risk_level") == null ? null : RiskLevel.valueOf(rs.getString("risk_level")),
                        rs.getString("full_name")))
                .list();
        return new PageOf<>(rows, page, size, total);
    }

    void append(UUID concernId, Instant at, UUID authorAccountId, String authorName, ConcernEntry.EntryKind kind,
            Agency agency, String referenceNumber, String details) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO concern_entry (id, concern_id, occurred_at, author_account_id, author_name, entry_kind,
                    agency_enc, reference_number_enc, details_enc)
                VALUES (:id, :concern, :at, :author, :authorName, :kind, :agency, :reference, :details)""")
                .param("id", id).param("concern", concernId).param("at", utc(at)).param("author", authorAccountId)
                .param("authorName", authorName).param("kind", kind.name())
                .param("agency", agency == null ? null
                        : cipher.encrypt(agency.name(), entryField(id, "agency")))
                .param("reference", cipher.encrypt(referenceNumber, entryField(id, "reference_number")))
                .param("details", cipher.encrypt(details, entryField(id, "details")))
                .update();
    }

    List<ConcernEntry> chronology(UUID concernId) {
        return jdbc.sql("SELECT * FROM concern_entry WHERE concern_id = :id ORDER BY occurred_at, id")
                .param("id", concernId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new ConcernEntry(id, instant(rs, "occurred_at"), rs.getString("author_name"),
                            ConcernEntry.EntryKind.valueOf(rs.getString("entry_kind")),
                            agency(rs, id),
                            cipher.decrypt(rs.getBytes("reference_number_enc"), entryField(id, "reference_number")),
                            cipher.decrypt(rs.getBytes("details_enc"), entryField(id, "details")));
                })
                .list();
    }

    private Concern concern(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        ConcernKind kind = kind(rs);
        Concern.Incident incident = kind != ConcernKind.HEALTH_AND_SAFETY ? null : new Concern.Incident(
                rs.getString("incident_category") == null ? null
                        : IncidentCategory.valueOf(rs.getString("incident_category")),
                rs.getObject("occurred_on", LocalDate.class), open(id, "place", rs.getBytes("place_enc")),
                open(id, "people_involved", rs.getBytes("people_involved_enc")),
                open(id, "injury", rs.getBytes("injury_enc")));
        return new Concern(id, kind, ConcernStatus.valueOf(rs.getString("status")), instant(rs, "raised_at"),
                raisedBy(rs, id),
                open(id, "raised_by_name", rs.getBytes("raised_by_name_enc")), rs.getObject("learner_id", UUID.class),
                open(id, "description", rs.getBytes("description_enc")), incident,
                (Boolean) rs.getObject("riddor_reportable"),
                rs.getString("risk_level") == null ? null : RiskLevel.valueOf(rs.getString("risk_level")),
                open(id, "outcome", rs.getBytes("outcome_enc")),
                rs.getObject("closed_at") == null ? null : instant(rs, "closed_at"),
                rs.getBoolean("tutor_flag_shared"), rs.getInt("version"));
    }

    /** The kind, from its ciphertext (docs/adr/0012-envelope-encryption-with-tink.md). */
    ConcernKind kind(ResultSet rs) throws SQLException {
        return ConcernKind.valueOf(open(rs.getObject("id", UUID.class), "kind", rs.getBytes("kind_enc")));
    }

    private UUID raisedBy(ResultSet rs, UUID id) throws SQLException {
        return UUID.fromString(open(id, "raised_by_account", rs.getBytes("raised_by_account_enc")));
    }

    private Agency agency(ResultSet rs, UUID entryId) throws SQLException {
        String name = cipher.decrypt(rs.getBytes("agency_enc"), entryField(entryId, "agency"));
        return name == null ? null : Agency.valueOf(name);
    }

    /** The learners with a concern of the given kind, for counts (the equality report): decrypted here, never in SQL. */
    java.util.Set<UUID> learnersWithConcernsOf(ConcernKind wanted) {
        java.util.Set<UUID> learners = new java.util.HashSet<>();
        jdbc.sql("SELECT id, learner_id, kind_enc FROM concern WHERE learner_id IS NOT NULL")
                .query(rs -> {
                    if (kind(rs) == wanted) {
                        learners.add(rs.getObject("learner_id", UUID.class));
                    }
                });
        return learners;
    }

    /** What a concern's sealed field is bound to (docs/adr/0012-envelope-encryption-with-tink.md). */
    static String concernField(UUID id, String field) {
        return "concern:" + id + ":" + field;
    }

    /** What an entry's sealed field is bound to. */
    static String entryField(UUID id, String field) {
        return "concern-entry:" + id + ":" + field;
    }

    private byte[] seal(UUID id, String field, String text) {
        return cipher.encrypt(text, concernField(id, field));
    }

    private String open(UUID id, String field, byte[] stored) {
        return cipher.decrypt(stored, concernField(id, field));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
