package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.catalogue.internal.StandardImporter;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The provider's English and maths qualifications and the choice of one for an apprentice's study
 * (docs/domain/english-and-maths-aims.md): who may record and choose, who may not, and the refusals in plain words.
 */
@WaypointTest
class EnglishMathsQualificationsChosenTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    StandardImporter standards;
    @Autowired
    ApprenticeshipImport enrolment;

    TestApprenticeships people;

    @BeforeEach
    void setUp() {
        IlrFiles.sampleStandardInCatalogue(standards);
        people = new TestApprenticeships(organisation, accounts);
    }

    private Api api(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    private static String reference() {
        return "6" + String.format("%07d", new Random().nextInt(10_000_000));
    }

    private static String qualification(String subject, String level, String ref) {
        return "{\"title\":\"Functional Skills " + subject + " " + ref + "\",\"awardingOrganisation\":\"Test Awards\","
                + "\"subject\":\"" + subject + "\",\"level\":\"" + level + "\",\"kind\":\"FUNCTIONAL_SKILLS\","
                + "\"learnAimRef\":\"" + ref + "\"}";
    }

    @Test
    void an_administrator_records_a_qualification_once_with_a_reference_the_ilr_takes_and_others_only_read() {
        String ref = reference();
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = admin.get("/english-maths-qualifications");
        assertThat(form.status()).isEqualTo(200);

        PageClient.Page refused = admin.post("/english-maths-qualifications", form, Map.of("title",
                "Functional Skills maths", "awardingOrganisation", "Test Awards", "subject", "MATHS", "level",
                "LEVEL_2", "kind", "FUNCTIONAL_SKILLS", "learnAimRef", "6034-80/45"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem")
                .contains("The learning aim reference is letters and digits only, at most 8");

        PageClient.Page saved = admin.post("/english-maths-qualifications", form, Map.of("title",
                "Functional Skills maths " + ref, "awardingOrganisation", "Test Awards", "subject", "MATHS", "level",
                "LEVEL_2", "kind", "FUNCTIONAL_SKILLS", "learnAimRef", ref));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/english-maths-qualifications").text()).contains(ref);

        Api.Response twice = api(DemoAccounts.ADMIN).post("/api/v1/english-maths-qualifications",
                qualification("MATHS", "LEVEL_2", ref));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("is recorded already");
        assertThat(api(DemoAccounts.ADMIN).post("/api/v1/english-maths-qualifications",
                qualification("MATHS", "LEVEL_2", "ZPROG001")).body()).contains("not an English or maths");

        assertThat(api(DemoAccounts.TUTOR).post("/api/v1/english-maths-qualifications",
                qualification("ENGLISH", "LEVEL_1", reference())).status()).isEqualTo(403);
        assertThat(api(DemoAccounts.TUTOR).get("/api/v1/english-maths-qualifications").body()).contains(ref);
        assertThat(api(DemoAccounts.LEARNER).get("/api/v1/english-maths-qualifications").status()).isEqualTo(403);
    }

    @Test
    void the_data_officer_chooses_the_qualification_of_the_subject_studied_and_others_may_not() {
        String ref = reference();
        String maths = api(DemoAccounts.ADMIN).post("/api/v1/english-maths-qualifications",
                qualification("MATHS", "LEVEL_2", ref)).json().get("id").asString();
        UUID apprenticeship = people.inLearning(enrolment, IlrFiles.SAMPLE_STANDARD, LocalDate.of(2025, 9, 1));
        String path = "/api/v1/apprenticeships/" + apprenticeship + "/english-maths";
        Api officer = api(DemoAccounts.DATA_OFFICER);

        Api.Response wrongSubject = officer.put(path + "/english", "{\"qualificationId\":\"" + maths + "\"}");
        assertThat(wrongSubject.status()).isEqualTo(400);
        assertThat(wrongSubject.body()).contains("is a maths qualification: select an English one");

        Api.Response tooEarly = officer.put(path + "/maths", "{\"qualificationId\":\"" + maths
                + "\",\"startDate\":\"2025-08-01\"}");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("starts on or after the apprenticeship's start");

        Api.Response chosen = officer.put(path + "/maths", "{\"qualificationId\":\"" + maths + "\"}");
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.body()).contains(ref).contains("2025-09-01");
        assertThat(officer.post(path + "/maths/achievement", "{\"achievedOn\":\"2099-01-01\"}").body())
                .contains("cannot be recorded in advance");

        assertThat(api(DemoAccounts.TUTOR).put(path + "/maths", "{\"qualificationId\":\"" + maths + "\"}").status())
                .isIn(403, 404);
        assertThat(api(DemoAccounts.QUALITY).put(path + "/maths", "{\"qualificationId\":\"" + maths + "\"}")
                .status()).isIn(403, 404);

        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER)
                .get("/apprenticeships/" + apprenticeship + "/english-maths");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("English and maths").contains(ref);
    }
}
