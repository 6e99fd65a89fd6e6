package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.catalogue.internal.StandardImporter;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport.Chosen;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport.Outcome;
import waypoint.identity.UserAccounts;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrLearningDelivery;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.internal.ilr.IlrReturnSource;
import waypoint.support.WaypointTest;

/**
 * An apprentice who already came back from a break in learning, brought in from another system's ILR file
 * (docs/domain/ilr-import.md, "Breaks and restarts"): the aim closed by the break (CompStatus 6) and the restarted aim
 * (LearningDeliveryFAM RES, OrigLearnStartDate) become one apprenticeship from the first start, with the break and
 * the return recorded, and the next return writes the two aims again as the file had them.
 */
@WaypointTest
class ApprenticesBackFromABreakTest {

    static final LocalDate FIRST_START = LocalDate.of(2025, 8, 4);
    static final LocalDate FIRST_PLANNED_END = LocalDate.of(2027, 2, 3);
    static final LocalDate BREAK_START = LocalDate.of(2025, 10, 1);
    static final LocalDate BACK = LocalDate.of(2026, 1, 5);
    /** The planned end moved by the break's 96 days. */
    static final LocalDate RESTARTED_PLANNED_END = LocalDate.of(2027, 5, 10);

    @Autowired
    IlrApprenticeshipImport ilr;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    StandardImporter standards;
    @Autowired
    IlrReturnSource returns;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    TestApprenticeships people;

    @BeforeEach
    void setUp() {
        IlrFiles.sampleStandardInCatalogue(standards);
        people = new TestApprenticeships(organisation, accounts);
    }

    /** The sample's apprentice, their aims replaced by the aim closed by the break and the restarted aim. */
    static String backFromABreak(String reference, String restartedAimEnding) {
        String apprentice = IlrFiles.apprentice(reference, TestApprenticeships.uln(), reference + "@example.test");
        int from = apprentice.indexOf("<LearningDelivery>");
        int to = apprentice.lastIndexOf("</LearningDelivery>") + "</LearningDelivery>".length();
        String aims = """
                <LearningDelivery>
                			<LearnAimRef>ZPROG001</LearnAimRef>
                			<AimType>1</AimType>
                			<AimSeqNumber>1</AimSeqNumber>
                			<LearnStartDate>2025-08-04</LearnStartDate>
                			<LearnPlanEndDate>2027-02-03</LearnPlanEndDate>
                			<FundModel>36</FundModel>
                			<PHours>400</PHours>
                			<ProgType>25</ProgType>
                			<StdCode>28</StdCode>
                			<DelLocPostCode>CV1 2WT</DelLocPostCode>
                			<CompStatus>6</CompStatus>
                			<LearnActEndDate>2025-10-01</LearnActEndDate>
                			<Outcome>3</Outcome>
                			<LearningDeliveryFAM><LearnDelFAMType>SOF</LearnDelFAMType><LearnDelFAMCode>105</LearnDelFAMCode></LearningDeliveryFAM>
                			<LearningDeliveryFAM><LearnDelFAMType>ACT</LearnDelFAMType><LearnDelFAMCode>2</LearnDelFAMCode><LearnDelFAMDateFrom>2025-08-04</LearnDelFAMDateFrom><LearnDelFAMDateTo>2025-10-01</LearnDelFAMDateTo></LearningDeliveryFAM>
                			<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2025-08-04</AFinDate><AFinAmount>7000</AFinAmount></AppFinRecord>
                			<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2025-08-04</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>
                		</LearningDelivery>
                		<LearningDelivery>
                			<LearnAimRef>ZPROG001</LearnAimRef>
                			<AimType>1</AimType>
                			<AimSeqNumber>2</AimSeqNumber>
                			<LearnStartDate>2026-01-05</LearnStartDate>
                			<OrigLearnStartDate>2025-08-04</OrigLearnStartDate>
                			<LearnPlanEndDate>2027-05-10</LearnPlanEndDate>
                			<FundModel>36</FundModel>
                			<PHours>400</PHours>
                			<ProgType>25</ProgType>
                			<StdCode>28</StdCode>
                			<DelLocPostCode>CV1 2WT</DelLocPostCode>
                """ + restartedAimEnding + """
                			<LearningDeliveryFAM><LearnDelFAMType>SOF</LearnDelFAMType><LearnDelFAMCode>105</LearnDelFAMCode></LearningDeliveryFAM>
                			<LearningDeliveryFAM><LearnDelFAMType>ACT</LearnDelFAMType><LearnDelFAMCode>2</LearnDelFAMCode><LearnDelFAMDateFrom>2026-01-05</LearnDelFAMDateFrom></LearningDeliveryFAM>
                			<LearningDeliveryFAM><LearnDelFAMType>RES</LearnDelFAMType><LearnDelFAMCode>1</LearnDelFAMCode></LearningDeliveryFAM>
                			<AppFinRecord><AFinType>TNP</AFinType><AFinCode>1</AFinCode><AFinDate>2026-01-05</AFinDate><AFinAmount>7000</AFinAmount></AppFinRecord>
                			<AppFinRecord><AFinType>TNP</AFinType><AFinCode>2</AFinCode><AFinDate>2026-01-05</AFinDate><AFinAmount>1000</AFinAmount></AppFinRecord>
                		</LearningDelivery>""";
        return apprentice.substring(0, from) + aims + apprentice.substring(to);
    }

    @Test
    void an_apprentice_back_from_a_break_is_brought_in_from_the_first_start_with_the_break_and_the_return() {
        String reference = "R" + TestApprenticeships.unique().substring(0, 6);
        Path file = IlrFiles.write(folder, IlrFiles.file(backFromABreak(reference,
                "\t\t\t<CompStatus>1</CompStatus>\n")));

        Outcome outcome = ilr.importAll(BringingApprenticesInFromAnIlrFileTest.DATA_OFFICER, file,
                new Chosen(people.tutor.value(), new BigDecimal("30")));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.imported()).isTrue();
        assertThat(outcome.findings()).anySatisfy(f -> assertThat(f.message())
                .contains("Brought in from the first start, 4 August 2025, with the break in learning from"
                        + " 1 October 2025 and the return on 5 January 2026"));
        LearnerId learner = organisation.findLearnerByReference(reference).orElseThrow();
        assertThat(apprenticeships.ofLearner(learner)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApprenticeshipStatus.IN_LEARNING);
            assertThat(a.startDate()).isEqualTo(FIRST_START);
            assertThat(a.plannedEndDate()).isEqualTo(RESTARTED_PLANNED_END);
        });
        assertThat(jdbc.sql("""
                SELECT c.to_status || ' ' || c.effective_date FROM apprenticeship_status_change c
                JOIN apprenticeship a ON a.id = c.apprenticeship_id WHERE a.learner_id = :learner
                ORDER BY c.effective_date, c.recorded_at""").param("learner", learner).query(String.class).list())
                .containsExactly("BREAK_IN_LEARNING 2025-10-01", "IN_LEARNING 2026-01-05");

        // the next return writes the aim closed by the break and the restarted aim, as the file had them
        List<IlrLearner> written = new ArrayList<>();
        returns.forEachLearner(IlrYear.named("2025-26"), ReturnPeriod.named("R14"), Set.of(learner.value()),
                written::add);
        List<IlrLearningDelivery> aims = written.get(0).learningDeliveries();
        assertThat(aims).hasSize(2);
        assertThat(aims.get(0)).satisfies(closed -> {
            assertThat(closed.learnStartDate()).isEqualTo(FIRST_START);
            assertThat(closed.learnPlanEndDate()).isEqualTo(FIRST_PLANNED_END);
            assertThat(closed.compStatus()).isEqualTo(IlrLearningDelivery.ON_A_BREAK);
            assertThat(closed.learnActEndDate()).isEqualTo(BREAK_START);
            assertThat(closed.fams("RES")).isEmpty();
        });
        assertThat(aims.get(1)).satisfies(restarted -> {
            assertThat(restarted.learnStartDate()).isEqualTo(BACK);
            assertThat(restarted.origLearnStartDate()).isEqualTo(FIRST_START);
            assertThat(restarted.learnPlanEndDate()).isEqualTo(RESTARTED_PLANNED_END);
            assertThat(restarted.compStatus()).isEqualTo(IlrLearningDelivery.CONTINUING);
            assertThat(restarted.fams("RES")).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("1"));
        });
    }

    @Test
    void an_apprentice_withdrawn_after_returning_from_a_break_is_brought_in_withdrawn_after_the_return() {
        String reference = "R" + TestApprenticeships.unique().substring(0, 6);
        Path file = IlrFiles.write(folder, IlrFiles.file(backFromABreak(reference, """
                			<CompStatus>3</CompStatus>
                			<LearnActEndDate>2026-03-02</LearnActEndDate>
                			<WithdrawReason>44</WithdrawReason>
                			<Outcome>3</Outcome>
                """)));

        Outcome outcome = ilr.importAll(BringingApprenticesInFromAnIlrFileTest.DATA_OFFICER, file,
                new Chosen(people.tutor.value(), new BigDecimal("30")));

        assertThat(outcome.problems()).isEmpty();
        LearnerId learner = organisation.findLearnerByReference(reference).orElseThrow();
        assertThat(jdbc.sql("""
                SELECT c.to_status || ' ' || c.effective_date FROM apprenticeship_status_change c
                JOIN apprenticeship a ON a.id = c.apprenticeship_id WHERE a.learner_id = :learner
                ORDER BY c.effective_date, c.recorded_at""").param("learner", learner).query(String.class).list())
                .containsExactly("BREAK_IN_LEARNING 2025-10-01", "IN_LEARNING 2026-01-05", "WITHDRAWN 2026-03-02");
    }

    @Test
    void a_restarted_aim_without_the_aim_the_break_closed_is_a_problem_and_nothing_is_imported() {
        String reference = "R" + TestApprenticeships.unique().substring(0, 6);
        String apprentice = backFromABreak(reference, "\t\t\t<CompStatus>1</CompStatus>\n");
        String withoutTheFirstAim = apprentice.substring(0, apprentice.indexOf("<LearningDelivery>"))
                + apprentice.substring(apprentice.indexOf("</LearningDelivery>") + "</LearningDelivery>".length());

        Outcome outcome = ilr.importAll(BringingApprenticesInFromAnIlrFileTest.DATA_OFFICER,
                IlrFiles.write(folder, IlrFiles.file(withoutTheFirstAim)), new Chosen(people.tutor.value(),
                        new BigDecimal("30")));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("is a restart (RES), but the file has no earlier programme aim closed by a break"));
        assertThat(organisation.findLearnerByReference(reference)).isEmpty();
    }
}
