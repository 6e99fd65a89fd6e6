package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static waypoint.catalogue.TestStandardFiles.ADMINISTRATOR;
import static waypoint.catalogue.TestStandardFiles.newReference;
import static waypoint.catalogue.TestStandardFiles.standard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import waypoint.catalogue.internal.ImportOutcome;
import waypoint.catalogue.internal.ImportProblem;
import waypoint.catalogue.internal.ImportReport;
import waypoint.catalogue.internal.StandardFileRejectedException;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.support.WaypointTest;

@WaypointTest
class StandardImportTest {

    @Autowired
    StandardImporter importer;
    @Autowired
    Standards standards;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_seed_standards_are_loaded_at_start_with_the_ksb_text_the_reference_files_have() {
        StandardDetails developer = standards.latest("ST0116").orElseThrow();
        assertThat(developer.version()).isEqualTo("1.1");
        assertThat(developer.ksbs(KsbKind.KNOWLEDGE)).hasSize(12);
        assertThat(developer.ksbs(KsbKind.SKILL)).hasSize(17);
        assertThat(developer.ksbs(KsbKind.BEHAVIOUR)).hasSize(9);
        assertThat(developer.duties()).hasSize(21);
        assertThat(developer.duties().get(0).ksbCodes()).containsExactly("K1", "K2", "K3", "K6", "K7", "S7", "S11",
                "S17", "B1", "B2", "B8");
        assertThat(developer.ksb("S17").orElseThrow().text().orElseThrow()).contains("whist");

        StandardDetails mentor = standards.latest("ST1379").orElseThrow();
        assertThat(mentor.larsCode()).contains(694);
        assertThat(mentor.ksbs(KsbKind.KNOWLEDGE)).allMatch(Ksb::hasText).hasSize(16);
        assertThat(mentor.ksbs(KsbKind.SKILL)).noneMatch(Ksb::hasText).hasSize(14);
        assertThat(mentor.duties()).hasSize(9);
        assertThat(mentor.publishedMinimumOtjHours()).isEmpty();

        assertThat(standards.latest("ST0148").orElseThrow().status()).contains("Retired");
        assertThat(standards.latest("ST0122").orElseThrow().ksbs()).isEmpty();
        assertThat(standards.latest("ST1031")).isPresent();
    }

    @Test
    void the_seed_standards_carry_their_epa_methods_grading_tables_gateway_items_and_cadence() {
        StandardDetails mentor = standards.latest("ST1379").orElseThrow();
        assertThat(mentor.epaMethods()).extracting(EpaMethod::name)
                .containsExactly("Observation with questioning", "Professional discussion underpinned by a portfolio of evidence");
        assertThat(mentor.epaMethods().get(1).minimumQuestions()).contains(8);
        assertThat(mentor.grading().isComplete()).isTrue();
        assertThat(mentor.grading().verified()).isFalse();
        assertThat(mentor.grading().overallGradeFor(List.of("Pass", "Distinction"))).contains("Merit");
        assertThat(mentor.gatewayItems()).extracting(GatewayItem::kind).contains(GatewayItemKind.EMPLOYER_CONFIRMATION,
                GatewayItemKind.APPRENTICE_CONFIRMATION, GatewayItemKind.PORTFOLIO_SUBMITTED);
        assertThat(mentor.gatewayItems()).allMatch(item -> item.source().isPresent());
        assertThat(mentor.deliveryCadence().orElseThrow().describe()).isEqualTo("At least one session every 5 weeks");

        StandardDetails marketer = standards.latest("ST0122").orElseThrow();
        assertThat(marketer.grading().basis()).isEqualTo(GradingBasis.HOLISTIC);
        assertThat(marketer.grading().rows()).hasSize(27);
        assertThat(marketer.grading().isComplete()).isTrue();
        assertThat(marketer.deliveryCadence().orElseThrow().describe()).isEqualTo("2 to 3 sessions a month");

        assertThat(standards.latest("ST0148").orElseThrow().gatewayItems()).extracting(GatewayItem::description)
                .contains("Level 1 safeguarding");
    }

    @Test
    void the_shipped_files_import_again_without_changing_anything() throws IOException {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:catalogue/standards/*.json")) {
            ImportReport report = importer.importFile(ADMINISTRATOR, file.getContentAsString(StandardCharsets.UTF_8));
            assertThat(report.standards()).extracting(ImportReport.Entry::outcome).containsOnly(ImportOutcome.UNCHANGED);
        }
    }

    @Test
    void importing_the_same_file_twice_changes_nothing() {
        String reference = newReference();
        String file = "[" + standard(reference, "1.0", "Twice imported") + "]";

        ImportReport first = importer.importFile(ADMINISTRATOR, file);
        int lockVersion = lockVersion(reference, "1.0");
        ImportReport second = importer.importFile(ADMINISTRATOR, file);

        assertThat(first.summary()).isEqualTo("Imported 1 standard: " + reference + " v1.0 (new)");
        assertThat(second.summary()).isEqualTo("Imported 1 standard: " + reference + " v1.0 (unchanged)");
        assertThat(lockVersion(reference, "1.0")).isEqualTo(lockVersion);
        assertThat(jdbc.sql("SELECT count(*) FROM standard_ksb k JOIN standard_version v ON v.id = k.standard_version_id "
                + "WHERE v.reference_number = :reference").param("reference", reference).query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void a_new_version_is_stored_beside_the_old_and_becomes_the_latest() {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, standard(reference, "1.0", "First title"));

        ImportReport report = importer.importFile(ADMINISTRATOR, standard(reference, "1.1", "Revised title"));

        assertThat(report.standards().get(0).outcome()).isEqualTo(ImportOutcome.NEW_VERSION);
        assertThat(standards.latest(reference).orElseThrow().version()).isEqualTo("1.1");
        StandardDetails old = standards.find(reference, "1.0").orElseThrow();
        assertThat(old.title()).isEqualTo("First title");
        assertThat(old.latest()).isFalse();
        assertThat(standards.find(old.id()).orElseThrow().title()).isEqualTo("First title");
    }

    @Test
    void a_file_with_one_malformed_standard_is_rejected_whole_naming_the_standard_and_the_field() {
        String good = newReference();
        String bad = newReference();
        String file = "[" + standard(good, "1.0", "Good") + ","
                + standard(bad, "1.0", "Bad").replace("\"level\": 3", "\"level\": \"four\"") + "]";

        assertThatThrownBy(() -> importer.importFile(ADMINISTRATOR, file))
                .isInstanceOfSatisfying(StandardFileRejectedException.class, rejected ->
                        assertThat(rejected.problems()).containsExactly(new ImportProblem(bad + ".level",
                                bad + ": field 'level' must be a whole number")));
        assertThat(standards.latest(good)).isEmpty();
        assertThat(standards.latest(bad)).isEmpty();
    }

    @Test
    void guid_and_placeholder_ids_are_both_accepted_and_become_codes_by_position() {
        String reference = newReference();
        String file = """
                {"referenceNumber": "%s", "title": "With GUIDs", "level": 4, "version": "1.0",
                 "knowledges": [{"knowledgeId": "6f1c7c2e-8a3b-4c1d-9e2f-0a1b2c3d4e5f", "detail": "K one"},
                                {"knowledgeId": "placeholder-two", "detail": "K two"}],
                 "duties": [{"dutyId": "0b5f9d7e-1111-4222-8333-944455556666", "dutyDetail": "Duty one",
                             "isThisACoreDuty": 0, "mappedKnowledge": ["placeholder-two", "6f1c7c2e-8a3b-4c1d-9e2f-0a1b2c3d4e5f"]}]}
                """.formatted(reference);

        importer.importFile(ADMINISTRATOR, file);

        StandardDetails imported = standards.latest(reference).orElseThrow();
        assertThat(imported.ksb("K2").orElseThrow().text()).contains("K two");
        assertThat(imported.duties().get(0).ksbCodes()).containsExactly("K2", "K1");
        assertThat(imported.duties().get(0).core()).contains(false);
    }

    @Test
    void text_a_file_leaves_out_stays_missing_and_a_later_file_of_the_same_version_completes_it() {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, """
                {"referenceNumber": "%s", "title": "Partial", "level": 2, "version": "1.0",
                 "skills": [{"skillId": "a"}, {"skillId": "b", "detail": "Known skill"}]}
                """.formatted(reference));
        assertThat(standards.latest(reference).orElseThrow().ksb("S1").orElseThrow().hasText()).isFalse();

        ImportReport report = importer.importFile(ADMINISTRATOR, """
                {"referenceNumber": "%s", "title": "Partial", "level": 2, "version": "1.0", "larsCode": 12,
                 "skills": [{"skillId": "a", "detail": "Now known"}]}
                """.formatted(reference));

        assertThat(report.standards().get(0).outcome()).isEqualTo(ImportOutcome.UPDATED);
        StandardDetails completed = standards.latest(reference).orElseThrow();
        assertThat(completed.ksb("S1").orElseThrow().text()).contains("Now known");
        assertThat(completed.ksb("S2").orElseThrow().text()).contains("Known skill");
        assertThat(completed.larsCode()).contains(12);
    }

    @Test
    void only_administrators_import_standards() {
        assertThatThrownBy(() -> importer.importFile(TestStandardFiles.TUTOR, standard(newReference(), "1.0", "No")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private int lockVersion(String reference, String version) {
        return jdbc.sql("SELECT lock_version FROM standard_version WHERE reference_number = :r AND version = :v")
                .param("r", reference).param("v", version).query(Integer.class).single();
    }
}
