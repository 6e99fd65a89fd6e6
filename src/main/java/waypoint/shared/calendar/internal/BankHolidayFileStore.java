package waypoint.shared.calendar.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The uploaded bank holidays files (table bank_holiday_file); the newest is the one in use. */
@Repository
public class BankHolidayFileStore {

    public record StoredFile(long version, String fileName, byte[] content, int firstYear, int lastYear,
            Instant uploadedAt, String uploadedBy) {
    }

    private final JdbcClient jdbc;

    BankHolidayFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest upload's id, or 0 for none: an index-only look-up, cheap enough to ask every few seconds. */
    public long latestVersion() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM bank_holiday_file").query(Long.class).single();
    }

    public Optional<StoredFile> latest() {
        return jdbc.sql("""
                SELECT id, file_name, content, first_year, last_year, uploaded_at, uploaded_by
                FROM bank_holiday_file ORDER BY id DESC LIMIT 1""")
                .query((rs, n) -> new StoredFile(rs.getLong("id"), rs.getString("file_name"), rs.getBytes("content"),
                        rs.getInt("first_year"), rs.getInt("last_year"), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")))
                .optional();
    }

    public long save(String fileName, byte[] content, int firstYear, int lastYear, Instant uploadedAt, String uploadedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO bank_holiday_file (file_name, content, first_year, last_year, uploaded_at, uploaded_by)
                VALUES (:fileName, :content, :firstYear, :lastYear, :uploadedAt, :uploadedBy)""")
                .param("fileName", fileName).param("content", content).param("firstYear", firstYear)
                .param("lastYear", lastYear).param("uploadedAt", Timestamp.from(uploadedAt)).param("uploadedBy", uploadedBy)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }
}
