package waypoint.catalogue.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.shared.time.GovUkDates;

/** Each upload and fetch of a standards file, kept with what it changed or why nothing was. */
@Repository
public class ImportRunStore {

    private final JdbcClient jdbc;

    ImportRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One upload or fetch: {@code details} are the lines of what changed, or the problems that stopped it. */
    public record ImportRun(UUID id, StandardFigureStore.Source source, String startedBy, String address,
            Instant ranAt, boolean succeeded, String summary, List<String> details) {

        public ImportRun {
            details = List.copyOf(details);
        }

        public String ranAtInWords() {
            return GovUkDates.time(ranAt);
        }
    }

    public void record(ImportRun run) {
        jdbc.sql("""
                INSERT INTO standard_import_run (id, source, started_by, address, ran_at, succeeded, summary, details)
                VALUES (:id, :source, :by, :address, :at, :succeeded, :summary, :details)
                """).param("id", run.id()).param("source", run.source().name()).param("by", run.startedBy())
                .param("address", run.address()).param("at", Timestamp.from(run.ranAt()))
                .param("succeeded", run.succeeded()).param("summary", run.summary())
                .param("details", String.join("\n", run.details())).update();
    }

    /** The latest runs, newest first. */
    public List<ImportRun> recent(int limit) {
        return jdbc.sql("SELECT * FROM standard_import_run ORDER BY ran_at DESC LIMIT :limit").param("limit", limit)
                .query((rs, n) -> new ImportRun(rs.getObject("id", UUID.class),
                        StandardFigureStore.Source.valueOf(rs.getString("source")), rs.getString("started_by"),
                        rs.getString("address"), rs.getTimestamp("ran_at").toInstant(), rs.getBoolean("succeeded"),
                        rs.getString("summary"), Arrays.stream(rs.getString("details").split("\n"))
                                .filter(line -> !line.isBlank()).toList()))
                .list();
    }
}
