package waypoint.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.StandardVersionId;
import waypoint.shared.web.PageOf;
import waypoint.shared.money.Money;

/** The catalogue list: latest versions only, searched, filtered, sorted and paginated in SQL. */
@Repository
public class StandardSearch {

    static final String SUMMARY_COLUMNS = "id, reference_number, version, title, level, lars_code, "
            + "typical_duration_months, max_funding, route, status, approved_for_delivery, retired_on, "
            + "published_minimum_otj_hours, latest, programme_type";

    private final JdbcClient jdbc;

    StandardSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageOf<StandardSummary> search(StandardQuery query) {
        StringBuilder where = new StringBuilder(" WHERE latest");
        Map<String, Object> parameters = new HashMap<>();
        if (!query.text().isEmpty()) {
            where.append(" AND (reference_number ILIKE :text OR title ILIKE :text)");
            parameters.put("text", "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.level() != null) {
            where.append(" AND level = :level");
            parameters.put("level", query.level());
        }
        if (!query.status().isEmpty()) {
            where.append(" AND status = :status");
            parameters.put("status", query.status());
        }
        long total = jdbc.sql("SELECT count(*) FROM standard_version" + where).params(parameters)
                .query(Long.class).single();
        String direction = query.descending() ? " DESC" : " ASC";
        List<StandardSummary> items = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM standard_version" + where
                        + " ORDER BY " + query.sort().column() + direction + ", reference_number" + direction
                        + " LIMIT :limit OFFSET :offset")
                .params(parameters).param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query(StandardSearch::summary).list();
        return new PageOf<>(items, query.page(), query.size(), total);
    }

    /** The statuses the latest versions have, for the filter. */
    public List<String> statuses() {
        return jdbc.sql("SELECT DISTINCT status FROM standard_version WHERE latest AND status IS NOT NULL ORDER BY status")
                .query(String.class).list();
    }

    public Optional<StandardSummary> latest(String referenceNumber) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM standard_version WHERE reference_number = :reference AND latest")
                .param("reference", referenceNumber).query(StandardSearch::summary).optional();
    }

    public List<StandardSummary> latestSummaries() {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM standard_version WHERE latest ORDER BY reference_number")
                .query(StandardSearch::summary).list();
    }

    public List<StandardSummary> withLarsCodes() {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM standard_version WHERE lars_code IS NOT NULL"
                + " ORDER BY reference_number, version").query(StandardSearch::summary).list();
    }

    public List<StandardSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM standard_version WHERE id IN (:ids)")
                .param("ids", ids).query(StandardSearch::summary).list();
    }

    static StandardSummary summary(ResultSet rs, int row) throws SQLException {
        return new StandardSummary(new StandardVersionId(rs.getObject("id", UUID.class)), rs.getString("reference_number"),
                rs.getString("version"), rs.getString("title"), rs.getInt("level"),
                Optional.ofNullable(rs.getObject("lars_code", Integer.class)),
                Optional.ofNullable(rs.getObject("typical_duration_months", Integer.class)),
                Optional.ofNullable(rs.getBigDecimal("max_funding")).map(Money::of), Optional.ofNullable(rs.getString("route")),
                Optional.ofNullable(rs.getString("status")),
                Optional.ofNullable(rs.getObject("approved_for_delivery", LocalDate.class)),
                Optional.ofNullable(rs.getObject("retired_on", LocalDate.class)),
                Optional.ofNullable(rs.getObject("published_minimum_otj_hours", Integer.class)), rs.getBoolean("latest"),
                waypoint.rules.ProgrammeType.valueOf(rs.getString("programme_type")));
    }
}
