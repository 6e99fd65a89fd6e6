package waypoint.catalogue.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.shared.NotFoundException;
import waypoint.shared.time.GovUkDates;

/**
 * The figures side of a standard version (docs/domain/standards-data.md): which figures an administrator recorded and
 * the differences imports found against them, loaded and saved with the version by {@link StandardVersionStore};
 * and the version's change history, which is only ever added to.
 */
@Repository
public class StandardFigureStore {

    private final JdbcClient jdbc;

    StandardFigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a change of a figure came from. */
    public enum Source {
        UPLOAD, FETCH, EDIT, SHIPPED
    }

    /** One change in a version's history: what, old → new, who or which import, when. */
    public record HistoryEntry(Figure figure, String before, String after, Source source, String changedBy,
            Instant changedAt) {

        public String figureLabel() {
            return figure.label();
        }

        public String beforeInWords() {
            return figure.words(before);
        }

        public String afterInWords() {
            return figure.words(after);
        }

        public String changedAtInWords() {
            return GovUkDates.time(changedAt);
        }
    }

    void load(StandardVersion standard) {
        loadAll(List.of(standard));
    }

    /** The figures side of these versions, in two queries whatever their number. */
    void loadAll(List<StandardVersion> standards) {
        if (standards.isEmpty()) {
            return;
        }
        Map<UUID, StandardVersion> byId = new HashMap<>();
        standards.forEach(s -> byId.put(s.id(), s));
        Map<UUID, String> recorded = new HashMap<>();
        jdbc.sql("SELECT id, administrator_figures FROM standard_version WHERE id IN (:ids)")
                .param("ids", byId.keySet()).query(rs -> {
                    recorded.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        Map<UUID, List<FigureDifference>> differences = new HashMap<>();
        jdbc.sql("""
                SELECT standard_version_id, figure, file_value, found_by, found_at, kept FROM standard_figure_difference
                WHERE standard_version_id IN (:ids) ORDER BY standard_version_id, figure
                """).param("ids", byId.keySet()).query(rs -> {
                    UUID id = rs.getObject("standard_version_id", UUID.class);
                    Figure figure = Figure.valueOf(rs.getString("figure"));
                    differences.computeIfAbsent(id, x -> new ArrayList<>()).add(new FigureDifference(figure,
                            figure.of(byId.get(id).content()), rs.getString("file_value"), rs.getString("found_by"),
                            rs.getTimestamp("found_at").toInstant(), rs.getBoolean("kept")));
                });
        for (StandardVersion standard : standards) {
            String figuresRecorded = recorded.get(standard.id());
            if (figuresRecorded == null) {
                throw new NotFoundException("Standard " + standard.label());
            }
            Set<Figure> figures = EnumSet.noneOf(Figure.class);
            Arrays.stream(figuresRecorded.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(name -> Figure.named(name).ifPresent(figures::add));
            standard.restoreFigures(figures, differences.getOrDefault(standard.id(), List.of()));
        }
    }

    void save(StandardVersion standard) {
        jdbc.sql("UPDATE standard_version SET administrator_figures = :figures WHERE id = :id")
                .param("figures", standard.administratorFigures().stream().sorted().map(Figure::name)
                        .collect(Collectors.joining(",")))
                .param("id", standard.id()).update();
        jdbc.sql("DELETE FROM standard_figure_difference WHERE standard_version_id = :id")
                .param("id", standard.id()).update();
        for (FigureDifference d : standard.allDifferences()) {
            jdbc.sql("""
                    INSERT INTO standard_figure_difference (standard_version_id, figure, file_value, found_by, found_at,
                        kept)
                    VALUES (:id, :figure, :value, :by, :at, :kept)
                    """).param("id", standard.id()).param("figure", d.figure().name()).param("value", d.fileValue())
                    .param("by", d.foundBy()).param("at", Timestamp.from(d.foundAt())).param("kept", d.kept())
                    .update();
        }
    }

    /** Adds changes to a version's history. */
    public void remember(UUID versionId, List<FigureChange> changes, Source source, String changedBy, Instant at) {
        for (FigureChange change : changes) {
            jdbc.sql("""
                    INSERT INTO standard_figure_change (id, standard_version_id, figure, old_value, new_value, source,
                        changed_by, changed_at)
                    VALUES (:id, :version, :figure, :old, :new, :source, :by, :at)
                    """).param("id", UUID.randomUUID()).param("version", versionId)
                    .param("figure", change.figure().name()).param("old", change.before())
                    .param("new", change.after()).param("source", source.name()).param("by", changedBy)
                    .param("at", Timestamp.from(at)).update();
        }
    }

    /** A version's change history, newest first. */
    public List<HistoryEntry> history(UUID versionId) {
        return jdbc.sql("""
                SELECT figure, old_value, new_value, source, changed_by, changed_at FROM standard_figure_change
                WHERE standard_version_id = :version ORDER BY changed_at DESC, figure
                """).param("version", versionId)
                .query((rs, n) -> new HistoryEntry(Figure.valueOf(rs.getString("figure")), rs.getString("old_value"),
                        rs.getString("new_value"), Source.valueOf(rs.getString("source")), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
