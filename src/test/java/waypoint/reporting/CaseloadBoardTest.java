package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.OnboardingImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.epa.EpaImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.internal.caseload.KeptOverview;
import waypoint.reporting.internal.ilr.IlrChecking;
import waypoint.shared.time.GovUkDates;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The caseload board (docs/domain/accountability.md, "The caseload board"): a tutor's board shows only their own
 * caseload, each signal in words as well as colour, counts at the top, as a page, CSV and JSON; the head of
 * delivery's overview counts the same signals by tutor (as kept when last worked out: a test works it out again by
 * pressing "Work out the overview again now", as a reader does); learners and employers are refused; a sort that is
 * not one is a 400 problem.
 */
@WaypointTest
class CaseloadBoardTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    OnboardingImport onboarding;
    @Autowired
    IlrChecking ilr;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EpaImport epa;
    @Autowired
    KeptOverview keptOverview;

    void overviewWorkedOutAgain(PageClient head) {
        OverviewWorkedOut.again(head, keptOverview, clock);
    }

    static List<String> ids(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("apprenticeshipId").asString()));
        return ids;
    }

    @Test
    void a_tutor_s_board_shows_every_apprentice_on_their_caseload_and_nobody_else_s() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        UUID first = people.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(120));
        UUID second = people.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(30));
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);

        JsonNode board = tutor.get("/api/v1/caseload-board?sort=concern").json();

        assertThat(ids(board.get("rows"))).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(board.get("counts").get("apprentices").asLong()).isEqualTo(2);
        for (JsonNode row : board.get("rows")) {
            assertThat(row.get("signals")).hasSize(9);
            for (JsonNode signal : row.get("signals")) {
                assertThat(signal.get("words").asString()).isNotBlank();
                if (signal.get("words").asString().startsWith("Not yet")) {
                    assertThat(signal.get("rag").asString()).as("a signal not worked out is never green")
                            .isEqualTo("UNKNOWN");
                }
            }
            assertThat(row.get("signals").get(7).get("words").asString()).isEqualTo("No open case");
        }
        // asking for another tutor's caseload shows none of theirs: a tutor sees only what they may see
        TestApprenticeships others = new TestApprenticeships(organisation, accounts);
        UUID theirs = others.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(60));
        assertThat(ids(tutor.get("/api/v1/caseload-board?tutor=" + others.tutor).json().get("rows"))).isEmpty();

        PageClient pages = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        String page = pages.get("/reports/caseload").text();
        assertThat(page).contains("Caseload board", "2 apprentices", "Off-the-job pace", "Support stage",
                "No open case");
        String csv = pages.get("/reports/caseload.csv").body();
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(csv).contains(first.toString(), second.toString()).doesNotContain(theirs.toString());

        // the head of delivery opens that tutor's board, and sees the tutor in the overview
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        assertThat(ids(head.get("/api/v1/caseload-board?tutor=" + people.tutor).json().get("rows")))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        PageClient headPages = PageClient.signedInAs(port, DemoAccounts.HEAD);
        overviewWorkedOutAgain(headPages);
        assertThat(headPages.get("/reports/caseload/overview?by=tutor").text()).contains("Tutor " + "",
                "Caseload overview", "Worked out at");
        assertThat(headPages.get("/reports/caseload/overview.csv?by=employer").body()).contains("apprentices");

        // the overview is a page of at most 50 groups at a time; its pages together list every group the download has
        long groups = headPages.get("/reports/caseload/overview.csv?by=employer").body().lines().count() - 1;
        long listed = 0;
        for (int number = 0; number * 50 < groups; number++) {
            org.jsoup.nodes.Document overview = org.jsoup.Jsoup.parse(
                    headPages.get("/reports/caseload/overview?by=employer&page=" + number).body());
            int rows = overview.select("table tbody tr").size();
            assertThat(rows).isBetween(1, 50);
            listed += rows;
        }
        assertThat(listed).isEqualTo(groups);
        // a page past the last shows the last
        assertThat(org.jsoup.Jsoup.parse(headPages.get("/reports/caseload/overview?by=employer&page=9999").body())
                .select("table tbody tr")).isNotEmpty();
    }

    @Test
    void the_demo_tutor_s_board_has_apprentices_and_learners_and_employers_may_not_open_it_nor_its_overview() {
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        assertThat(tutor.get("/reports/caseload").text()).contains("with a red signal", "all green")
                .doesNotContain("No apprentices on this caseload");
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            PageClient client = PageClient.signedInAs(port, account);
            assertThat(client.get("/reports/caseload").status()).as(account.name()).isEqualTo(403);
            assertThat(client.get("/reports/caseload/overview").status()).as(account.name()).isEqualTo(403);
            // nor may they set the provider-wide overview being worked out again
            assertThat(client.post("/reports/caseload/overview", client.get("/"), java.util.Map.of()).status())
                    .as(account.name()).isEqualTo(403);
            Api api = Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
            assertThat(api.get("/api/v1/caseload-board").status()).as(account.name()).isEqualTo(403);
        }
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        Api.Response bad = head.get("/api/v1/caseload-board?sort=colour");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Sort by name, concern, off-the-job, review, signatures or ILR errors");
    }

    static JsonNode signal(JsonNode board, UUID apprenticeship, String kind) {
        for (JsonNode row : board.get("rows")) {
            if (row.get("apprenticeshipId").asString().equals(apprenticeship.toString())) {
                for (JsonNode signal : row.get("signals")) {
                    if (signal.get("kind").asString().equals(kind)) {
                        return signal;
                    }
                }
            }
        }
        throw new AssertionError("no " + kind + " signal for " + apprenticeship);
    }

    @Test
    void ilr_errors_and_signatures_waiting_are_signals_of_the_board_its_csv_and_the_overview() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate start = LocalDate.now(clock).minusDays(90);
        UUID withErrors = people.inLearning(enrolment, "ST0116", start);
        UUID unchecked = people.inLearning(enrolment, "ST0116", start);
        UUID clean = people.inLearning(enrolment, "ST0116", start);
        String cleanLearnerEmail = people.lastLearnerEmail;
        // the kept check of the return being worked on found two errors for one apprentice and none for another; the
        // third was not in it
        IlrChecking.Return now = ilr.returnToWorkOn().orElseThrow();
        UUID check = jdbc.sql("SELECT id FROM ilr_check WHERE collection_year = :y AND return_period = :p")
                .param("y", now.year().name()).param("p", now.period().number()).query(UUID.class).optional()
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("""
                            INSERT INTO ilr_check (id, collection_year, return_period, checked_at, checked_by_name,
                                                   learners, errors, warnings)
                            VALUES (:id, :y, :p, now(), 'The nightly check', 0, 0, 0)""").param("id", id)
                            .param("y", now.year().name()).param("p", now.period().number()).update();
                    return id;
                });
        UUID erring = learnerOf(withErrors);
        UUID fine = learnerOf(clean);
        String erringRef = ("E" + TestApprenticeships.unique() + "00000000000").substring(0, 12);
        String fineRef = ("C" + TestApprenticeships.unique() + "00000000000").substring(0, 12);
        try {
            checked(check, erringRef, erring);
            checked(check, fineRef, fine);
            for (String rule : List.of("ULN_03", "PostcodePrior_01")) {
                jdbc.sql("""
                        INSERT INTO ilr_check_finding (check_id, learn_ref_number, learner_id, learner_name, rule,
                                                       severity_rank, message)
                        VALUES (:check, :ref, :learner, 'Test', :rule, 0, 'A problem')""").param("check", check)
                        .param("ref", erringRef).param("learner", erring).param("rule", rule).update();
            }
            jdbc.sql("""
                    INSERT INTO ilr_check_finding (check_id, learn_ref_number, learner_id, learner_name, rule,
                                                   severity_rank, message)
                    VALUES (:check, :ref, :learner, 'Test', 'W_01', 1, 'A warning')""").param("check", check)
                    .param("ref", fineRef).param("learner", fine).update();

            // a training plan signed by the apprentice and the tutor, waiting for the employer
            planWaitingForTheEmployer(people, clean, cleanLearnerEmail, start);

            Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
            JsonNode board = tutor.get("/api/v1/caseload-board?sort=ilr_errors").json();
            String ret = now.year().name() + " " + now.period().name() + " ILR return";

            JsonNode red = signal(board, withErrors, "ILR_ERRORS");
            assertThat(red.get("rag").asString()).isEqualTo("RED");
            assertThat(red.get("words").asString()).isEqualTo("2 errors in the " + ret);
            assertThat(red.get("href").asString()).isEqualTo("/ilr?year=" + now.year().name() + "&period="
                    + now.period().name() + "&learner=" + erring + "#check");
            JsonNode unknown = signal(board, unchecked, "ILR_ERRORS");
            assertThat(unknown.get("rag").asString()).as("not checked is never green").isEqualTo("UNKNOWN");
            assertThat(unknown.get("words").asString()).isEqualTo("Not checked yet in the " + ret);
            JsonNode green = signal(board, clean, "ILR_ERRORS");
            assertThat(green.get("rag").asString()).isEqualTo("GREEN");
            assertThat(green.get("words").asString()).isEqualTo("No errors and 1 warning in the " + ret);
            // most errors first, then not known, then none
            assertThat(ids(board.get("rows"))).containsExactly(withErrors.toString(), unchecked.toString(),
                    clean.toString());
            assertThat(board.get("rows").get(0).get("ilrErrors").asLong()).isEqualTo(2);

            JsonNode waiting = signal(board, clean, "SIGNATURES");
            assertThat(waiting.get("words").asString()).isEqualTo("Training plan version 1: waiting for the employer"
                    + " since " + GovUkDates.date(LocalDate.now(clock)) + " (0 working days)");
            assertThat(waiting.get("rag").asString()).as("within the provider's chasing interval")
                    .isEqualTo("GREEN");
            assertThat(signal(board, withErrors, "SIGNATURES").get("words").asString()).isEqualTo("None waiting");
            assertThat(ids(tutor.get("/api/v1/caseload-board?sort=signatures").json().get("rows")).get(0))
                    .isEqualTo(clean.toString());

            PageClient pages = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
            String page = pages.get("/reports/caseload?sort=ilr_errors").body();
            assertThat(page).contains("ILR errors", "Signatures waiting", "2 errors in the " + ret,
                    "learner=" + erring, "most ILR errors", "longest waiting for signatures");
            String csv = pages.get("/reports/caseload.csv").body();
            assertThat(csv.lines().findFirst().orElseThrow()).contains("Signatures waiting,Signatures waiting (detail)",
                    "ILR errors,ILR errors (detail)");
            assertThat(csv).contains("RED,2 errors in the " + ret, "UNKNOWN,Not checked yet in the " + ret,
                    "GREEN,Training plan version 1: waiting for the employer");

            Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
            assertThat(signal(head.get("/api/v1/caseload-board?tutor=" + people.tutor).json(), withErrors,
                    "ILR_ERRORS").get("rag").asString()).isEqualTo("RED");
            PageClient headPages = PageClient.signedInAs(port, DemoAccounts.HEAD);
            overviewWorkedOutAgain(headPages);
            String overview = headPages.get("/reports/caseload/overview.csv?by=tutor").body();
            assertThat(overview.lines().findFirst().orElseThrow()).contains("ILR errors red,ILR errors amber,"
                    + "ILR errors not known");
            String tutorName = "Tutor " + people.tutorEmail.substring("tutor-".length(), people.tutorEmail.indexOf('@'));
            String tutorLine = overview.lines().filter(l -> l.startsWith(tutorName + ",")).findFirst().orElseThrow();
            // 3 apprentices; of the ILR errors (the last three columns) 1 red, 0 amber, 1 not known
            assertThat(tutorLine).startsWith(tutorName + ",3,").endsWith(",1,0,1");
            // the ILR page lists that apprentice's problems only
            PageClient tutorIlr = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
            String ilrPage = tutorIlr.get(red.get("href").asString().replace("#check", "")).text();
            assertThat(ilrPage).contains("The problems of one learner only", "Problems 1 to 2 of 2", "ULN_03",
                    "PostcodePrior_01");
        } finally {
            jdbc.sql("DELETE FROM ilr_check_finding WHERE check_id = :check AND learner_id IN (:a, :b)")
                    .param("check", check).param("a", erring).param("b", fine).update();
            jdbc.sql("DELETE FROM ilr_check_learner WHERE check_id = :check AND learner_id IN (:a, :b)")
                    .param("check", check).param("a", erring).param("b", fine).update();
        }
    }

    @Test
    void a_gateway_meeting_record_waiting_for_the_employer_s_signature_turns_amber_once_it_has_waited_past_the_chasing_interval() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate today = LocalDate.now(GovUkDates.LONDON);
        LocalDate start = today.minusDays(500);
        UUID waitingLong = people.inLearning(enrolment, "ST1379", start);
        String waitingLongName = "Test Apprentice " + suffixOf(people.lastLearnerEmail);
        UUID waitingSinceToday = people.inLearning(enrolment, "ST1379", start);
        UUID signedByAll = people.inLearning(enrolment, "ST1379", start);
        LocalDate fortnightAgo = today.minusDays(14);
        readyMeetingSigned(waitingLong, fortnightAgo, false);
        readyMeetingSigned(waitingSinceToday, today, false);
        readyMeetingSigned(signedByAll, fortnightAgo, true);

        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        JsonNode board = tutor.get("/api/v1/caseload-board?sort=signatures").json();

        JsonNode late = signal(board, waitingLong, "SIGNATURES");
        assertThat(late.get("rag").asString()).as("past the provider's chasing interval").isEqualTo("AMBER");
        assertThat(late.get("words").asString()).startsWith("Gateway meeting record: waiting for the employer since "
                + GovUkDates.date(fortnightAgo) + " (");
        JsonNode fresh = signal(board, waitingSinceToday, "SIGNATURES");
        assertThat(fresh.get("rag").asString()).as("within the chasing interval").isEqualTo("GREEN");
        assertThat(fresh.get("words").asString()).isEqualTo("Gateway meeting record: waiting for the employer since "
                + GovUkDates.date(today) + " (0 working days)");
        assertThat(signal(board, signedByAll, "SIGNATURES").get("words").asString()).isEqualTo("None waiting");
        // the longest wait first
        assertThat(ids(board.get("rows"))).containsExactly(waitingLong.toString(), waitingSinceToday.toString(),
                signedByAll.toString());

        // the tutor's CSV, the head of delivery's board of that tutor, and the overview by tutor say the same
        PageClient pages = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(pages.get("/reports/caseload").text()).contains("Gateway meeting record: waiting for the employer");
        String csv = pages.get("/reports/caseload.csv").body();
        assertThat(csv.lines().filter(l -> l.startsWith(waitingLong + ",")).findFirst().orElseThrow())
                .contains(waitingLongName, "AMBER,Gateway meeting record: waiting for the employer since");
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        assertThat(signal(head.get("/api/v1/caseload-board?tutor=" + people.tutor).json(), waitingLong,
                "SIGNATURES").get("rag").asString()).isEqualTo("AMBER");
        PageClient headPages = PageClient.signedInAs(port, DemoAccounts.HEAD);
        overviewWorkedOutAgain(headPages);
        String overview = headPages.get("/reports/caseload/overview.csv?by=tutor").body();
        String tutorName = "Tutor " + people.tutorEmail.substring("tutor-".length(), people.tutorEmail.indexOf('@'));
        String[] tutorLine = overview.lines().filter(l -> l.startsWith(tutorName + ",")).findFirst().orElseThrow()
                .split(",");
        // the name, 3 apprentices, then red, amber and not known for each signal: signatures waiting is the third
        assertThat(tutorLine[1]).isEqualTo("3");
        assertThat(tutorLine[9]).as("signatures waiting amber").isEqualTo("1");
    }

    private static String suffixOf(String learnerEmail) {
        return learnerEmail.substring("apprentice-".length(), learnerEmail.indexOf('@'));
    }

    /**
     * The gateway as a migration records it (every open checklist item confirmed or waived), then the "ready" meeting
     * held on {@code heldOn}, signed that day by the tutor and the apprentice, and by the employer only when asked.
     */
    private void readyMeetingSigned(UUID apprenticeship, LocalDate heldOn, boolean employerSigns) {
        for (EpaImport.OpenItem item : epa.openItems(new ApprenticeshipId(apprenticeship))) {
            if (item.confirmable()) {
                epa.confirm(new ApprenticeshipId(apprenticeship), item.key(), "Seen before the meeting", "The tutor",
                        "Recorded by staff");
            } else if (item.waivable()) {
                epa.waive(new ApprenticeshipId(apprenticeship), item.key(), "Checked by hand in the previous system",
                        "The tutor");
            }
        }
        epa.gatewayMeeting(new ApprenticeshipId(apprenticeship), heldOn, "The tutor", "The line manager",
                "The apprentice", "Ready");
        epa.meetingSigned(new ApprenticeshipId(apprenticeship), "The tutor", employerSigns ? "The line manager" : null,
                "The apprentice",
                heldOn.atStartOfDay(GovUkDates.LONDON).toInstant());
    }

    private UUID learnerOf(UUID apprenticeship) {
        return jdbc.sql("SELECT learner_id FROM enrolment.apprenticeship WHERE id = :id").param("id", apprenticeship)
                .query(UUID.class).single();
    }

    private void checked(UUID check, String ref, UUID learner) {
        jdbc.sql("INSERT INTO ilr_check_learner (check_id, learn_ref_number, learner_id, name)"
                        + " VALUES (:check, :ref, :learner, 'Test')").param("check", check).param("ref", ref)
                .param("learner", learner).update();
    }

    private void planWaitingForTheEmployer(TestApprenticeships people, UUID apprenticeship, String learnerEmail,
            LocalDate start) {
        onboarding.englishAndMathsResults(new ApprenticeshipId(apprenticeship), "Level 2", "Level 2",
                start.minusDays(14));
        onboarding.answer(new ApprenticeshipId(apprenticeship), "initial-assessment", Map.of("priorQualifications",
                List.of("GCSEs (2019)"),
                "employerDecision", List.of("REMOVE")), true);
        onboarding.skillsScan(new ApprenticeshipId(apprenticeship), 2, 2);
        onboarding.priorLearning(new ApprenticeshipId(apprenticeship), java.math.BigDecimal.ZERO, "None claimed");
        Map<LocalDate, String> milestones = new LinkedHashMap<>();
        milestones.put(start.plusMonths(6), "First milestone");
        onboarding.trainingPlan(new ApprenticeshipId(apprenticeship), "Monthly sessions by Teams", "Friday", milestones,
                "Everyone plays their part", "None", "Already holds Level 2");
        String learnerSuffix = learnerEmail.substring("apprentice-".length(), learnerEmail.indexOf('@'));
        String tutorSuffix = people.tutorEmail.substring("tutor-".length(), people.tutorEmail.indexOf('@'));
        Api.Response learner = Api.at(port).signedInAs(learnerEmail, TestApprenticeships.PASSWORD).post(
                "/api/v1/apprenticeships/" + apprenticeship + "/signatures",
                "{\"version\": 1, \"fullName\": \"Test Apprentice " + learnerSuffix + "\"}");
        assertThat(learner.status()).as(learner.body()).isEqualTo(201);
        Api.Response tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD).post(
                "/api/v1/apprenticeships/" + apprenticeship + "/signatures",
                "{\"version\": 1, \"fullName\": \"Tutor " + tutorSuffix + "\"}");
        assertThat(tutor.status()).as(tutor.body()).isEqualTo(201);
    }
}
