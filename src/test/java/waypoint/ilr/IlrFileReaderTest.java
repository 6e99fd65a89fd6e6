package waypoint.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an ILR file another system wrote: the checks that come first, then the learners one by one. */
class IlrFileReaderTest {

    static final IlrSchemas SCHEMAS = new IlrSchemas();

    @TempDir
    Path folder;

    static String sample() throws IOException {
        try (InputStream in = IlrFileReaderTest.class.getResourceAsStream("/ilr/ILR-2025-26-sample-anonymised.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path file(String content) throws IOException {
        Path file = Files.createTempFile(folder, "ilr", ".xml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private final List<IlrLearner> learners = new ArrayList<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();

    private IlrFileReader.Result read(String content) throws IOException {
        return IlrFileReader.readWithLines(file(content), SCHEMAS, (learner, line) -> {
            learners.add(learner);
            lines.put(learner.learnRefNumber(), line);
        });
    }

    @Test
    void the_official_sample_is_read_whole_with_every_learner_and_the_line_each_starts_on() throws IOException {
        IlrFileReader.Result result = read(sample());

        assertThat(result.problems()).isEmpty();
        assertThat(result.isRead()).isTrue();
        assertThat(result.learnersRead()).isEqualTo(19);
        assertThat(learners).hasSize(19);
        assertThat(result.year()).isEqualTo(IlrYear.named("2025-26"));
        assertThat(result.header()).isEqualTo(new IlrFileHeader(IlrYear.named("2025-26"), 99999999,
                LocalDate.of(2025, 1, 8), LocalDateTime.of(2025, 1, 8, 9, 14, 5), "01", "SupplierName", "SystemName",
                "1"));
        assertThat(lines).containsEntry("16Learner", 38).containsEntry("Levy", 886);
    }

    @Test
    void the_apprenticeship_learner_of_the_sample_carries_every_field_of_their_programme_aim() throws IOException {
        read(sample());

        IlrLearner levy = learners.stream().filter(l -> l.learnRefNumber().equals("Levy")).findFirst().orElseThrow();
        assertThat(levy.uln()).isEqualTo(1004014316L);
        assertThat(levy.givenNames()).isEqualTo("Smith");
        assertThat(levy.familyName()).isEqualTo("John");
        assertThat(levy.dateOfBirth()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(levy.sex()).isEqualTo("M");
        assertThat(levy.ethnicity()).isEqualTo(31);
        assertThat(levy.llddHealthProb()).isEqualTo(2);
        assertThat(levy.niNumber()).isEqualTo("AA123456A");
        assertThat(levy.postcode()).isEqualTo("BB1 1ZZ");
        assertThat(levy.addLine3()).isEqualTo("My Town");
        assertThat(levy.email()).isEqualTo("name-name@xyz.com");
        assertThat(levy.telNo()).isEqualTo("0121951234");
        assertThat(levy.priorAttainment()).containsExactly(new IlrLearner.PriorAttainment(4,
                LocalDate.of(2019, 6, 30)));
        assertThat(levy.employmentStatuses()).singleElement().satisfies(e -> {
            assertThat(e.empStat()).isEqualTo(10);
            assertThat(e.empId()).isEqualTo(907173756);
            assertThat(e.dateEmpStatApp()).isEqualTo(LocalDate.of(2016, 6, 30));
            assertThat(e.monitoringCode("LOE")).contains(4);
            assertThat(e.monitoringCode("EII")).contains(7);
        });
        assertThat(levy.apprenticeshipDeliveries()).hasSize(5);

        IlrLearningDelivery programme = levy.learningDeliveries().stream().filter(IlrLearningDelivery::isProgrammeAim)
                .findFirst().orElseThrow();
        assertThat(programme.aimSeqNumber()).isEqualTo(2);
        assertThat(programme.stdCode()).isEqualTo(28);
        assertThat(programme.progType()).isEqualTo(IlrLearningDelivery.STANDARD);
        assertThat(programme.learnStartDate()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(programme.learnPlanEndDate()).isEqualTo(LocalDate.of(2020, 12, 30));
        assertThat(programme.epaOrgId()).isEqualTo("EPA0175");
        assertThat(programme.compStatus()).isEqualTo(IlrLearningDelivery.CONTINUING);
        assertThat(programme.delLocPostcode()).isEqualTo("CV1 2WT");
        assertThat(programme.fams("ACT")).containsExactly(new IlrLearningDelivery.DeliveryFam("ACT", "1",
                LocalDate.of(2019, 7, 1), null));
        assertThat(programme.financialRecords("TNP", 1)).extracting(IlrLearningDelivery.FinancialRecord::amount)
                .containsExactly(3500);
        assertThat(programme.financialRecords("TNP", 2)).extracting(IlrLearningDelivery.FinancialRecord::amount)
                .containsExactly(500);
        assertThat(levy.learningDeliveries().get(3).fams("ACT").get(0).dateTo()).isEqualTo(LocalDate.of(2020, 12,
                31));
    }

    @Test
    void text_that_is_not_xml_is_refused_naming_the_line_and_nothing_is_read() throws IOException {
        IlrFileReader.Result result = read("ULN,Name\n1000000043,Amina Khan\n");

        assertThat(result.isRead()).isFalse();
        assertThat(learners).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("The file is not XML: reading stopped on line 1");
        });
    }

    @Test
    void xml_broken_half_way_names_the_line_where_it_breaks_and_no_learner_is_read() throws IOException {
        String broken = sample().replace("<FamilyName>John</FamilyName>", "<FamilyName>John</Family>");

        IlrFileReader.Result result = read(broken);

        assertThat(learners).isEmpty();
        assertThat(result.problems()).isNotEmpty();
        assertThat(result.problems().get(0).line()).isEqualTo(889);
    }

    @Test
    void a_file_of_a_year_whose_schema_is_not_shipped_is_refused_by_its_namespace() throws IOException {
        String lastYear = sample().replace("ESFA/ILR/2025-26", "ESFA/ILR/2024-25");

        IlrFileReader.Result result = read(lastYear);

        assertThat(learners).isEmpty();
        assertThat(result.problems()).extracting(IlrFileReader.Problem::message)
                .containsExactly("This is a 2024-25 file; Waypoint reads 2025-26 files");
        assertThat(result.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void a_file_whose_header_names_another_year_is_refused_on_that_line() throws IOException {
        String lastYear = sample().replace("<Year>2526</Year>", "<Year>2425</Year>");

        IlrFileReader.Result result = read(lastYear);

        assertThat(learners).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).isEqualTo("This is a 2024-25 file (its header says 2425); Waypoint reads 2025-26"
                    + " files");
        });
    }

    @Test
    void xml_that_is_not_an_ilr_message_is_refused() throws IOException {
        IlrFileReader.Result result = read("<?xml version=\"1.0\"?>\n<Invoice><Total>12</Total></Invoice>");

        assertThat(result.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("This is not an ILR file"));
    }

    @Test
    void a_file_that_breaks_the_schema_is_refused_with_the_schema_problems_and_nothing_is_read() throws IOException {
        String invalid = sample().replace("<ULN>1004014316</ULN>", "<ULN>not a number</ULN>");

        IlrFileReader.Result result = read(invalid);

        assertThat(learners).isEmpty();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p ->
                assertThat(p.message()).startsWith("The file does not follow the ILR 2025-26 schema"));
        assertThat(result.problems().get(0).line()).isEqualTo(888);
    }

    @Test
    void a_file_with_a_dtd_or_an_external_entity_is_refused_before_anything_is_read() throws IOException {
        String attack = sample().replaceFirst("<Message ", "<!DOCTYPE Message [<!ENTITY secret SYSTEM"
                + " \"file:///etc/passwd\">]>\n<Message ").replace("<FamilyName>John</FamilyName>",
                "<FamilyName>&secret;</FamilyName>");

        IlrFileReader.Result result = read(attack);

        assertThat(learners).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("The file declares a document type (DTD)");
            assertThat(p.message()).doesNotContain("root:");
        });
    }
}
