package waypoint.reporting.internal.inspection;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The judgements' versions (the reporting module's own table; a version is never changed, by a trigger). */
@Repository
class JudgementStore {

    private final JdbcClient jdbc;

    JudgementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the version; false when that version number was taken meanwhile (two leaders saving at once). */
    boolean add(Judgement j) {
        try {
            jdbc.sql("""
                            INSERT INTO self_assessment_judgement (area, version, judgement, written_by,
                                   written_by_name, written_at)
                            VALUES (:area, :version, :text, :by, :name, :at)""")
                    .param("area", j.area().name()).param("version", j.version()).param("text", j.text())
                    .param("by", j.writtenBy()).param("name", j.writtenByName())
                    .param("at", Timestamp.from(j.writtenAt())).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Every version, newest first. */
    List<Judgement> all() {
        return jdbc.sql("""
                        SELECT area, version, judgement, written_by, written_by_name, written_at
                        FROM self_assessment_judgement ORDER BY area, version DESC""")
                .query((rs, n) -> new Judgement(InspectionArea.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }
}
