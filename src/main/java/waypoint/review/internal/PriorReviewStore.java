package waypoint.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.review.PriorReviewDetails;
import waypoint.review.SignedReviews;

/**
 * The reviews held with a previous provider, in plain SQL: added once, read, and only anonymised or deleted by the
 * retention period (docs/domain/retention.md); nothing else changes one.
 */
@Component
public class PriorReviewStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PriorReviewStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Adds a review recorded; false when the same review of the pack is here already. */
    public boolean addRecorded(PriorReview r) {
        return jdbc.sql("""
                INSERT INTO prior_review (id, apprenticeship_id, previous_provider, previous_ukprn, number, held_on,
                       due_date, content, signatures, source, recorded_at, recorded_by_name)
                VALUES (:id, :a, :provider, :ukprn, :number, :held, :due, :content::jsonb, :signatures::jsonb,
                        :source, :at, :by)
                ON CONFLICT (apprenticeship_id, source) DO NOTHING""")
                .param("id", r.id()).param("a", r.apprenticeshipId()).param("provider", r.previousProvider())
                .param("ukprn", r.previousUkprn()).param("number", r.number()).param("held", r.heldOn())
                .param("due", r.dueDate()).param("content", json.writeValueAsString(r.content()))
                .param("signatures", json.writeValueAsString(r.signers())).param("source", r.source())
                .param("at", Timestamp.from(r.recordedAt())).param("by", r.recordedByName()).update() == 1;
    }

    /**
     * The PDF of a prior review's record that the previous provider's Waypoint printed, kept in the file store: its
     * file's id there, the name it came with, its size and its SHA-256.
     */
    public record SignedRecord(String fileId, String fileName, long size, String sha256) {
    }

    /** Keeps the signed record with the review, once: one already kept is never replaced. */
    public boolean keepSignedRecord(UUID priorReviewId, SignedRecord record) {
        return jdbc.sql("""
                UPDATE prior_review SET signed_record_file_id = :file, signed_record_name = :name,
                       signed_record_size = :size, signed_record_sha256 = :sha
                WHERE id = :id AND signed_record_file_id IS NULL AND anonymised_at IS NULL""")
                .param("id", priorReviewId).param("file", record.fileId()).param("name", record.fileName())
                .param("size", record.size()).param("sha", record.sha256()).update() == 1;
    }

    public Optional<SignedRecord> signedRecord(UUID priorReviewId) {
        return jdbc.sql("""
                SELECT signed_record_file_id, signed_record_name, signed_record_size, signed_record_sha256
                FROM prior_review WHERE id = :id AND signed_record_file_id IS NOT NULL""").param("id", priorReviewId)
                .query((rs, n) -> new SignedRecord(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .optional();
    }

    /** The files of the signed records of these apprenticeships' prior reviews. */
    List<String> signedRecordFilesOf(Collection<ApprenticeshipId> apprenticeshipIds) {
        return apprenticeshipIds.isEmpty() ? List.of() : jdbc.sql("SELECT signed_record_file_id FROM prior_review"
                        + " WHERE apprenticeship_id IN (:ids) AND signed_record_file_id IS NOT NULL")
                .param("ids", apprenticeshipIds).query(String.class).list();
    }

    /**
     * Keeps the anonymised review in place of the one read: the only change a prior review ever takes. Its signed
     * record names the people too, so it goes with them (the caller deletes its file).
     */
    void anonymise(PriorReview r) {
        jdbc.sql("""
                UPDATE prior_review SET content = :content::jsonb, signatures = :signatures::jsonb,
                       signed_record_file_id = NULL, signed_record_name = NULL, signed_record_size = NULL,
                       signed_record_sha256 = NULL,
                       anonymised_at = :at WHERE id = :id AND anonymised_at IS NULL""")
                .param("id", r.id()).param("content", json.writeValueAsString(r.content()))
                .param("signatures", json.writeValueAsString(r.signers()))
                .param("at", Timestamp.from(r.anonymisedAt())).update();
    }

    int deleteOf(Collection<ApprenticeshipId> apprenticeshipIds) {
        return apprenticeshipIds.isEmpty() ? 0 : jdbc.sql("DELETE FROM prior_review WHERE apprenticeship_id IN (:ids)")
                .param("ids", apprenticeshipIds).update();
    }

    public Optional<PriorReview> find(UUID id) {
        return jdbc.sql("SELECT * FROM prior_review WHERE id = :id").param("id", id).query(this::row).optional();
    }

    /** The apprenticeship's reviews with previous providers, the latest first. */
    public List<PriorReview> ofApprenticeship(ApprenticeshipId apprenticeshipId) {
        return ofApprenticeships(List.of(apprenticeshipId));
    }

    public List<PriorReview> ofApprenticeships(Collection<ApprenticeshipId> apprenticeshipIds) {
        return apprenticeshipIds.isEmpty() ? List.of() : jdbc.sql("SELECT * FROM prior_review"
                        + " WHERE apprenticeship_id IN (:ids) ORDER BY held_on DESC, number DESC NULLS LAST, id")
                .param("ids", apprenticeshipIds).query(this::row).list();
    }

    /** The day the last review with a previous provider was held, if any. */
    public Optional<LocalDate> lastHeld(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT max(held_on) FROM prior_review WHERE apprenticeship_id = :id")
                .param("id", apprenticeshipId).query(LocalDate.class).optional();
    }

    private PriorReview row(ResultSet rs, int n) throws SQLException {
        Timestamp anonymised = rs.getTimestamp("anonymised_at");
        Object number = rs.getObject("number");
        return new PriorReview(rs.getObject("id", UUID.class), new ApprenticeshipId(rs.getObject("apprenticeship_id",
                UUID.class)),
                rs.getString("previous_provider"), rs.getString("previous_ukprn"),
                number == null ? null : ((Number) number).intValue(), rs.getObject("held_on", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                json.readValue(rs.getString("content"), new TypeReference<List<PriorReviewDetails.Field>>() { }),
                json.readValue(rs.getString("signatures"), new TypeReference<List<SignedReviews.Signer>>() { }),
                rs.getString("source"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by_name"),
                anonymised == null ? null : anonymised.toInstant());
    }

}
