package waypoint.ilr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The ILR file Waypoint writes: the year's schema decides the elements and their order, and each learner streams. */
class IlrFileWriterTest {

    static final IlrYear YEAR = IlrYear.named("2025-26");
    static final IlrFileHeader HEADER = new IlrFileHeader(YEAR, 10012345, LocalDate.of(2025, 11, 4),
            LocalDateTime.of(2025, 11, 4, 9, 5, 7), "03", "Waypoint", "Waypoint", "1.0");

    final IlrSchemas schemas = new IlrSchemas();

    /** A learner with every field the writer knows, each with a value the official schema accepts. */
    static IlrLearner everyField(String learnRefNumber) {
        LocalDate start = LocalDate.of(2025, 9, 1);
        IlrLearningDelivery programme = new IlrLearningDelivery("ZPROG001", 1, 1, start, LocalDate.of(2024, 9, 2),
                LocalDate.of(2027, 2, 28), 36, 400, 412, 25, 123, 10054321, "B1 1AA", "B2 2BB", 10, 50, 100,
                "ABC123", "EPA0042", 2, LocalDate.of(2027, 2, 20), null, 1, LocalDate.of(2027, 3, 30), "MERIT",
                UUID.fromString("6a3c1d35-8a35-4f57-9cf4-0a0b4f9b1d02").toString(), 1,
                List.of(new IlrLearningDelivery.DeliveryFam("SOF", "105", null, null),
                        new IlrLearningDelivery.DeliveryFam("ACT", "1", start, LocalDate.of(2026, 1, 31)),
                        new IlrLearningDelivery.DeliveryFam("ACT", "2", LocalDate.of(2026, 2, 1), null)),
                List.of(new IlrLearningDelivery.FinancialRecord("TNP", 1, start, 12000),
                        new IlrLearningDelivery.FinancialRecord("TNP", 2, start, 3000),
                        new IlrLearningDelivery.FinancialRecord("PMR", 1, LocalDate.of(2025, 10, 1), 500)),
                List.of(new IlrLearner.ProviderMonitoring("A", "Cohort 7")));
        IlrLearningDelivery maths = new IlrLearningDelivery("60347727", 3, 2, start, null, LocalDate.of(2026, 6, 30),
                36, null, null, 25, 123, null, "B1 1AA", null, null, null, null, null, null, 1, null, null, null,
                null, null, null, null, List.of(new IlrLearningDelivery.DeliveryFam("SOF", "105", null, null)),
                List.of(), List.of());
        return new IlrLearner(learnRefNumber, "OLD1", 10000001, 10000002, "CAMP1", 1000000043L, "Khan", "Amina",
                LocalDate.of(2001, 5, 17), 31, "F", 1, "AB123456C", 5, 250, 100, 20, "4", "5", "B1 1AA", "B3 3CC",
                "1 High Street", "Flat 2", "Northfield", "Birmingham", "01211234567", "amina@example.org",
                List.of(new IlrLearner.PriorAttainment(3, LocalDate.of(2025, 8, 1))),
                List.of(new IlrLearner.LlddCategory(4, true), new IlrLearner.LlddCategory(7, false)),
                List.of(new IlrLearner.ContactPreference("RUI", 1)),
                List.of(new IlrLearner.LearnerFam("EHC", 1)),
                List.of(new IlrLearner.ProviderMonitoring("A", "Team North")),
                List.of(new IlrEmploymentStatus(10, LocalDate.of(2025, 8, 20), 123456789,
                        List.of(new IlrEmploymentStatus.Monitoring("EII", 8),
                                new IlrEmploymentStatus.Monitoring("LOE", 4))),
                        new IlrEmploymentStatus(10, LocalDate.of(2026, 2, 1), 987654321,
                                List.of(new IlrEmploymentStatus.Monitoring("LOE", 1)))),
                List.of(programme, maths), null);
    }

    /** The fewest fields the schema needs: everything Waypoint may not hold is null. */
    static IlrLearner fewestFields(String learnRefNumber) {
        IlrLearningDelivery programme = new IlrLearningDelivery("ZPROG001", 1, 1, LocalDate.of(2025, 9, 1), null,
                LocalDate.of(2027, 2, 28), 36, null, null, null, null, null, "B1 1AA", null, null, null, null,
                null, null, 1, null, null, null, null, null, null, null, null, null, null);
        return new IlrLearner(learnRefNumber, null, null, null, null, 1000000043L, null, null, null, 99, "F", 9,
                null, null, null, null, null, null, null, "ZZ99 9ZZ", "ZZ99 9ZZ", null, null, null, null, null, null,
                null, null, null, null, null, null, List.of(programme), null);
    }

    static String write(IlrFileHeader header, List<IlrLearner> learners) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IlrFileWriter writer = IlrFileWriter.open(header, out)) {
            learners.forEach(writer::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_learner_with_every_field_is_written_as_the_official_schema_requires() {
        String file = write(HEADER, List.of(everyField("WP0000000001"), fewestFields("WP0000000002")));

        assertThat(schemas.check(YEAR, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(file).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message xmlns=\"ESFA/ILR/2025-26\">")
                .contains("\t<LearningProvider>\n\t\t<UKPRN>10012345</UKPRN>\n\t</LearningProvider>")
                .contains("<SerialNo>03</SerialNo>\n\t\t\t<DateTime>2025-11-04T09:05:07</DateTime>")
                .contains("<FundModel>36</FundModel>\n\t\t\t<PHours>400</PHours>\n\t\t\t<OTJActHours>412</OTJActHours>")
                .contains("\t\t<LLDDandHealthProblem>\n\t\t\t<LLDDCat>4</LLDDCat>\n\t\t\t<PrimaryLLDD>1</PrimaryLLDD>")
                .contains("<LearnDelFAMType>ACT</LearnDelFAMType>\n\t\t\t\t<LearnDelFAMCode>1</LearnDelFAMCode>\n"
                        + "\t\t\t\t<LearnDelFAMDateFrom>2025-09-01</LearnDelFAMDateFrom>")
                .endsWith("\t</Learner>\n</Message>\n");
    }

    @Test
    void what_a_year_does_not_carry_and_what_waypoint_does_not_hold_is_left_out() {
        // 2025-26 no longer carries contact preferences, though Waypoint holds them
        assertThat(write(HEADER, List.of(everyField("WP0000000001")))).doesNotContain("ContPref");
        assertThat(write(HEADER, List.of(fewestFields("WP0000000002")))).doesNotContain("<PHours>")
                .doesNotContain("<DateOfBirth>").doesNotContain("<LearnerEmploymentStatus>")
                .doesNotContain("<AppFinRecord>").doesNotContain("<EPAOrgID>");
    }

    @Test
    void a_year_whose_schema_has_the_hours_record_carries_off_the_job_hours_there() throws Exception {
        String laterSchema = withHoursRecord(shippedSchema());
        IlrFileLayout layout = IlrFileLayout.read("later", new ByteArrayInputStream(
                laterSchema.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IlrFileWriter writer = IlrFileWriter.open(HEADER, out, layout)) {
            writer.write(everyField("WP0000000001"));
        }
        String file = out.toString(StandardCharsets.UTF_8);

        assertThat(file).doesNotContain("<PHours>").doesNotContain("<OTJActHours>")
                .contains("<FundModel>36</FundModel>\n\t\t\t<HRSRecord>\n\t\t\t\t<HRSCode>1</HRSCode>\n"
                        + "\t\t\t\t<HRSHours>400</HRSHours>\n\t\t\t</HRSRecord>\n\t\t\t<HRSRecord>\n"
                        + "\t\t\t\t<HRSCode>3</HRSCode>\n\t\t\t\t<HRSHours>412</HRSHours>");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        List<String> problems = new ArrayList<>();
        try {
            factory.newSchema(new StreamSource(new StringReader(laterSchema))).newValidator()
                    .validate(new StreamSource(new StringReader(file)));
        } catch (SAXException e) {
            problems.add(e.getMessage());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void learners_are_written_as_they_come_and_the_stream_is_left_open() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the stream it was given");
            }
        };
        IlrFileWriter writer = IlrFileWriter.open(HEADER, out);
        writer.write(fewestFields("WP0000000001"));
        writer.write(fewestFields("WP0000000002"));
        assertThat(writer.learnersWritten()).isEqualTo(2);
        writer.close();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("WP0000000002");
        assertThatThrownBy(() -> writer.write(fewestFields("WP0000000003")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_file_is_named_as_the_specification_names_it() {
        assertThat(IlrFileName.of(HEADER)).isEqualTo("ILR-10012345-2526-20251104-090507-03.XML");
        assertThat(IlrFileName.of(new IlrFileHeader(YEAR, 10012345, LocalDate.of(2025, 11, 4),
                LocalDateTime.of(2025, 11, 4, 19, 0), "7", null, null, null)))
                .isEqualTo("ILR-10012345-2526-20251104-190000-07.XML");
        assertThatThrownBy(() -> IlrFileName.of(new IlrFileHeader(YEAR, 10012345, LocalDate.of(2025, 11, 4),
                LocalDateTime.of(2025, 11, 4, 19, 0), "123", null, null, null)))
                .hasMessage("The serial number of a return is one or two digits");
    }

    private static String shippedSchema() throws IOException {
        try (InputStream in = IlrFileWriterTest.class.getResourceAsStream("/ilr/2025-26/schema.xsd")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shipped schema made like 2026-27: no PHours or OTJActHours, an hours record after the funding model. */
    private static String withHoursRecord(String schema) {
        String phours = between(schema, "<xs:element name=\"PHours\"", "<xs:element name=\"ProgType\"");
        String hours = """
                <xs:element name="HRSRecord" minOccurs="0" maxOccurs="unbounded">
                	<xs:complexType>
                		<xs:sequence>
                			<xs:element name="HRSCode" type="xs:int"/>
                			<xs:element name="HRSHours" type="xs:int"/>
                		</xs:sequence>
                	</xs:complexType>
                </xs:element>
                """;
        return schema.replace(phours, hours);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(to, start));
    }
}
