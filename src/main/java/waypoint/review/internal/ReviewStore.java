package waypoint.review.internal;

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
import waypoint.review.ReviewState;
import waypoint.shared.signing.Signature;
import waypoint.shared.signing.Signing;

/** The review tables, read and written in plain SQL. */
@Component
public class ReviewStore {

    static final String COLUMNS = """
            r.id, r.apprenticeship_id, r.number, r.state, r.anchor_date, r.due_date, r.due_explanation,
            r.exception_reason, r.exception_agreed_by, r.exception_agreed_on, r.meeting_at, r.meeting_place,
            r.held_on, r.suggested_date, r.reflection, r.draft::text AS draft, r.record_version, r.signed_at,
            r.lock_version""";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static ReviewRow row(ResultSet rs, int n) throws SQLException {
        Timestamp meeting = rs.getTimestamp("meeting_at");
        Timestamp signed = rs.getTimestamp("signed_at");
        return new ReviewRow(rs.getObject("id", UUID.class), new ApprenticeshipId(rs.getObject("apprenticeship_id",
                UUID.class)),
                rs.getInt("number"), ReviewState.valueOf(rs.getString("state")),
                rs.getObject("anchor_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                rs.getString("due_explanation"), rs.getString("exception_reason"),
                rs.getString("exception_agreed_by"), rs.getObject("exception_agreed_on", LocalDate.class),
                meeting == null ? null : meeting.toInstant(), rs.getString("meeting_place"),
                rs.getObject("held_on", LocalDate.class), rs.getObject("suggested_date", LocalDate.class),
                rs.getString("reflection"), rs.getString("draft"), rs.getInt("record_version"),
                signed == null ? null : signed.toInstant(), rs.getInt("lock_version"));
    }

    public Optional<ReviewRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM progress_review r WHERE r.id = :id").param("id", id)
                .query(ReviewStore::row).optional();
    }

    public List<ReviewRow> ofApprenticeship(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM progress_review r WHERE r.apprenticeship_id = :id"
                + " ORDER BY r.number DESC").param("id", apprenticeshipId).query(ReviewStore::row).list();
    }

    public Optional<ReviewRow> open(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM progress_review r WHERE r.apprenticeship_id = :id"
                + " AND r.state IN ('DUE', 'PLANNED')").param("id", apprenticeshipId).query(ReviewStore::row)
                .optional();
    }

    /** The date of the last review held (sent for signatures at least), if any. */
    public Optional<LocalDate> lastHeld(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT max(held_on) FROM progress_review WHERE apprenticeship_id = :id"
                + " AND state IN ('AWAITING_SIGNATURES', 'SIGNED', 'AMENDING')").param("id", apprenticeshipId)
                .query(LocalDate.class).optional();
    }

    int nextNumber(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM progress_review WHERE apprenticeship_id = :id")
                .param("id", apprenticeshipId).query(Integer.class).single();
    }

    void insertDue(UUID id, ApprenticeshipId apprenticeshipId, int number, LocalDate anchor, LocalDate due, String why,
            LocalDate suggested, Instant now) {
        jdbc.sql("""
                INSERT INTO progress_review (id, apprenticeship_id, number, state, anchor_date, due_date,
                       due_explanation, suggested_date, created_at, updated_at)
                VALUES (:id, :a, :number, 'DUE', :anchor, :due, :why, :suggested, :now, :now)
                ON CONFLICT DO NOTHING""")
                .param("id", id).param("a", apprenticeshipId).param("number", number).param("anchor", anchor)
                .param("due", due).param("why", why).param("suggested", suggested)
                .param("now", Timestamp.from(now)).update();
    }

    /** The schedule's due date of a review still to be held, counted from its anchor: not a move. */
    void setDue(UUID id, LocalDate anchor, LocalDate due, String why, Instant now) {
        jdbc.sql("UPDATE progress_review SET anchor_date = :anchor, due_date = :due, due_explanation = :why,"
                + " updated_at = :now WHERE id = :id").param("id", id).param("anchor", anchor).param("due", due)
                .param("why", why)
                .param("now", Timestamp.from(now)).update();
    }

    /**
     * Writes a change the review decided ({@link ReviewRow}'s intention-named methods, checked by its table), only if
     * nobody changed the review since it was read; false when someone did.
     */
    boolean apply(ReviewRow.Change change, Instant now) {
        StringBuilder set = new StringBuilder("state = :state");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        change.values().forEach((column, value) -> {
            set.append(", ").append(column.column()).append(" = :").append(column.column())
                    .append(column == ReviewRow.Column.DRAFT ? "::jsonb" : "");
            params.put(column.column(), value instanceof Instant at ? Timestamp.from(at) : value);
        });
        return jdbc.sql("UPDATE progress_review SET " + set + ", lock_version = lock_version + 1, updated_at = :now"
                        + " WHERE id = :id AND lock_version = :lock AND state = :from")
                .params(params).param("state", change.to().name()).param("from", change.from().name())
                .param("id", change.reviewId()).param("lock", change.lockVersion()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** The date suggested for an open review's meeting (from the last record's “next review”): not a move. */
    void suggestDate(UUID id, LocalDate date, Instant now) {
        jdbc.sql("UPDATE progress_review SET suggested_date = :date, updated_at = :now WHERE id = :id")
                .param("id", id).param("date", date).param("now", Timestamp.from(now)).update();
    }

    void insertVersion(UUID reviewId, int number, String contentJson, String text, String sha, List<String> changes,
            Instant now, UUID by) {
        jdbc.sql("""
                INSERT INTO progress_review_version (review_id, number, content, canonical_text, sha256, changes,
                       created_at, created_by)
                VALUES (:id, :number, :content::jsonb, :text, :sha, :changes, :now, :by)""")
                .param("id", reviewId).param("number", number).param("content", contentJson).param("text", text)
                .param("sha", sha).param("changes", String.join("\n", changes)).param("now", Timestamp.from(now))
                .param("by", by).update();
    }

    public record StoredVersion(int number, String contentJson, String canonicalText, List<String> changes,
            Instant createdAt) {
    }

    public List<StoredVersion> versions(UUID reviewId) {
        return jdbc.sql("SELECT number, content::text, canonical_text, changes, created_at"
                        + " FROM progress_review_version WHERE review_id = :id ORDER BY number DESC")
                .param("id", reviewId).query((rs, n) -> new StoredVersion(rs.getInt(1), rs.getString(2),
                        rs.getString(3), List.of(rs.getString(4).split("\n")), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** A version of a review's record signed by all three people, with when the meeting was held. */
    public record SignedVersion(UUID reviewId, int number, int version, LocalDate heldOn) {
    }

    /** Every version of the apprenticeship's reviews that all three people signed, oldest first. */
    public List<SignedVersion> signedVersions(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT r.id, r.number, s.record_version, r.held_on
                FROM progress_review r JOIN progress_review_signature s ON s.review_id = r.id
                WHERE r.apprenticeship_id = :id
                GROUP BY r.id, r.number, s.record_version, r.held_on
                HAVING count(DISTINCT s.party) = :parties
                ORDER BY r.number, s.record_version""")
                .param("id", apprenticeshipId).param("parties", ReviewParty.values().length)
                .query((rs, n) -> new SignedVersion(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    public record ReviewSignature(ReviewParty party, Signature signature, Signing.Verification verification) {
    }

    public List<ReviewSignature> signatures(UUID reviewId, int version, String canonicalText) {
        return jdbc.sql("""
                SELECT party, signer_account_id, typed_name, signed_at, ip_address, document_sha256
                FROM progress_review_signature WHERE review_id = :id AND record_version = :version
                ORDER BY signed_at""").param("id", reviewId).param("version", version)
                .query((rs, n) -> {
                    Signature signature = new Signature(rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6));
                    return new ReviewSignature(ReviewParty.valueOf(rs.getString(1)), signature,
                            Signing.verify(signature, canonicalText));
                }).list();
    }

    boolean keepSignature(UUID reviewId, int version, ReviewParty party, Signature signature) {
        return jdbc.sql("""
                INSERT INTO progress_review_signature (id, review_id, record_version, party, signer_account_id,
                       typed_name, signed_at, ip_address, document_sha256)
                VALUES (:key, :id, :version, :party, :account, :name, :at, :ip, :sha)
                ON CONFLICT (review_id, record_version, party) DO NOTHING""")
                .param("key", UUID.randomUUID()).param("id", reviewId).param("version", version)
                .param("party", party.name()).param("account", signature.signerAccountId())
                .param("name", signature.typedName()).param("at", Timestamp.from(signature.signedAt()))
                .param("ip", signature.ipAddress()).param("sha", signature.documentSha256()).update() == 1;
    }

    public record Action(UUID id, UUID reviewId, int position, String title, LocalDate targetDate, String ksbs,
            String status) {
    }

    public List<Action> actionsOf(UUID reviewId) {
        return jdbc.sql("SELECT id, review_id, position, title, target_date, ksbs, status FROM review_action"
                        + " WHERE review_id = :id ORDER BY position").param("id", reviewId)
                .query((rs, n) -> new Action(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7)))
                .list();
    }

    void replaceActions(UUID reviewId, ApprenticeshipId apprenticeshipId, List<ReviewContent.Target> targets) {
        jdbc.sql("DELETE FROM review_action WHERE review_id = :id").param("id", reviewId).update();
        for (int i = 0; i < targets.size(); i++) {
            ReviewContent.Target t = targets.get(i);
            jdbc.sql("INSERT INTO review_action (id, review_id, apprenticeship_id, position, title, target_date, ksbs)"
                            + " VALUES (:key, :id, :a, :position, :title, :date, :ksbs)")
                    .param("key", UUID.randomUUID()).param("id", reviewId).param("a", apprenticeshipId)
                    .param("position", i).param("title", t.title()).param("date", t.targetDate())
                    .param("ksbs", String.join(", ", t.ksbs())).update();
        }
    }

    void setActionStatus(UUID actionId, String status) {
        jdbc.sql("UPDATE review_action SET status = :status WHERE id = :id").param("id", actionId)
                .param("status", status).update();
    }
}
