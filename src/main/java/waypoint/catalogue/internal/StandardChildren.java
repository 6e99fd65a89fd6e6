package waypoint.catalogue.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.catalogue.DeliveryCadence;
import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GatewayItem;
import waypoint.catalogue.GatewayItemKind;
import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingRow;
import waypoint.catalogue.KsbKind;
import waypoint.catalogue.OnProgrammeRequirement;
import waypoint.catalogue.OnProgrammeRequirementKind;
import waypoint.catalogue.internal.StandardContent.StoredDuty;
import waypoint.catalogue.internal.StandardContent.StoredKsb;

/** The child tables of a standard version: one query each to load (for one version or many), one batch each to save. */
final class StandardChildren {

    /** Grades in a stored combination are joined by this; grades cannot contain it (the forms refuse it). */
    static final String COMBINATION_SEPARATOR = "|";

    private static final List<String> TABLES = List.of("standard_ksb", "standard_duty", "standard_epa_method",
            "standard_grading_component", "standard_grading_row", "standard_gateway_item",
            "standard_on_programme_requirement");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    StandardChildren(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    StandardVersion assemble(StandardVersionStore.Header h) {
        return assembleAll(List.of(h)).get(0);
    }

    /**
     * The versions of these headers with their children, in one query per child table whatever their number (a page
     * of apprenticeships on many standards), in the headers' order.
     */
    List<StandardVersion> assembleAll(List<StandardVersionStore.Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = headers.stream().map(StandardVersionStore.Header::id).collect(Collectors.toSet());
        Map<UUID, List<StoredKsb>> ksbs = children("standard_ksb", "kind, position", ids,
                rs -> new StoredKsb(KsbKind.ofLetter(rs.getString("kind").charAt(0)),
                        rs.getInt("position"), rs.getString("source_id"), rs.getString("text"),
                        rs.getBoolean("text_added_by_administrator")));
        Map<UUID, List<StoredDuty>> duties = children("standard_duty", "position", ids,
                rs -> new StoredDuty(rs.getInt("position"), rs.getString("source_id"),
                        rs.getString("text"), rs.getObject("core", Boolean.class), CodeLists.split(rs.getString("ksb_codes"))));
        Map<UUID, List<EpaMethod>> methods = children("standard_epa_method", "position", ids,
                rs -> new EpaMethod(rs.getString("name"),
                        Optional.ofNullable(rs.getObject("duration_minutes", Integer.class)),
                        Optional.ofNullable(rs.getObject("minimum_questions", Integer.class)),
                        CodeLists.split(rs.getString("grades")), CodeLists.split(rs.getString("assessed_ksb_codes")),
                        Optional.ofNullable(rs.getString("details")), Optional.ofNullable(rs.getString("source"))));
        Map<UUID, List<GradedComponent>> components = children("standard_grading_component", "position", ids,
                rs -> new GradedComponent(rs.getString("name"), CodeLists.split(rs.getString("grades"))));
        Map<UUID, List<GradingRow>> rows = children("standard_grading_row", "position", ids,
                rs -> new GradingRow(List.of(rs.getString("combination").split("\\" + COMBINATION_SEPARATOR, -1)),
                        rs.getString("overall_grade")));
        Map<UUID, List<GatewayItem>> gateway = children("standard_gateway_item", "position", ids,
                rs -> new GatewayItem(GatewayItemKind.valueOf(rs.getString("kind")),
                        rs.getString("description"), Optional.ofNullable(rs.getString("source"))));
        Map<UUID, List<OnProgrammeRequirement>> onProgramme = children("standard_on_programme_requirement", "position",
                ids, rs -> new OnProgrammeRequirement(OnProgrammeRequirementKind.valueOf(rs.getString("kind")),
                        rs.getString("description"), Optional.ofNullable(rs.getString("source"))));
        List<StandardVersion> versions = new ArrayList<>();
        for (StandardVersionStore.Header h : headers) {
            UUID id = h.id();
            StandardContent content = new StandardContent(h.title(), h.level(), h.larsCode(),
                    h.typicalDurationMonths(), h.maxFunding(), h.route(), h.status(), h.approvedForDelivery(),
                    h.retiredOn(), h.publishedMinimumOtjHours(), h.overview(), h.standardPageUrl(),
                    rowsOf(ksbs, id), rowsOf(duties, id));
            DeliveryCadence cadence = h.maxWeeksBetween() == null && h.minPerMonth() == null && h.maxPerMonth() == null
                    ? null : new DeliveryCadence(Optional.ofNullable(h.maxWeeksBetween()),
                            Optional.ofNullable(h.minPerMonth()), Optional.ofNullable(h.maxPerMonth()),
                            Optional.ofNullable(h.cadenceSource()));
            AssessmentPlan plan = new AssessmentPlan(rowsOf(methods, id), h.gradingBasis(),
                    rowsOf(components, id), h.overallGrades(), rowsOf(rows, id),
                    h.gradingNote(), h.gradingVerified(), rowsOf(gateway, id),
                    rowsOf(onProgramme, id), cadence);
            versions.add(new StandardVersion(id, h.referenceNumber(), h.version(), content, plan, h.latest(),
                    h.shippedPlanApplied(), h.importedAt(), h.changedAt(), h.lockVersion(), h.programmeType()));
        }
        return versions;
    }

    /** One child table's rows of these versions, each version's in {@code order}. */
    private <T> Map<UUID, List<T>> children(String table, String order, Set<UUID> ids, Row<T> row) {
        Map<UUID, List<T>> all = new HashMap<>();
        jdbc.sql("SELECT * FROM " + table + " WHERE standard_version_id IN (:ids) ORDER BY standard_version_id, "
                        + order)
                .param("ids", ids).query(rs -> {
                    all.computeIfAbsent(rs.getObject("standard_version_id", UUID.class), id -> new ArrayList<>())
                            .add(row.of(rs));
                });
        return all;
    }

    /** One version's rows as a list it may change, like the one its own query returns (empty without any). */
    private static <T> List<T> rowsOf(Map<UUID, List<T>> children, UUID id) {
        return new ArrayList<>(children.getOrDefault(id, List.of()));
    }

    /** Reads one child row. */
    private interface Row<T> {
        T of(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    void deleteAll(UUID id) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE standard_version_id = :id").param("id", id).update();
        }
    }

    void insert(StandardVersion standard) {
        UUID id = standard.id();
        StandardContent content = standard.content();
        AssessmentPlan plan = standard.plan();
        batch("INSERT INTO standard_ksb (standard_version_id, kind, position, source_id, text, text_added_by_administrator) "
                + "VALUES (:id, :kind, :position, :sourceId, :text, :byAdministrator)", content.ksbs().stream()
                .map(k -> row(id, k.position()).addValue("kind", String.valueOf(k.kind().letter()))
                        .addValue("sourceId", k.sourceId()).addValue("text", k.text())
                        .addValue("byAdministrator", k.textAddedByAdministrator())).toList());
        batch("INSERT INTO standard_duty (standard_version_id, position, source_id, text, core, ksb_codes) "
                + "VALUES (:id, :position, :sourceId, :text, :core, :codes)", content.duties().stream()
                .map(d -> row(id, d.position()).addValue("sourceId", d.sourceId()).addValue("text", d.text())
                        .addValue("core", d.core()).addValue("codes", CodeLists.join(d.ksbCodes()))).toList());
        List<MapSqlParameterSource> methods = new ArrayList<>();
        for (int i = 0; i < plan.epaMethods().size(); i++) {
            EpaMethod m = plan.epaMethods().get(i);
            methods.add(row(id, i + 1).addValue("name", m.name()).addValue("duration", m.durationMinutes().orElse(null))
                    .addValue("questions", m.minimumQuestions().orElse(null)).addValue("grades", CodeLists.join(m.grades()))
                    .addValue("ksbs", CodeLists.join(m.assessedKsbCodes())).addValue("details", m.details().orElse(null))
                    .addValue("source", m.source().orElse(null)));
        }
        batch("INSERT INTO standard_epa_method (standard_version_id, position, name, duration_minutes, minimum_questions, "
                + "grades, assessed_ksb_codes, details, source) VALUES (:id, :position, :name, :duration, :questions, "
                + ":grades, :ksbs, :details, :source)", methods);
        List<MapSqlParameterSource> components = new ArrayList<>();
        for (int i = 0; i < plan.holisticComponents().size(); i++) {
            GradedComponent c = plan.holisticComponents().get(i);
            components.add(row(id, i + 1).addValue("name", c.name()).addValue("grades", CodeLists.join(c.grades())));
        }
        batch("INSERT INTO standard_grading_component (standard_version_id, position, name, grades) "
                + "VALUES (:id, :position, :name, :grades)", components);
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < plan.gradingRows().size(); i++) {
            GradingRow r = plan.gradingRows().get(i);
            rows.add(row(id, i + 1).addValue("combination", String.join(COMBINATION_SEPARATOR, r.componentGrades()))
                    .addValue("overall", r.overallGrade()));
        }
        batch("INSERT INTO standard_grading_row (standard_version_id, position, combination, overall_grade) "
                + "VALUES (:id, :position, :combination, :overall)", rows);
        List<MapSqlParameterSource> gateway = new ArrayList<>();
        for (int i = 0; i < plan.gatewayItems().size(); i++) {
            GatewayItem g = plan.gatewayItems().get(i);
            gateway.add(row(id, i + 1).addValue("kind", g.kind().name()).addValue("description", g.description())
                    .addValue("source", g.source().orElse(null)));
        }
        batch("INSERT INTO standard_gateway_item (standard_version_id, position, kind, description, source) "
                + "VALUES (:id, :position, :kind, :description, :source)", gateway);
        List<MapSqlParameterSource> onProgramme = new ArrayList<>();
        for (int i = 0; i < plan.onProgrammeRequirements().size(); i++) {
            OnProgrammeRequirement r = plan.onProgrammeRequirements().get(i);
            onProgramme.add(row(id, i + 1).addValue("kind", r.kind().name()).addValue("description", r.description())
                    .addValue("source", r.source().orElse(null)));
        }
        batch("INSERT INTO standard_on_programme_requirement (standard_version_id, position, kind, description, source) "
                + "VALUES (:id, :position, :kind, :description, :source)", onProgramme);
    }

    private static MapSqlParameterSource row(UUID id, int position) {
        return new MapSqlParameterSource().addValue("id", id).addValue("position", position);
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            named.batchUpdate(sql, StandardVersionStore.batch(rows));
        }
    }
}
