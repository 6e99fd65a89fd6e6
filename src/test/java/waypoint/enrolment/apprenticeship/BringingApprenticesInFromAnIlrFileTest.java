package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import waypoint.catalogue.internal.StandardImporter;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport.Chosen;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport.Finding;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport.Outcome;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.WaypointTest;
import waypoint.organisation.EmployerId;

/** Apprentices brought in from another system's ILR file: a dry run lists everything, then all or nothing. */
@WaypointTest
class BringingApprenticesInFromAnIlrFileTest {

    static final CurrentUser DATA_OFFICER = new CurrentUser(UUID.randomUUID(), "data@waypoint.test", "Morgan Data",
            Set.of(Role.DATA_OFFICER));

    @Autowired
    IlrApprenticeshipImport ilr;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    ApprenticeshipLifecycle lifecycle;
    @Autowired
    StandardImporter standards;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    TestApprenticeships people;
    Chosen choices;

    @BeforeEach
    void setUp() {
        IlrFiles.sampleStandardInCatalogue(standards);
        people = new TestApprenticeships(organisation, accounts);
        choices = new Chosen(people.tutor.value(), new BigDecimal("30"));
    }

    @Test
    void the_official_samples_apprentice_is_brought_in_once_and_its_other_learners_are_listed_as_not_brought_in() {
        Path sample = IlrFiles.write(folder, IlrFiles.sample());

        Outcome dryRun = ilr.check(DATA_OFFICER, sample, choices);

        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.rules()).as("the official sample keeps the official rules").isEmpty();
        assertThat(dryRun.isValid()).isTrue();
        assertThat(dryRun.imported()).isFalse();
        assertThat(dryRun.learnersRead()).isEqualTo(19);
        assertThat(dryRun.apprentices()).isEqualTo(1);
        assertThat(dryRun.notBroughtIn()).hasSize(18).allSatisfy(f ->
                assertThat(f.message()).isEqualTo("Not an apprenticeship: not brought in"))
                .extracting(Finding::learnRefNumber).contains("16Learner", "StandLearn", "SBLearnerEV");
        assertThat(dryRun.notes()).extracting(Finding::message).contains("Employer 907173756 is not in Waypoint: it is"
                + " added, named by its employer reference number for now; give it its name on its page");
        assertThat(organisation.findLearnerByReference("Levy")).isEmpty();
        assertThat(organisation.findEmployerByReference("907173756")).isEmpty();

        Outcome imported = ilr.importAll(DATA_OFFICER, sample, choices);

        assertThat(imported.imported()).isTrue();
        assertThat(imported.apprentices()).isEqualTo(1);
        LearnerId learner = organisation.findLearnerByReference("Levy").orElseThrow();
        EmployerId employer = organisation.findEmployerByReference("907173756").orElseThrow();
        assertThat(apprenticeships.ofLearner(learner)).singleElement().satisfies(a -> {
            assertThat(a.learnerName()).isEqualTo("Smith John");
            assertThat(a.employerId()).isEqualTo(employer);
            assertThat(a.employerName()).isEqualTo("Employer 907173756");
            assertThat(a.standardReference()).isEqualTo(IlrFiles.SAMPLE_STANDARD);
            assertThat(a.startDate()).isEqualTo(LocalDate.of(2019, 7, 1));
            assertThat(a.plannedEndDate()).isEqualTo(LocalDate.of(2020, 12, 30));
            assertThat(a.status()).isEqualTo(ApprenticeshipStatus.IN_LEARNING);
            assertThat(a.migrated()).isTrue();
            assertThat(a.tutorId()).isEqualTo(people.tutor);
        });
        ApprenticeshipId apprenticeship = apprenticeships.ofLearner(learner).get(0).id();
        assertThat(jdbc.sql("SELECT funding_type, training_price, epa_price FROM apprenticeship WHERE id = :id")
                .param("id", apprenticeship).query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2)
                        .stripTrailingZeros().toPlainString() + " " + rs.getBigDecimal(3).stripTrailingZeros()
                        .toPlainString()).single()).isEqualTo("LEVY 3500 500");
        assertThat(lifecycle.employment(admin(), apprenticeship)).singleElement().satisfies(e -> {
            assertThat(e.appliesFrom()).isEqualTo(LocalDate.of(2016, 6, 30));
            assertThat(e.employerId()).isEqualTo(employer.value());
            assertThat(e.lengthOfEmployment().code()).isEqualTo(4);
        });

        Outcome again = ilr.importAll(DATA_OFFICER, sample, choices);

        assertThat(again.imported()).isFalse();
        assertThat(again.problems()).extracting(Finding::learnRefNumber).containsOnly("Levy");
        assertThat(again.problems()).extracting(Finding::message)
                .contains("Another learner in Waypoint already has this learner reference number");
        assertThat(apprenticeships.ofLearner(learner)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.employer_reference WHERE employer_reference_number"
                + " = '907173756'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_file_with_one_bad_learner_imports_no_one_and_names_that_learner_and_its_line() {
        String good = "G" + TestApprenticeships.unique().substring(0, 6);
        String bad = "B" + TestApprenticeships.unique().substring(0, 6);
        String badLearner = IlrFiles.apprentice(bad, TestApprenticeships.uln(), bad + "@example.test")
                .replace("<StdCode>28</StdCode>", "<StdCode>8888</StdCode>");
        String file = IlrFiles.file(IlrFiles.apprentice(good, TestApprenticeships.uln(), good + "@example.test"),
                badLearner);
        Path path = IlrFiles.write(folder, file);
        int badLine = (int) file.substring(0, file.indexOf("<LearnRefNumber>" + bad)).lines().count() - 1;

        Outcome outcome = ilr.importAll(DATA_OFFICER, path, choices);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.learnRefNumber()).isEqualTo(bad);
            assertThat(p.line()).isEqualTo(badLine);
            assertThat(p.field()).isEqualTo("StdCode");
            assertThat(p.message()).isEqualTo("There is no standard with the LARS code 8888 in the catalogue: add the"
                    + " standard to the catalogue first");
        });
        assertThat(organisation.findLearnerByReference(good)).isEmpty();
        assertThat(organisation.findLearnerByReference(bad)).isEmpty();
    }

    @Test
    void a_learner_whose_email_is_already_someones_account_is_refused_never_linked_to_it() {
        String reference = "E" + TestApprenticeships.unique().substring(0, 6);
        Path file = IlrFiles.write(folder, IlrFiles.file(IlrFiles.apprentice(reference, TestApprenticeships.uln(),
                people.tutorEmail)));

        Outcome outcome = ilr.check(DATA_OFFICER, file, choices);

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.learnRefNumber()).isEqualTo(reference);
            assertThat(p.field()).isEqualTo("Email");
        });
    }

    @Test
    void what_the_official_rules_find_in_an_apprentice_is_listed_by_rule_name_and_does_not_stop_the_import() {
        String reference = "R" + TestApprenticeships.unique().substring(0, 6);
        // continuing, yet the levy funding of the programme aim has an end date
        String learner = IlrFiles.apprentice(reference, TestApprenticeships.uln(), reference + "@example.test")
                .replaceFirst("(<LearnDelFAMCode>1</LearnDelFAMCode>\\s*<LearnDelFAMDateFrom>2019-07-01"
                        + "</LearnDelFAMDateFrom>)", "$1<LearnDelFAMDateTo>2020-06-30</LearnDelFAMDateTo>");

        Outcome outcome = ilr.importAll(DATA_OFFICER, IlrFiles.write(folder, IlrFiles.file(learner)), choices);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.imported()).isTrue();
        assertThat(outcome.rules()).singleElement().satisfies(r -> {
            assertThat(r.learnRefNumber()).isEqualTo(reference);
            assertThat(r.field()).isEqualTo("LearnDelFAMDateTo");
            assertThat(r.message()).startsWith("R_123 (error): ");
        });
        assertThat(organisation.findLearnerByReference(reference)).isPresent();
    }

    @Test
    void a_withdrawn_apprentice_is_brought_in_withdrawn_with_the_files_reason() {
        String reference = "W" + TestApprenticeships.unique().substring(0, 6);
        String withdrawn = IlrFiles.apprentice(reference, TestApprenticeships.uln(), reference + "@example.test")
                .replaceFirst("(<EPAOrgID>EPA0175</EPAOrgID>\\s*)<CompStatus>1</CompStatus>",
                        "$1<CompStatus>3</CompStatus><LearnActEndDate>2020-03-02</LearnActEndDate>"
                                + "<WithdrawReason>44</WithdrawReason><Outcome>3</Outcome>");

        Outcome outcome = ilr.importAll(DATA_OFFICER, IlrFiles.write(folder, IlrFiles.file(withdrawn)), choices);

        assertThat(outcome.problems()).isEmpty();
        LearnerId learner = organisation.findLearnerByReference(reference).orElseThrow();
        assertThat(apprenticeships.ofLearner(learner)).singleElement().satisfies(a ->
                assertThat(a.status()).isEqualTo(ApprenticeshipStatus.WITHDRAWN));
    }

    /** An apprentice of the file on a break in learning (CompStatus 6) since 2 March 2020. */
    private static String onABreak(String reference) {
        return IlrFiles.apprentice(reference, TestApprenticeships.uln(), reference + "@example.test")
                .replaceFirst("(<EPAOrgID>EPA0175</EPAOrgID>\\s*)<CompStatus>1</CompStatus>",
                        "$1<CompStatus>6</CompStatus><LearnActEndDate>2020-03-02</LearnActEndDate>"
                                + "<Outcome>3</Outcome>");
    }

    @Test
    void an_apprentice_on_a_break_is_brought_in_on_a_break_from_the_files_end_date_until_the_return_given() {
        String reference = "B" + TestApprenticeships.unique().substring(0, 6);
        Chosen withReturn = new Chosen(people.tutor.value(), new BigDecimal("30"), LocalDate.of(2020, 6, 1));

        Outcome outcome = ilr.importAll(DATA_OFFICER, IlrFiles.write(folder, IlrFiles.file(onABreak(reference))),
                withReturn);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.imported()).isTrue();
        LearnerId learner = organisation.findLearnerByReference(reference).orElseThrow();
        assertThat(apprenticeships.ofLearner(learner)).singleElement().satisfies(a ->
                assertThat(a.status()).isEqualTo(ApprenticeshipStatus.BREAK_IN_LEARNING));
        assertThat(jdbc.sql("""
                SELECT c.effective_date FROM apprenticeship_status_change c JOIN apprenticeship a
                ON a.id = c.apprenticeship_id WHERE a.learner_id = :learner AND c.to_status = 'BREAK_IN_LEARNING'""")
                .param("learner", learner).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2020, 3, 2));
    }

    @Test
    void an_apprentice_on_a_break_without_an_expected_return_or_with_one_within_4_weeks_is_a_problem() {
        String reference = "B" + TestApprenticeships.unique().substring(0, 6);
        Path file = IlrFiles.write(folder, IlrFiles.file(onABreak(reference)));

        Outcome without = ilr.check(DATA_OFFICER, file, choices);
        assertThat(without.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("on a break in learning since 2 March 2020")
                .contains("give the date apprentices on a break expect to return"));

        Outcome tooSoon = ilr.importAll(DATA_OFFICER, file, new Chosen(people.tutor.value(), new BigDecimal("30"),
                LocalDate.of(2020, 3, 20)));
        assertThat(tooSoon.imported()).isFalse();
        assertThat(tooSoon.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("not for an absence of 4 weeks or less"));
        assertThat(organisation.findLearnerByReference(reference)).isEmpty();
    }

    @Test
    void a_learners_own_weekly_hours_are_taken_for_them_and_the_files_figure_for_the_others() {
        String own = "O" + TestApprenticeships.unique().substring(0, 6);
        String other = "P" + TestApprenticeships.unique().substring(0, 6);
        Path file = IlrFiles.write(folder, IlrFiles.file(
                IlrFiles.apprentice(own, TestApprenticeships.uln(), own + "@example.test"),
                IlrFiles.apprentice(other, TestApprenticeships.uln(), other + "@example.test")));

        // no figure for the file: the learner without their own hours is a problem, never a guess
        Outcome onlyOne = ilr.check(DATA_OFFICER, file, new Chosen(people.tutor.value(), null, null,
                java.util.Map.of(own, new BigDecimal("22"))));
        assertThat(onlyOne.problems()).singleElement().satisfies(p -> {
            assertThat(p.learnRefNumber()).isEqualTo(other);
            assertThat(p.message()).contains("No weekly hours are given for them");
        });

        // their own hours are checked against the band the file gives them
        Outcome outside = ilr.check(DATA_OFFICER, file, new Chosen(people.tutor.value(), new BigDecimal("30"), null,
                java.util.Map.of(own, new BigDecimal("37.5"))));
        assertThat(outside.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("the weekly hours given for them (37.5) are outside it"));

        Outcome imported = ilr.importAll(DATA_OFFICER, file, new Chosen(people.tutor.value(), new BigDecimal("30"), null,
                java.util.Map.of(own, new BigDecimal("22"))));
        assertThat(imported.problems()).isEmpty();
        assertThat(weeklyHoursOf(own)).isEqualByComparingTo("22");
        assertThat(weeklyHoursOf(other)).isEqualByComparingTo("30");
    }

    private BigDecimal weeklyHoursOf(String reference) {
        LearnerId learner = organisation.findLearnerByReference(reference).orElseThrow();
        return jdbc.sql("SELECT weekly_hours FROM apprenticeship WHERE learner_id = :learner")
                .param("learner", learner).query(BigDecimal.class).single();
    }

    @Test
    void weekly_hours_outside_the_band_the_file_gives_are_a_problem_not_a_guess() {
        String reference = "H" + TestApprenticeships.unique().substring(0, 6);
        Path file = IlrFiles.write(folder, IlrFiles.file(IlrFiles.apprentice(reference, TestApprenticeships.uln(),
                reference + "@example.test")));

        Outcome outcome = ilr.check(DATA_OFFICER, file, new Chosen(people.tutor.value(), new BigDecimal("37.5")));

        assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("The file says they work 21 to 30 hours a week; the weekly hours given for this import"
                        + " (37.5) are outside it: bring them in with hours in that band"));
    }

    @Test
    void the_demo_provider_shows_three_apprentices_brought_in_from_its_previous_systems_ilr_file() {
        LearnerId priya = organisation.findLearnerByReference("MIG0000101").orElseThrow();
        LearnerId tom = organisation.findLearnerByReference("MIG0000102").orElseThrow();
        LearnerId aisha = organisation.findLearnerByReference("MIG0000103").orElseThrow();
        assertThat(apprenticeships.ofLearner(aisha)).singleElement().satisfies(a ->
                assertThat(a.status()).isEqualTo(ApprenticeshipStatus.BREAK_IN_LEARNING));

        assertThat(apprenticeships.ofLearner(priya)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApprenticeshipStatus.IN_LEARNING);
            assertThat(a.migrated()).isTrue();
            assertThat(a.employerName()).isEqualTo("Riverside Digital Agency");
            assertThat(a.tutorName()).isEqualTo("Robin Reed");
            assertThat(a.standardReference()).isEqualTo("ST1379");
        });
        assertThat(apprenticeships.ofLearner(tom)).singleElement().satisfies(a ->
                assertThat(a.status()).isEqualTo(ApprenticeshipStatus.WITHDRAWN));
    }

    @Test
    void only_administrators_and_the_data_officer_bring_apprentices_in_from_an_ilr_file() {
        Path sample = IlrFiles.write(folder, IlrFiles.sample());
        for (Role role : Set.of(Role.TUTOR, Role.LEARNER, Role.EMPLOYER_CONTACT, Role.HEAD_OF_DELIVERY)) {
            CurrentUser someone = new CurrentUser(UUID.randomUUID(), "someone@example.test", "Someone", Set.of(role));
            assertThat(ilr.mayImport(someone)).as(role.name()).isFalse();
            assertThatThrownBy(() -> ilr.check(someone, sample, choices)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(ilr.mayImport(admin())).isTrue();
        assertThat(ilr.mayImport(DATA_OFFICER)).isTrue();
    }

    private static CurrentUser admin() {
        return new CurrentUser(UUID.randomUUID(), "admin@waypoint.test", "Alex Admin", Set.of(Role.ADMINISTRATOR));
    }
}
