package waypoint.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.catalogue.GradingBasis;

/**
 * Loads and saves {@link StandardVersion} aggregates: the version row, then one query per child table (never one
 * per child). A save rewrites the children of that one version, checking the lock version first.
 */
@Repository
public class StandardVersionStore {

    private final JdbcClient jdbc;
    private final StandardChildren children;
    private final StandardFigureStore figures;

    StandardVersionStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, StandardFigureStore figures) {
        this.jdbc = jdbc;
        this.children = new StandardChildren(jdbc, named);
        this.figures = figures;
    }

    public Optional<StandardVersion> find(UUID id) {
        return load("id = :id", Map.of("id", id));
    }

    public Optional<StandardVersion> find(String referenceNumber, String version) {
        return load("reference_number = :reference AND version = :version",
                Map.of("reference", referenceNumber, "version", version));
    }

    /**
     * Many versions by reference number and version ({@code {"ST0116", "1.1"}}), in a fixed number of queries
     * whatever their number; a pair the catalogue does not hold is left out.
     */
    public List<StandardVersion> findAll(java.util.Collection<String[]> referenceAndVersion) {
        if (referenceAndVersion.isEmpty()) {
            return List.of();
        }
        List<Header> headers = jdbc.sql("SELECT * FROM standard_version WHERE (reference_number, version) IN (:pairs)")
                .param("pairs", List.copyOf(referenceAndVersion)).query(StandardVersionStore::header).list();
        List<StandardVersion> standards = children.assembleAll(headers);
        figures.loadAll(standards);
        return standards;
    }

    public Optional<StandardVersion> findLatest(String referenceNumber) {
        return load("reference_number = :reference AND latest", Map.of("reference", referenceNumber));
    }

    public boolean exists(String referenceNumber, String version) {
        return jdbc.sql("SELECT count(*) FROM standard_version WHERE reference_number = :reference AND version = :version")
                .param("reference", referenceNumber).param("version", version).query(Long.class).single() > 0;
    }

    /** The versions of a standard, newest first. */
    public List<String> versionsOf(String referenceNumber) {
        return jdbc.sql("SELECT version FROM standard_version WHERE reference_number = :reference "
                        + "ORDER BY version_major DESC, version_minor DESC")
                .param("reference", referenceNumber).query(String.class).list();
    }

    public void insert(StandardVersion standard) {
        StandardContent c = standard.content();
        jdbc.sql("""
                INSERT INTO standard_version (id, reference_number, version, version_major, version_minor, title, level,
                    lars_code, typical_duration_months, max_funding, route, status, approved_for_delivery, retired_on,
                    published_minimum_otj_hours, overview, standard_page_url, grading_basis, grading_overall_grades,
                    grading_note, grading_verified, cadence_max_weeks_between, cadence_min_per_month,
                    cadence_max_per_month, cadence_source, shipped_plan_applied, imported_at, changed_at, lock_version)
                VALUES (:id, :reference, :version, :major, :minor, :title, :level, :lars, :duration, :funding, :route,
                    :status, :approved, :retired, :otj, :overview, :url, :basis, :overall, :note, :verified, :weeks,
                    :minPerMonth, :maxPerMonth, :cadenceSource, :shipped, :importedAt, :changedAt, 0)
                """).paramSource(parameters(standard, c)).update();
        saveProgrammeType(standard);
        children.insert(standard);
        figures.save(standard);
        standard.lockVersionSaved(0);
    }

    public void update(StandardVersion standard) {
        StandardContent c = standard.content();
        MapSqlParameterSource parameters = parameters(standard, c).addValue("lock", standard.lockVersion());
        int updated = jdbc.sql("""
                UPDATE standard_version SET title = :title, level = :level, lars_code = :lars,
                    typical_duration_months = :duration, max_funding = :funding, route = :route, status = :status,
                    approved_for_delivery = :approved, retired_on = :retired, published_minimum_otj_hours = :otj,
                    overview = :overview, standard_page_url = :url, grading_basis = :basis,
                    grading_overall_grades = :overall, grading_note = :note, grading_verified = :verified,
                    cadence_max_weeks_between = :weeks, cadence_min_per_month = :minPerMonth,
                    cadence_max_per_month = :maxPerMonth, cadence_source = :cadenceSource,
                    shipped_plan_applied = :shipped, changed_at = :changedAt, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock
                """).paramSource(parameters).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(standard.label() + " was changed by someone else");
        }
        saveProgrammeType(standard);
        children.deleteAll(standard.id());
        children.insert(standard);
        figures.save(standard);
        standard.lockVersionSaved(standard.lockVersion() + 1);
    }

    /** The programme type, in a statement of its own so the version's other columns read as before. */
    private void saveProgrammeType(StandardVersion standard) {
        jdbc.sql("UPDATE standard_version SET programme_type = :type WHERE id = :id")
                .param("type", standard.programmeType().name()).param("id", standard.id()).update();
    }

    /** Marks the highest version of a reference number as its latest, and no other. */
    public void markLatest(String referenceNumber) {
        jdbc.sql("""
                UPDATE standard_version SET latest = (id = (SELECT id FROM standard_version
                    WHERE reference_number = :reference ORDER BY version_major DESC, version_minor DESC LIMIT 1))
                WHERE reference_number = :reference
                """).param("reference", referenceNumber).update();
    }

    private static MapSqlParameterSource parameters(StandardVersion standard, StandardContent c) {
        AssessmentPlan plan = standard.plan();
        var cadence = plan.deliveryCadence();
        return new MapSqlParameterSource()
                .addValue("id", standard.id())
                .addValue("reference", standard.referenceNumber())
                .addValue("version", standard.version().toString())
                .addValue("major", standard.version().major())
                .addValue("minor", standard.version().minor())
                .addValue("title", c.title())
                .addValue("level", c.level())
                .addValue("lars", c.larsCode())
                .addValue("duration", c.typicalDurationMonths())
                .addValue("funding", c.maxFunding())
                .addValue("route", c.route())
                .addValue("status", c.status())
                .addValue("approved", c.approvedForDelivery())
                .addValue("retired", c.retiredOn())
                .addValue("otj", c.publishedMinimumOtjHours())
                .addValue("overview", c.overview())
                .addValue("url", c.standardPageUrl())
                .addValue("basis", plan.gradingBasis().name())
                .addValue("overall", CodeLists.join(plan.overallGrades()))
                .addValue("note", plan.gradingNote())
                .addValue("verified", plan.gradingVerified())
                .addValue("weeks", cadence.flatMap(x -> x.maxWeeksBetweenSessions()).orElse(null))
                .addValue("minPerMonth", cadence.flatMap(x -> x.minSessionsPerMonth()).orElse(null))
                .addValue("maxPerMonth", cadence.flatMap(x -> x.maxSessionsPerMonth()).orElse(null))
                .addValue("cadenceSource", cadence.flatMap(x -> x.source()).orElse(null))
                .addValue("shipped", standard.shippedPlanApplied())
                .addValue("importedAt", java.sql.Timestamp.from(standard.importedAt()))
                .addValue("changedAt", java.sql.Timestamp.from(standard.changedAt()));
    }

    private Optional<StandardVersion> load(String where, Map<String, ?> parameters) {
        Optional<Header> header = jdbc.sql("SELECT * FROM standard_version WHERE " + where)
                .params(parameters).query(StandardVersionStore::header).optional();
        return header.map(h -> {
            StandardVersion standard = children.assemble(h);
            figures.load(standard);
            return standard;
        });
    }

    /** The version row before its children are loaded. */
    record Header(UUID id, String referenceNumber, VersionNumber version, String title, int level, Integer larsCode,
            Integer typicalDurationMonths, java.math.BigDecimal maxFunding, String route, String status,
            java.time.LocalDate approvedForDelivery, java.time.LocalDate retiredOn, Integer publishedMinimumOtjHours,
            String overview, String standardPageUrl, GradingBasis gradingBasis, List<String> overallGrades,
            String gradingNote, boolean gradingVerified, Integer maxWeeksBetween, Integer minPerMonth,
            Integer maxPerMonth, String cadenceSource, boolean latest, boolean shippedPlanApplied,
            java.time.Instant importedAt, java.time.Instant changedAt, int lockVersion,
            waypoint.rules.ProgrammeType programmeType) {
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(rs.getObject("id", UUID.class), rs.getString("reference_number"),
                new VersionNumber(rs.getInt("version_major"), rs.getInt("version_minor")), rs.getString("title"),
                rs.getInt("level"), rs.getObject("lars_code", Integer.class),
                rs.getObject("typical_duration_months", Integer.class), rs.getBigDecimal("max_funding"),
                rs.getString("route"), rs.getString("status"),
                rs.getObject("approved_for_delivery", java.time.LocalDate.class),
                rs.getObject("retired_on", java.time.LocalDate.class),
                rs.getObject("published_minimum_otj_hours", Integer.class), rs.getString("overview"),
                rs.getString("standard_page_url"), GradingBasis.valueOf(rs.getString("grading_basis")),
                CodeLists.split(rs.getString("grading_overall_grades")), rs.getString("grading_note"),
                rs.getBoolean("grading_verified"), rs.getObject("cadence_max_weeks_between", Integer.class),
                rs.getObject("cadence_min_per_month", Integer.class), rs.getObject("cadence_max_per_month", Integer.class),
                rs.getString("cadence_source"), rs.getBoolean("latest"), rs.getBoolean("shipped_plan_applied"),
                rs.getTimestamp("imported_at").toInstant(), rs.getTimestamp("changed_at").toInstant(),
                rs.getInt("lock_version"), waypoint.rules.ProgrammeType.valueOf(rs.getString("programme_type")));
    }

    static SqlParameterSource[] batch(List<MapSqlParameterSource> rows) {
        return rows.toArray(SqlParameterSource[]::new);
    }
}
