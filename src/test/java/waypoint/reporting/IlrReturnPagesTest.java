package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.FunctionalSkillsLevel;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.OnboardingImport;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.UserAccounts;
import waypoint.ilr.IlrSchemas;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.organisation.IlrDetails;
import waypoint.organisation.IlrLists;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.internal.ilr.IlrReturnSource;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The ILR return's pages and API (docs/domain/ilr.md, "Each return kept" and "Who prepares the return"): exported,
 * kept with its file and hash, downloaded, compared with the previous return; a return with errors exported only by
 * an administrator who chooses to; a tutor sees the errors of their own caseload only; everyone else is refused.
 */
@WaypointTest
class IlrReturnPagesTest {

    static final IlrYear YEAR = IlrYear.named("2025-26");

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    IlrSchemas schemas;
    @Autowired
    IlrReturnSource source;
    @Autowired
    OnboardingImport onboarding;

    TestApprenticeships people;
    UUID apprenticeship;
    /** The learner's id, which the pages link to (their names are made of digits and letters, the ILR's of letters). */
    String apprenticeName;

    /**
     * A levy apprentice started in September 2025 whose prior attainment is not recorded: the rules find an error in
     * their record (PriorAttain_01).
     */
    @BeforeEach
    void anApprenticeWithoutPriorAttainment() {
        people = new TestApprenticeships(organisation, accounts);
        LocalDate start = LocalDate.of(2025, 9, 1);
        LearnerId learner = people.learner();
        organisation.learnerIlrFacts(learner, IlrLists.IlrSex.F, 31, false,
                new IlrDetails(null, "LS2 9JT", Set.of(), null, Set.of()));
        apprenticeName = learner.toString();
        apprenticeship = enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager, "ST0116",
                people.tutor, start, start.plusMonths(18), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(apprenticeship), start);
        everyLearnerOfTheReturnHasDeclared();
        theReturnIsChecked();
    }

    /** The pages read the check kept of a return: it is checked again now, as the data officer would. */
    private void theReturnIsChecked() {
        Api.Response checked = api(DemoAccounts.DATA_OFFICER).post("/api/v1/ilr/checks",
                "{\"year\": \"2025-26\", \"period\": \"R14\"}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
    }

    /**
     * A learner with no declarations has no ethnicity, which the file cannot leave out, so a return with one fails
     * the schema and is refused whoever exports it. Learners other tests left so are given declarations first, as
     * every demo learner has.
     */
    private void everyLearnerOfTheReturnHasDeclared() {
        List<UUID> undeclared = new ArrayList<>();
        source.forEachLearner(YEAR, ReturnPeriod.named("R14"), l -> {
            if (l.ethnicity() == null || l.llddHealthProb() == null) {
                undeclared.add(l.origin().learnerId());
            }
        });
        undeclared.forEach(id -> organisation.learnerIlrFacts(new LearnerId(id), IlrLists.IlrSex.M, 31, false,
                new IlrDetails(IlrLists.PriorLevel.FULL_LEVEL_2, "LS2 9JT", Set.of(), null, Set.of())));
    }

    private Api api(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    private static String export(boolean withErrors) {
        return "{\"year\": \"2025-26\", \"period\": \"R14\", \"exportWithErrors\": " + withErrors + "}";
    }

    @Test
    void an_export_is_kept_listed_and_downloaded_and_its_file_meets_the_schema_and_matches_its_hash() throws Exception {
        Api admin = api(DemoAccounts.ADMIN);
        Api.Response exported = admin.post("/api/v1/ilr/exports", export(true));
        assertThat(exported.status()).as(exported.body()).isEqualTo(201);
        String id = exported.json().get("id").asString();
        String sha = exported.json().get("sha256").asString();
        String fileName = exported.json().get("fileName").asString();
        assertThat(fileName).matches("ILR-10012345-2526-\\d{8}-\\d{6}-\\d{2}\\.XML");
        assertThat(exported.json().get("errors").asInt()).isPositive();

        Api.Response listed = api(DemoAccounts.DATA_OFFICER).get("/api/v1/ilr/exports");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(api(DemoAccounts.DATA_OFFICER).get("/api/v1/ilr/exports/" + id).json().get("sha256").asString())
                .isEqualTo(sha);

        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        PageClient.Page history = officer.get("/ilr/returns");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text()).contains(fileName).contains(sha).contains("2025-26 R14");

        byte[] file = download("/ilr/returns/" + id + "/file", officer);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file))).isEqualTo(sha);
        assertThat(schemas.check(YEAR, new ByteArrayInputStream(file))).isEmpty();
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("<Learner>");
    }

    @Test
    void a_learner_missing_a_field_the_file_must_carry_is_held_back_and_the_rest_of_the_return_is_exported()
            throws Exception {
        // given an apprentice in learning who never answered the equality questions: no ethnicity, which the file
        // must carry (FD_Ethnicity_MA)
        LocalDate start = LocalDate.of(2025, 10, 6);
        LearnerId undeclared = people.learner();
        UUID theirs = enrolment.record(NewApprenticeship.of(undeclared, people.employer, people.lineManager,
                "ST0116", people.tutor, start, start.plusMonths(18), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(theirs), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(theirs), start);
        List<String> references = new ArrayList<>();
        source.forEachLearner(YEAR, ReturnPeriod.named("R14"), Set.of(undeclared.value()),
                l -> references.add(l.learnRefNumber()));
        assertThat(references).hasSize(1);

        // when an administrator exports the return with its errors
        Api.Response exported = api(DemoAccounts.ADMIN).post("/api/v1/ilr/exports", export(true));

        // then the file meets the schema, without them; the apprentice whose record is whole is in it
        assertThat(exported.status()).as(exported.body()).isEqualTo(201);
        byte[] file = download("/ilr/returns/" + exported.json().get("id").asString() + "/file",
                PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER));
        assertThat(schemas.check(YEAR, new ByteArrayInputStream(file))).isEmpty();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("<LearnRefNumber>" + references.get(0) + "</LearnRefNumber>");
        List<String> whole = new ArrayList<>();
        source.forEachLearner(YEAR, ReturnPeriod.named("R14"), Set.of(UUID.fromString(apprenticeName)),
                l -> whole.add(l.learnRefNumber()));
        assertThat(text).contains("<LearnRefNumber>" + whole.get(0) + "</LearnRefNumber>");
    }

    @Test
    void a_data_officer_may_not_export_a_return_with_errors_and_an_administrator_may_once_they_choose_to() {
        Api.Response officer = api(DemoAccounts.DATA_OFFICER).post("/api/v1/ilr/exports", export(true));
        assertThat(officer.status()).isEqualTo(422);
        assertThat(officer.contentType()).contains("application/problem+json");
        assertThat(officer.json().get("detail").asString()).contains("error").contains("administrator");

        Api admin = api(DemoAccounts.ADMIN);
        assertThat(admin.post("/api/v1/ilr/exports", export(false)).status()).isEqualTo(422);
        assertThat(admin.post("/api/v1/ilr/exports", export(true)).status()).isEqualTo(201);

        // on the pages: the data officer is told why not, and the administrator is offered the choice
        PageClient dataOfficer = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        PageClient.Page checked = dataOfficer.get("/ilr?year=2025-26&period=R14");
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text()).contains("so you cannot export it").contains("PriorAttain_01");
        PageClient.Page refused = dataOfficer.post("/ilr/exports", Map.of("year", "2025-26", "period", "R14",
                "exportWithErrors", "yes"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("The return was not exported");

        PageClient administrator = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = administrator.get("/ilr?year=2025-26&period=R14");
        assertThat(form.text()).contains("Export the return even if it has errors, as Submit learner data allows");
        PageClient.Page unconfirmed = administrator.post("/ilr/exports", form, Map.of("year", "2025-26",
                "period", "R14"));
        assertThat(unconfirmed.text()).contains("The return was not exported");
        PageClient.Page confirmed = administrator.post("/ilr/exports", form, Map.of("year", "2025-26",
                "period", "R14", "exportWithErrors", "yes"));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.location()).contains("/ilr/returns?exported=");
    }

    @Test
    void the_changes_since_the_previous_return_list_a_withdrawal_as_a_change_to_funding() {
        Api admin = api(DemoAccounts.ADMIN);
        assertThat(admin.post("/api/v1/ilr/exports", export(true)).status()).isEqualTo(201);

        enrolment.withdraw(new ApprenticeshipId(apprenticeship), LocalDate.of(2026, 3, 2),
                WithdrawalReason.OTHER_PERSONAL_REASONS,
                "Left to travel");
        Api.Response second = admin.post("/api/v1/ilr/exports", export(true));
        assertThat(second.status()).as(second.body()).isEqualTo(201);

        PageClient.Page changes = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER)
                .get("/ilr/returns/" + second.json().get("id").asString() + "/changes");
        assertThat(changes.status()).isEqualTo(200);
        String text = changes.text();
        assertThat(changes.body()).contains(apprenticeName);
        assertThat(text).contains("Withdrawn").contains("Changes funding")
                .contains("completion status (CompStatus) Funding 1 3")
                .contains("Withdrawals 1");
    }

    @Test
    void a_tutor_sees_the_errors_of_their_own_caseload_only_and_on_their_home_page() {
        TestApprenticeships others = new TestApprenticeships(organisation, accounts);
        UUID otherLearner = others.inLearning(enrolment, "ST0116", LocalDate.of(2025, 10, 1));
        assertThat(otherLearner).isNotNull();
        everyLearnerOfTheReturnHasDeclared();
        theReturnIsChecked();
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);

        PageClient.Page home = tutor.get("/");
        assertThat(home.text()).contains("ILR errors in your caseload").contains("2025-26 R14");

        PageClient.Page errors = tutor.get("/ilr?year=2025-26&period=R14");
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.body()).contains(apprenticeName);
        assertThat(errors.text()).contains("The learners of your caseload only").contains("Learners checked 1 ")
                .doesNotContain("Export the return");
        assertThat(errors.body()).doesNotContain(otherLearner.toString());

        Api.Response api = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/api/v1/ilr/validation?year=2025-26&period=R14&tutor=" + others.tutor);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("wholeReturn").asBoolean()).isFalse();
        assertThat(api.json().get("learners").asInt()).isEqualTo(1);
        assertThat(api.body()).contains(apprenticeName);

        // a tutor neither exports nor reads the returns kept
        assertThat(tutor.get("/ilr/returns").status()).isEqualTo(403);
        assertThat(tutor.post("/ilr/exports", errors, Map.of("year", "2025-26", "period", "R14")).status())
                .isEqualTo(403);
    }

    @Test
    void the_whole_return_is_checked_and_filtered_by_rule_and_tutor_by_those_who_prepare_it() {
        Api.Response byTutor = api(DemoAccounts.DATA_OFFICER)
                .get("/api/v1/ilr/validation?year=2025-26&period=R14&tutor=" + people.tutor + "&rule=PriorAttain_01");
        assertThat(byTutor.status()).as(byTutor.body()).isEqualTo(200);
        assertThat(byTutor.json().get("learners").asInt()).isEqualTo(1);
        assertThat(byTutor.json().get("items").get(0).get("rule").asString()).isEqualTo("PriorAttain_01");
        assertThat(byTutor.json().get("items").get(0).get("fix").asString()).startsWith("/learners/");

        Api.Response whole = api(DemoAccounts.ADMIN).get("/api/v1/ilr/validation?year=2025-26&period=R14");
        assertThat(whole.json().get("wholeReturn").asBoolean()).isTrue();
        assertThat(whole.json().get("learners").asInt()).isGreaterThan(1);

        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        PageClient.Page page = officer.get("/ilr?year=2025-26&period=R14&rule=PriorAttain_01&tutor=" + people.tutor);
        assertThat(page.body()).contains(apprenticeName);
        assertThat(page.text()).contains("PriorAttain_01").contains("The learners of one tutor only");
    }

    @Test
    void the_current_year_says_plainly_that_its_schema_is_not_shipped_yet_and_bad_input_is_a_problem() {
        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        PageClient.Page next = officer.get("/ilr?year=2026-27&period=R05");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.text()).contains("The official 2026-27 ILR schema is not shipped with this version of Waypoint")
                .doesNotContain("Export R05");
        // every year's page says which years can be built, and why today's cannot yet
        assertThat(officer.get("/ilr?year=2025-26&period=R14").text()).contains("Years available: 2025-26.")
                .contains("2026-27 is not available yet: the Department for Education's official 2026-27 schema is"
                        + " not shipped with this version of Waypoint");

        Api api = api(DemoAccounts.ADMIN);
        Api.Response notShipped = api.post("/api/v1/ilr/exports",
                "{\"year\": \"2026-27\", \"period\": \"R05\", \"exportWithErrors\": true}");
        assertThat(notShipped.status()).isEqualTo(422);
        assertThat(notShipped.json().get("detail").asString()).contains("not shipped");
        assertThat(api.post("/api/v1/ilr/exports", "{\"year\": \"2025\", \"period\": \"R05\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/ilr/exports", "{\"year\": \"2025-26\", \"period\": \"R15\"}").status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/ilr/exports/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void everyone_else_is_refused_the_return_and_its_api() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.QUALITY, DemoAccounts.DIRECTOR,
                DemoAccounts.EMPLOYER, DemoAccounts.LEARNER, DemoAccounts.SAFEGUARDING}) {
            PageClient pages = PageClient.signedInAs(port, account);
            assertThat(pages.get("/ilr").status()).as(account.name()).isEqualTo(403);
            assertThat(pages.get("/ilr/returns").status()).as(account.name()).isEqualTo(403);
            Api api = api(account);
            assertThat(api.get("/api/v1/ilr/exports").status()).as(account.name()).isEqualTo(403);
            assertThat(api.post("/api/v1/ilr/exports", export(true)).status()).as(account.name()).isEqualTo(403);
            assertThat(api.get("/api/v1/ilr/validation?year=2025-26&period=R14").status()).as(account.name())
                    .isEqualTo(403);
        }
        assertThat(Api.at(port).get("/api/v1/ilr/exports").status()).isEqualTo(401);
    }

    /**
     * An English aim with no qualification chosen (docs/domain/english-and-maths-aims.md, "No qualification chosen"):
     * the rest of the learner is sent, that aim is not, and the check says so as a warning, linked to where the
     * qualification is chosen, counted with the warnings and listed in the CSV of problems.
     */
    @Test
    void an_english_aim_with_no_qualification_chosen_is_left_out_and_the_rest_of_the_learner_sent_with_a_warning()
            throws Exception {
        // given an apprentice whose training plan plans English at Level 2, no qualification chosen for it
        LocalDate start = LocalDate.of(2025, 9, 1);
        LearnerId learner = people.learner();
        organisation.learnerIlrFacts(learner, IlrLists.IlrSex.F, 31, false, new IlrDetails(
                IlrLists.PriorLevel.FULL_LEVEL_2, "LS2 9JT", Set.of(), null, Set.of()));
        UUID theirs = enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager, "ST0116",
                people.tutor, start, start.plusMonths(18), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(theirs), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(theirs), start);
        onboarding.englishAndMathsResults(new ApprenticeshipId(theirs), "Level 1", "Level 2", start.minusDays(14));
        onboarding.answer(new ApprenticeshipId(theirs), "initial-assessment", Map.of("priorQualifications",
                List.of("GCSEs (2019), including Mathematics grade 5"), "mathsGcse", List.of("GCSE Mathematics grade 5"),
                "employerDecision", List.of("INCLUDE")), true);
        onboarding.skillsScan(new ApprenticeshipId(theirs), 2, 2);
        onboarding.priorLearning(new ApprenticeshipId(theirs), BigDecimal.ZERO, "No prior learning claimed");
        onboarding.trainingPlan(new ApprenticeshipId(theirs), "Two sessions a month", "Wednesday",
                Map.of(start.plusMonths(4),
                "Foundations"), "Apprentice, employer and provider", "None", "English functional skills Level 2",
                new PlannedFunctionalSkills(FunctionalSkillsLevel.LEVEL_2, null));
        List<String> references = new ArrayList<>();
        source.forEachLearner(YEAR, ReturnPeriod.named("R14"), Set.of(learner.value()),
                l -> references.add(l.learnRefNumber()));
        assertThat(references).hasSize(1);

        // when the return is checked
        theReturnIsChecked();

        // then the return's page lists a warning for the aim left out, with where the qualification is chosen
        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        PageClient.Page page = officer.get("/ilr?year=2025-26&period=R14&learner=" + learner);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("English aim not sent: no qualification chosen for")
                .contains("None: the aim is left out of the file");
        assertThat(page.body()).contains("/apprenticeships/" + theirs + "/english-maths")
                .contains("/ilr/problems.csv?");
        // counted with the warnings, as the CSV of the learner's problems lists them
        String csv = officer.get("/ilr/problems.csv?year=2025-26&period=R14&learner=" + learner).body();
        assertThat(csv).contains("English aim not sent: no qualification chosen for")
                .contains("/apprenticeships/" + theirs + "/english-maths");
        long warningsListed = csv.lines().filter(line -> line.contains(",Warning,")).count();
        Api.Response again = api(DemoAccounts.DATA_OFFICER).post("/api/v1/ilr/checks/learners/" + learner,
                "{\"year\": \"2025-26\", \"period\": \"R14\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("warnings").asLong()).isEqualTo(warningsListed).isPositive();

        // and the exported file has the learner, their programme aim, and no English aim
        everyLearnerOfTheReturnHasDeclared();
        Api.Response exported = api(DemoAccounts.ADMIN).post("/api/v1/ilr/exports", export(true));
        assertThat(exported.status()).as(exported.body()).isEqualTo(201);
        assertThat(exported.json().get("warnings").asInt()).isPositive();
        String file = new String(download("/ilr/returns/" + exported.json().get("id").asString() + "/file",
                officer), StandardCharsets.UTF_8);
        String ref = "<LearnRefNumber>" + references.get(0) + "</LearnRefNumber>";
        assertThat(file).contains(ref);
        String theirLearner = file.substring(file.indexOf(ref), file.indexOf("</Learner>", file.indexOf(ref)));
        assertThat(theirLearner).contains("<AimType>1</AimType>").doesNotContain("<AimType>3</AimType>");
    }

    private byte[] download(String path, PageClient signedIn) throws Exception {
        String session = signedIn.sessionId().orElseThrow();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Cookie", "WAYPOINT_SESSION=" + session)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
                .contains(".XML");
        return response.body();
    }
}
