package waypoint.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A collection year is turned on by adding its files, without a change to the code (docs/domain/ilr.md, "Collection
 * years and return periods" and "2026-27 in brief"). The official 2026-27 schema is not shipped yet, so the test adds
 * a stand-in made from the 2025-26 one with the 2026-27 changes (a test fixture, src/test/resources/
 * ilr-2026-27-stand-in/README.md), found through its own class loader so it turns nothing on anywhere else: the year
 * is then available, the return writes off-the-job hours in the hours record, takes an 8-character assessment
 * organisation id and programme type 34, and the file meets that schema.
 */
class IlrYearFromItsFilesTest {

    static final IlrYear NEXT = IlrYear.named("2026-27");
    static final IlrFileHeader HEADER = new IlrFileHeader(NEXT, IlrLearners.UKPRN, LocalDate.of(2026, 9, 4),
            LocalDateTime.of(2026, 9, 4, 9, 5, 7), "01", "Waypoint", "Waypoint", "1.0");

    /**
     * The application's files and the stand-in 2026-27 schema, found where a shipped year's are; the 2026-27 rules
     * are not published either, so the year's rule file is the shipped 2025-26 one.
     */
    static ClassLoader withStandIn() {
        URL folder = IlrYearFromItsFilesTest.class.getResource("/ilr-2026-27-stand-in/");
        ClassLoader application = IlrYearFromItsFilesTest.class.getClassLoader();
        return new URLClassLoader(new URL[] {folder}, application) {
            @Override
            public URL findResource(String name) {
                return name.equals(NEXT.folder() + "validation-rules.csv")
                        ? application.getResource(IlrLearners.YEAR.folder() + "validation-rules.csv")
                        : super.findResource(name);
            }
        };
    }

    @Test
    void without_its_schema_the_2026_27_year_is_not_available_and_with_it_it_is() {
        assertThat(new IlrSchemas().years()).extracting(IlrYear::name).containsExactly("2025-26");

        assertThat(IlrSchemas.from(withStandIn()).years()).extracting(IlrYear::name)
                .containsExactly("2025-26", "2026-27");
    }

    @Test
    void the_2026_27_return_carries_off_the_job_hours_in_the_hours_record_and_meets_its_schema() {
        ClassLoader files = withStandIn();
        IlrLearner apprentice = IlrLearners.apprentice().programmeAim(a -> {
            a.plannedHours = 400;
            a.compStatus = IlrLearningDelivery.WITHDRAWN;
            a.learnActEndDate = LocalDate.of(2026, 8, 20);
            a.withdrawReason = 44;
            a.outcome = 3;
            a.otjActualHours = 212;
        }).build();

        String file = write(files, apprentice);

        assertThat(file).contains("xmlns=\"ESFA/ILR/2026-27\"").contains("<Year>2627</Year>")
                .doesNotContain("<PHours>").doesNotContain("<OTJActHours>")
                .contains("<HRSRecord>\n\t\t\t\t<HRSCode>1</HRSCode>\n\t\t\t\t<HRSHours>400</HRSHours>\n\t\t\t</HRSRecord>")
                .contains("<HRSRecord>\n\t\t\t\t<HRSCode>3</HRSCode>\n\t\t\t\t<HRSHours>212</HRSHours>");
        assertThat(IlrSchemas.from(files).check(NEXT, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void an_assessment_organisation_id_of_8_characters_is_refused_in_2025_26_and_taken_in_2026_27() {
        ClassLoader files = withStandIn();
        IlrLearner eightCharacters = IlrLearners.apprentice().programmeAim(a -> a.epaOrgId = "EPA12345").build();

        assertThat(IlrValidator.forYear(IlrLearners.YEAR, IlrLearners.reference()).check(eightCharacters))
                .extracting(IlrFinding::rule).contains("FD_EPAOrgID_AL");
        assertThat(IlrValidator.forYear(NEXT, IlrLearners.reference(), files).check(eightCharacters))
                .extracting(IlrFinding::rule).doesNotContain("FD_EPAOrgID_AL", "FD_EPAOrgID_AP");
        assertThat(IlrSchemas.from(files).check(NEXT, new ByteArrayInputStream(write(files, eightCharacters)
                .getBytes(StandardCharsets.UTF_8)))).isEmpty();
        // 7 characters stay right in both years; a wrong pattern is still wrong
        assertThat(IlrValidator.forYear(NEXT, IlrLearners.reference(), files).check(IlrLearners.apprentice()
                .programmeAim(a -> a.epaOrgId = "XYZ1234").build())).extracting(IlrFinding::rule)
                .contains("FD_EPAOrgID_AP");
    }

    @Test
    void an_apprenticeship_unit_of_programme_type_34_is_written_and_meets_the_2026_27_schema() {
        ClassLoader files = withStandIn();
        IlrLearner unit = IlrLearners.apprentice().programmeAim(a -> a.progType = 34).build();

        String file = write(files, unit);

        assertThat(file).contains("<ProgType>34</ProgType>");
        assertThat(IlrSchemas.from(files).check(NEXT, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(IlrValidator.forYear(NEXT, IlrLearners.reference(), files).check(unit))
                .extracting(IlrFinding::rule).doesNotContain("FD_ProgType_AL");
    }

    private static String write(ClassLoader files, IlrLearner... learners) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IlrFileWriter writer = IlrFileWriter.open(HEADER, out, IlrFileLayout.of(NEXT, files))) {
            for (IlrLearner learner : List.of(learners)) {
                writer.write(learner);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
