package waypoint.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

/** The child tables of a standard version: one query each to load, one batch each to save. */
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
        UUID id = h.id();
        List<StoredKsb> ksbs = jdbc.sql("SELECT * FROM standard_ksb WHERE standard_version_id = :id ORDER BY kind, position")
                .param("id", id).query((rs, n) -> new StoredKsb(KsbKind.ofLetter(rs.getString("kind").charAt(0)),
                        rs.getInt("position"), rs.getString("source_id"), rs.getString("text"),
                        rs.getBoolean("text_added_by_administrator"))).list();
        List<StoredDuty> duties = jdbc.sql("SELECT * FROM standard_duty WHERE standard_version_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new StoredDuty(rs.getInt("position"), rs.getString("source_id"),
                        rs.getString("text"), rs.getObject("core", Boolean.class), CodeLists.split(rs.getString("ksb_codes"))))
                .list();
        List<EpaMethod> methods = jdbc.sql("SELECT * FROM standard_epa_method WHERE standard_version_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new EpaMethod(rs.getString("name"),
                        Optional.ofNullable(rs.getObject("duration_minutes", Integer.class)),
                        Optional.ofNullable(rs.getObject("minimum_questions", Integer.class)),
                        CodeLists.split(rs.getString("grades")), CodeLists.split(rs.getString("assessed_ksb_codes")),
                        Optional.ofNullable(rs.getString("details")), Optional.ofNullable(rs.getString("source")))).list();
        List<GradedComponent> components = jdbc.sql(
                        "SELECT * FROM standard_grading_component WHERE standard_version_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new GradedComponent(rs.getString("name"),
                        CodeLists.split(rs.getString("grades")))).list();
        List<GradingRow> rows = jdbc.sql("SELECT * FROM standard_grading_row WHERE standard_version_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new GradingRow(
                        List.of(rs.getString("combination").split("\\" + COMBINATION_SEPARATOR, -1)),
                        rs.getString("overall_grade"))).list();
        List<GatewayItem> gateway = jdbc.sql("SELECT * FROM standard_gateway_item WHERE standard_version_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new GatewayItem(GatewayItemKind.valueOf(rs.getString("kind")),
                        rs.getString("description"), Optional.ofNullable(rs.getString("source")))).list();
        List<OnProgrammeRequirement> onProgramme = jdbc.sql(
                        "SELECT * FROM standard_on_programme_requirement WHERE standard_version_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new OnProgrammeRequirement(
                        OnProgrammeRequirementKind.valueOf(rs.getString("kind")), rs.getString("description"),
                        Optional.ofNullable(rs.getString("source")))).list();
        StandardContent content = new StandardContent(h.title(), h.level(), h.larsCode(), h.typicalDurationMonths(),
                h.maxFunding(), h.route(), h.status(), h.approvedForDelivery(), h.retiredOn(),
                h.publishedMinimumOtjHours(), h.overview(), h.standardPageUrl(), ksbs, duties);
        DeliveryCadence cadence = h.maxWeeksBetween() == null && h.minPerMonth() == null && h.maxPerMonth() == null ? null
                : new DeliveryCadence(Optional.ofNullable(h.maxWeeksBetween()), Optional.ofNullable(h.minPerMonth()),
                        Optional.ofNullable(h.maxPerMonth()), Optional.ofNullable(h.cadenceSource()));
        AssessmentPlan plan = new AssessmentPlan(methods, h.gradingBasis(), components, h.overallGrades(), rows,
                h.gradingNote(), h.gradingVerified(), gateway, onProgramme, cadence);
        return new StandardVersion(id, h.referenceNumber(), h.version(), content, plan, h.latest(),
                h.shippedPlanApplied(), h.importedAt(), h.changedAt(), h.lockVersion(), h.programmeType());
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
