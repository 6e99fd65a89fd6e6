package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static waypoint.epa.ReformedStandards.DISCUSSION;
import static waypoint.epa.ReformedStandards.KNOWLEDGE_TEST;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import waypoint.catalogue.AssessmentComponent.Marker;
import waypoint.catalogue.AssessmentComponent.Window;
import waypoint.catalogue.internal.CatalogueRuleException;
import waypoint.catalogue.internal.ReformedPlanEditor;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.demo.DemoAccounts;
import waypoint.epa.ReformedStandards;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * An administrator records a standard version's reformed assessment plan on the standard's page
 * (docs/domain/assessment-reform.md): checked against the version's methods, audited, refused to anyone else.
 */
@WaypointTest
class ReformedAssessmentPlanTest {

    @LocalServerPort
    int port;
    @Autowired
    StandardImporter importer;
    @Autowired
    StandardEditor editor;
    @Autowired
    StandardQueries queries;
    @Autowired
    ReformedPlanEditor reform;
    @Autowired
    Standards standards;
    @Autowired
    AssessmentReforms reforms;
    @Autowired
    JdbcClient jdbc;

    String reference;
    String edit;

    @BeforeEach
    void givenAStandardVersionWithTwoGradedMethodsOnTheOldPlan() {
        reference = ReformedStandards.create(importer, editor, queries, reform, standards, false);
        edit = "/standards/" + reference + "/versions/1.0/assessment-components";
    }

    StandardVersionId id() {
        return standards.find(reference, "1.0").orElseThrow().id();
    }

    static Map<String, String> row(int i, String method, String window, String marker, String attempts) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("components[" + i + "].method", method);
        row.put("components[" + i + "].window", window);
        row.put("components[" + i + "].markedBy", marker);
        row.put("components[" + i + "].attemptsAllowed", attempts);
        return row;
    }

    @Test
    void the_administrator_records_the_components_on_the_standard_s_page_and_the_change_is_audited() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        assertThat(admin.get("/standards/" + reference + "?version=1.0").body())
                .contains("assessed by an end-point assessment after the gateway");
        PageClient.Page form = admin.get(edit);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains(KNOWLEDGE_TEST, DISCUSSION, "After the gateway to completion");

        Map<String, String> wrong = new LinkedHashMap<>(row(0, KNOWLEDGE_TEST, "ON_PROGRAMME", "PROVIDER", "9"));
        wrong.putAll(row(1, DISCUSSION, "", "ASSESSMENT_ORGANISATION", "2"));
        PageClient.Page refused = admin.post(edit, form, wrong.entrySet().stream().toList());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem", "must be from 1 to 5",
                "Choose when " + DISCUSSION + " is taken", "#components-0-attemptsAllowed");
        assertThat(reforms.of(id())).isEmpty();

        Map<String, String> right = new LinkedHashMap<>(row(0, KNOWLEDGE_TEST, "ON_PROGRAMME", "PROVIDER", "2"));
        right.putAll(row(1, DISCUSSION, "AFTER_GATEWAY", "ASSESSMENT_ORGANISATION", "3"));
        right.put("source", "The assessment plan, section 4");
        PageClient.Page saved = admin.post(edit, form, right.entrySet().stream().toList());
        assertThat(saved.status()).isEqualTo(302);
        ReformedPlan plan = reforms.of(id()).orElseThrow();
        assertThat(plan.components()).containsExactly(
                new AssessmentComponent(KNOWLEDGE_TEST, Window.ON_PROGRAMME, Marker.PROVIDER, 2),
                new AssessmentComponent(DISCUSSION, Window.AFTER_GATEWAY, Marker.ASSESSMENT_ORGANISATION, 3));
        assertThat(admin.get("/standards/" + reference + "?version=1.0").body())
                .contains("assessment-components-table", "During the programme", "The training provider",
                        "The assessment plan, section 4");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND record_type = :type")
                .param("id", id().value().toString()).param("type", "Reformed assessment plan").query(Long.class).single())
                .isEqualTo(1);

        assertThat(admin.post(edit + "/remove", admin.get(edit), List.of()).status()).isEqualTo(302);
        assertThat(reforms.of(id())).isEmpty();
    }

    @Test
    void only_administrators_record_a_reformed_plan() {
        assertThat(PageClient.signedInAs(port, DemoAccounts.TUTOR).get(edit).status()).isEqualTo(403);
        CurrentUser lead = new CurrentUser(java.util.UUID.randomUUID(), "lead@example.test", "Lee Lead",
                java.util.Set.of(Role.LEAD));
        assertThatThrownBy(() -> reform.record(lead, reference, "1.0", List.of(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_plan_must_cover_each_graded_method_once_with_one_after_the_gateway() {
        CurrentUser admin = ReformedStandards.ADMIN;
        AssessmentComponent knowledge = new AssessmentComponent(KNOWLEDGE_TEST, Window.ON_PROGRAMME, Marker.PROVIDER,
                2);
        assertThatThrownBy(() -> reform.record(admin, reference, "1.0", List.of(knowledge), null))
                .isInstanceOf(CatalogueRuleException.class).hasMessageContaining(DISCUSSION + " is missing");
        assertThatThrownBy(() -> reform.record(admin, reference, "1.0", List.of(knowledge,
                new AssessmentComponent(DISCUSSION, Window.ON_PROGRAMME, Marker.PROVIDER, 1)), null))
                .hasMessageContaining("At least one component is taken after the gateway to completion");
        assertThatThrownBy(() -> reform.record(admin, reference, "1.0", List.of(knowledge,
                new AssessmentComponent("Portfolio", Window.AFTER_GATEWAY, Marker.PROVIDER, 1)), null))
                .hasMessageContaining("Portfolio is not a graded assessment method");
        assertThat(reforms.of(id())).isEmpty();
    }

    @Test
    void the_plan_is_read_by_staff_and_recorded_by_administrators_through_the_api() {
        String api = "/api/v1/standards/" + reference + "/versions/1.0/assessment-components";
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        assertThat(tutor.get(api).json().get("reformed").asBoolean()).isFalse();
        String plan = "{\"components\":[{\"method\":\"" + KNOWLEDGE_TEST + "\",\"window\":\"ON_PROGRAMME\","
                + "\"markedBy\":\"PROVIDER\",\"attemptsAllowed\":2},{\"method\":\"" + DISCUSSION + "\","
                + "\"window\":\"%s\",\"markedBy\":\"ASSESSMENT_ORGANISATION\",\"attemptsAllowed\":2}]}";
        assertThat(tutor.put(api, plan.formatted("AFTER_GATEWAY")).status()).isEqualTo(403);
        Api.Response wrong = admin.put(api, plan.formatted("LATER"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("components[1].window");
        Api.Response saved = admin.put(api, plan.formatted("AFTER_GATEWAY"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(tutor.get(api).json().get("components").get(1).get("window").asString()).isEqualTo("AFTER_GATEWAY");
        assertThat(admin.delete(api).json().get("reformed").asBoolean()).isFalse();
    }
}
