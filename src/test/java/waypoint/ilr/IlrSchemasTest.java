package waypoint.ilr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The official ILR schemas shipped with Waypoint, and the check of a file against its year's schema. */
class IlrSchemasTest {

    final IlrSchemas schemas = new IlrSchemas();
    final IlrYear year = IlrYear.named("2025-26");

    private static String sample() throws IOException {
        try (InputStream in = IlrSchemasTest.class.getResourceAsStream("/ilr/ILR-2025-26-sample-anonymised.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<IlrSchemas.Problem> check(String xml) {
        return schemas.check(year, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_years_available_are_those_whose_schema_is_shipped() {
        assertThat(schemas.years()).extracting(IlrYear::name).contains("2025-26");
        assertThat(schemas.year("2025-26")).contains(new IlrYear("2025-26", "2526", "ESFA/ILR/2025-26"));
        assertThat(schemas.year("2031-32")).isEmpty();
    }

    @Test
    void a_collection_year_runs_from_the_first_of_august() {
        assertThat(IlrYear.containing(LocalDate.of(2026, 7, 31)).name()).isEqualTo("2025-26");
        assertThat(IlrYear.containing(LocalDate.of(2026, 8, 1))).isEqualTo(IlrYear.named("2026-27"));
        assertThatThrownBy(() -> IlrYear.named("2025-27")).hasMessage("A collection year is written like 2025-26");
    }

    @Test
    void the_official_sample_file_is_valid_against_the_official_schema() throws IOException {
        assertThat(check(sample())).isEmpty();
    }

    @Test
    void a_file_of_another_year_is_refused_on_the_line_that_says_so() throws IOException {
        String lastYear = sample().replace("<Year>2526</Year>", "<Year>2425</Year>");

        List<IlrSchemas.Problem> problems = check(lastYear);

        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).line()).isEqualTo(6);
        assertThat(problems.get(0).message()).contains("2425");
    }

    @Test
    void text_that_is_not_xml_is_one_problem_saying_so() {
        List<IlrSchemas.Problem> problems = check("ULN,Name\n1000000043,Amina Khan\n");

        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("The file is not well-formed XML"));
    }

    @Test
    void a_file_cannot_make_the_server_read_another_file() {
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE Message [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Message xmlns="ESFA/ILR/2025-26"><Header>&secret;</Header></Message>""";

        List<IlrSchemas.Problem> problems = check(attack);

        assertThat(problems).isNotEmpty();
        assertThat(problems.toString()).doesNotContain("root:");
    }
}
