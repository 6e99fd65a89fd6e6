package waypoint.reporting.internal.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.enrolment.ApprenticeshipId;

/** Keeps samples and their chosen apprenticeships (the reporting module's own tables). */
@Repository
class EvidenceSampleStore {

    record Member(int position, ApprenticeshipId apprenticeshipId, String why) {
    }

    private static final String COLUMNS = """
            SELECT s.id, s.requested_by, s.requested_by_name, s.requested_at, s.chosen_by, s.seed, s.size_asked,
                   s.funding_year, s.standard_reference, s.state, s.packed,
                   (SELECT count(*) FROM evidence_sample_member m WHERE m.sample_id = s.id), s.file_id, s.file_size,
                   s.failure, s.finished_at, s.version
            FROM evidence_sample s""";

    private final JdbcClient jdbc;

    EvidenceSampleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(EvidenceSample s, List<SampleChoice.Chosen> chosen) {
        jdbc.sql("""
                        INSERT INTO evidence_sample (id, requested_by, requested_by_name, requested_at, chosen_by, seed,
                               size_asked, funding_year, standard_reference, state)
                        VALUES (:id, :by, :name, :at, :chosenBy, :seed, :size, :year, :standard, :state)""")
                .param("id", s.id()).param("by", s.requestedBy()).param("name", s.requestedByName())
                .param("at", Timestamp.from(s.requestedAt())).param("chosenBy", s.chosenBy().name())
                .param("seed", s.seed()).param("size", s.sizeAsked()).param("year", s.fundingYear())
                .param("standard", s.standard()).param("state", s.state().name()).update();
        int position = 1;
        for (SampleChoice.Chosen c : chosen) {
            jdbc.sql("INSERT INTO evidence_sample_member (sample_id, position, apprenticeship_id, why)"
                            + " VALUES (:id, :position, :apprenticeship, :why)")
                    .param("id", s.id()).param("position", position++)
                    .param("apprenticeship", c.line().apprenticeshipId()).param("why", c.why()).update();
        }
    }

    /** Writes the sample as it now is; refuses (false) when someone else saved it since it was read. */
    boolean save(EvidenceSample s) {
        return jdbc.sql("""
                        UPDATE evidence_sample SET state = :state, packed = :packed, file_id = :fileId,
                               file_size = :fileSize, failure = :failure, finished_at = :finishedAt,
                               version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("state", s.state().name()).param("packed", s.packed()).param("fileId", s.fileId())
                .param("fileSize", s.fileSize()).param("failure", s.failure())
                .param("finishedAt", s.finishedAt() == null ? null : Timestamp.from(s.finishedAt()))
                .param("id", s.id()).param("version", s.version()).update() == 1;
    }

    Optional<EvidenceSample> find(UUID id) {
        return jdbc.sql(COLUMNS + " WHERE s.id = :id").param("id", id).query(EvidenceSampleStore::sample).optional();
    }

    List<EvidenceSample> newest(int offset, int limit) {
        return jdbc.sql(COLUMNS + " ORDER BY s.requested_at DESC, s.id LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query(EvidenceSampleStore::sample).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM evidence_sample").query(Long.class).single();
    }

    List<Member> members(UUID id) {
        return jdbc.sql("SELECT position, apprenticeship_id, why FROM evidence_sample_member WHERE sample_id = :id"
                        + " ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new Member(rs.getInt(1), new ApprenticeshipId(rs.getObject(2, UUID.class)),
                        rs.getString(3))).list();
    }

    private static EvidenceSample sample(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp(16);
        return new EvidenceSample(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getTimestamp(4).toInstant(), SampleChoice.Method.valueOf(rs.getString(5)), rs.getLong(6),
                rs.getInt(7), (Integer) rs.getObject(8), rs.getString(9), EvidenceSample.State.valueOf(rs.getString(10)),
                rs.getInt(11), rs.getInt(12), rs.getString(13), (Long) rs.getObject(14), rs.getString(15),
                finished == null ? null : finished.toInstant(), rs.getInt(17));
    }
}
