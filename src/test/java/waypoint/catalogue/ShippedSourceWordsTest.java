package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The shipped standards' sources and grading notes name what a provider can open (the assessment plan and its
 * method by name, the course page, the learner handbook, the funding rules), never the project's working files
 * (docs/domain/standards-and-assessment-plans.md).
 */
@WaypointTest
class ShippedSourceWordsTest {

    private static final List<String> INTERNAL = List.of("seed 0", "domain.md", ".json", "unverified", "reference ST",
            "gradingNotes", "netlify");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = {"ST0116", "ST0122", "ST0148", "ST1379"})
    void a_shipped_standards_page_and_api_cite_documents_a_provider_can_open(String reference) {
        String page = PageClient.signedInAs(port, DemoAccounts.QUALITY).get("/standards/" + reference).body();
        String api = Api.at(port).signedInAs(DemoAccounts.QUALITY.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/standards/" + reference).body();

        for (String word : INTERNAL) {
            assertThat(page).as("the page of %s", reference).doesNotContainIgnoringCase(word);
            assertThat(api).as("the API answer for %s", reference).doesNotContainIgnoringCase(word);
        }
        assertThat(page).doesNotContainPattern("\\bAM\\d\\b");
        assertThat(api).doesNotContainPattern("\\bAM\\d\\b");
        assertThat(page).containsIgnoringCase("the assessment plan for").doesNotContain("Not verified:");
    }

    @Test
    void an_installation_that_stored_the_old_words_gets_the_new_ones_and_keeps_an_administrators_own() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO standard_version (id, reference_number, version, version_major, version_minor, title, level,
                    grading_note, cadence_source, imported_at, changed_at)
                VALUES (:id, 'ST1379', '0.9', 0, 9, 'Learning and skills mentor', 4, :note, 'Our own cadence', :at, :at)
                """).param("id", id).param("at", java.sql.Timestamp.from(Instant.parse("2026-01-05T10:00:00Z")))
                .param("note", "Unverified for this standard. Seed 004 gives each method’s grades (Pass/Distinction), that "
                        + "every method must be passed, and the overall grades Pass/Merit/Distinction; the combination table "
                        + "(any Fail = Fail, Pass + Pass = Pass, one Distinction = Merit, Distinction + Distinction = "
                        + "Distinction) is the usual one from DOMAIN.md, \"EPA grading facts\", not found in a source for ST1379.")
                .update();
        jdbc.sql("INSERT INTO standard_gateway_item (standard_version_id, position, kind, description, source) "
                + "VALUES (:id, 0, 'EMPLOYER_CONFIRMATION', 'The employer confirms', 'Seed 004, \"Assessment Gateway\"')")
                .param("id", id).update();
        try {
            try (Connection connection = dataSource.getConnection()) {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource(
                        "db/migration/V51__catalogue_source_words_a_provider_can_open.sql"));
            }

            assertThat(jdbc.sql("SELECT grading_note FROM standard_version WHERE id = :id").param("id", id)
                    .query(String.class).single())
                    .startsWith("The Learning and skills mentor course page gives each method’s grades")
                    .contains("not confirmed in the assessment plan: check the EPAO's grading guidance");
            assertThat(jdbc.sql("SELECT source FROM standard_gateway_item WHERE standard_version_id = :id").param("id", id)
                    .query(String.class).single())
                    .isEqualTo("The Learning and skills mentor course page, “Assessment Gateway”");
            assertThat(jdbc.sql("SELECT cadence_source FROM standard_version WHERE id = :id").param("id", id)
                    .query(String.class).single()).isEqualTo("Our own cadence");
        } finally {
            jdbc.sql("DELETE FROM standard_version WHERE id = :id").param("id", id).update();
        }
    }
}
