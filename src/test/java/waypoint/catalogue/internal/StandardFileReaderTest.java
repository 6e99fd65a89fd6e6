package waypoint.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A field present with the wrong type or value is malformed, and the problem names the standard and the field. */
class StandardFileReaderTest {

    private static final String VALID = """
            {"referenceNumber": "ST0116", "title": "Software developer", "level": 4, "version": "1.1"%s}
            """;

    private final StandardFileReader reader = new StandardFileReader();

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(VALID.replace("\"level\": 4", "\"level\": \"4\"").formatted(""),
                        "ST0116.level", "ST0116: field 'level' must be a whole number"),
                Arguments.of(VALID.replace("\"level\": 4", "\"level\": 4.5").formatted(""),
                        "ST0116.level", "ST0116: field 'level' must be a whole number"),
                Arguments.of(VALID.replace("\"level\": 4", "\"level\": 8").formatted(""),
                        "ST0116.level", "ST0116: field 'level' must be from 1 to 7"),
                Arguments.of(VALID.replace(", \"version\": \"1.1\"", "").formatted(""),
                        "ST0116.version", "ST0116: field 'version' is required"),
                Arguments.of(VALID.replace("\"1.1\"", "1.1").formatted(""),
                        "ST0116.version", "ST0116: field 'version' must be text, like \"1.1\""),
                Arguments.of(VALID.replace("\"1.1\"", "\"v1\"").formatted(""),
                        "ST0116.version", "ST0116: field 'version' must be a version number like 1.0 or 1.1"),
                Arguments.of(VALID.replace("\"title\": \"Software developer\"", "\"title\": \" \"").formatted(""),
                        "ST0116.title", "ST0116: field 'title' is required"),
                Arguments.of(VALID.replace("ST0116", "SD116").formatted(""),
                        "[0].referenceNumber", "Standard 1: field 'referenceNumber' must be ST followed by 4 digits, like ST0116"),
                Arguments.of(VALID.formatted(", \"larsCode\": \"694\""),
                        "ST0116.larsCode", "ST0116: field 'larsCode' must be a whole number"),
                Arguments.of(VALID.formatted(", \"maxFunding\": \"£5000\""),
                        "ST0116.maxFunding", "ST0116: field 'maxFunding' must be a number of pounds"),
                Arguments.of(VALID.formatted(", \"approvedForDelivery\": \"25/03/2021\""),
                        "ST0116.approvedForDelivery", "ST0116: field 'approvedForDelivery' must be a date like 2021-03-25"),
                Arguments.of(VALID.formatted(", \"standardPageUrl\": \"javascript:alert(1)\""),
                        "ST0116.standardPageUrl", "ST0116: field 'standardPageUrl' must be a web address starting with https://"),
                Arguments.of(VALID.formatted(", \"skills\": {\"skillId\": \"x\"}"),
                        "ST0116.skills", "ST0116: field 'skills' must be a list"),
                Arguments.of(VALID.formatted(", \"skills\": [{\"skillId\": \"x\", \"detail\": 7}]"),
                        "ST0116.skills[0].detail", "ST0116: field 'skills[0].detail' must be text"),
                Arguments.of(VALID.formatted(", \"duties\": [{\"dutyID\": \"d\", \"isThisACoreDuty\": 2}]"),
                        "ST0116.duties[0].isThisACoreDuty", "ST0116: field 'duties[0].isThisACoreDuty' must be 0 or 1"),
                Arguments.of(VALID.formatted(", \"duties\": [{\"dutyID\": \"d\", \"mappedSkills\": [\"nope\"]}]"),
                        "ST0116.duties[0].mappedSkills[0]",
                        "ST0116: field 'duties[0].mappedSkills[0]' refers to 'nope', which is not one of the standard's skills"),
                Arguments.of("[" + VALID.formatted("") + "," + VALID.formatted("") + "]",
                        "ST0116.version", "ST0116: version 1.1 appears more than once in the file"),
                Arguments.of("{\"referenceNumber\": \"ST01", "file", "The file is not valid JSON (line 1, column 26)"),
                Arguments.of("\"ST0116\"", "file",
                        "The file must hold a standard (a JSON object) or a list of standards (a JSON array)"),
                Arguments.of("[]", "file", "The file holds no standards"),
                Arguments.of("  ", "file", "The file is empty"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("malformed")
    void a_malformed_file_is_rejected_with_the_standard_and_field_named(String file, String field, String message) {
        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(StandardFileRejectedException.class,
                rejected -> assertThat(rejected.problems()).contains(new ImportProblem(field, message)));
    }

    @Test
    void every_problem_in_the_file_is_reported_not_only_the_first() {
        String file = "[" + VALID.replace("\"level\": 4", "\"level\": \"x\"").formatted("") + ","
                + VALID.replace("ST0116", "ST0148").replace(", \"version\": \"1.1\"", "").formatted("") + "]";

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(StandardFileRejectedException.class,
                rejected -> assertThat(rejected.problems()).extracting(ImportProblem::field)
                        .containsExactly("ST0116.level", "ST0148.version"));
    }

    @Test
    void fields_outside_the_api_shape_are_ignored_and_missing_optional_fields_stay_missing() {
        ImportedStandard standard = reader.read(VALID.formatted(", \"epa\": {\"gradingOptions\": null}, \"larsCode\": null"))
                .get(0);

        assertThat(standard.label()).isEqualTo("ST0116 v1.1");
        assertThat(standard.larsCode()).isNull();
        assertThat(standard.ksbs()).isEmpty();
    }
}
