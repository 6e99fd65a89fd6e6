package waypoint.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.shared.web.DateText;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.PageClient.Page;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * From the public course page to an enquiry, an application, triage, acceptance and the first onboarding task,
 * without a browser; and who may see the board. The cohort is the test's own, with one place.
 */
@WaypointTest
class AdmissionsJourneyTest {

    @Autowired
    TestClock clock;

    private static final String COURSE = "/courses/learning-and-skills-mentor";
    private static final String INVITATION = "You have been invited";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_person_finds_the_course_enquires_applies_and_is_accepted_into_onboarding() {
        UUID cohort = cohortWithOnePlace();
        PageClient visitor = PageClient.at(port);

        // the public course pages, with a title and description a search engine can use
        Page courses = visitor.get("/courses");
        assertThat(courses.status()).isEqualTo(200);
        assertThat(courses.text()).contains("Our apprenticeships", "Learning and skills mentor (level 4)");
        Page course = visitor.get(COURSE);
        assertThat(course.status()).isEqualTo(200);
        assertThat(course.body()).contains("<title>Learning and skills mentor apprenticeship (level 4)", "name=\"description\"");
        assertThat(course.text()).contains("Entry requirements", "English and maths", "How it is assessed",
                "Progression", "1 place left", "Apply for this course", "Send an enquiry");

        // an enquiry: bad input is answered on the page with what was typed kept
        visitor.get(COURSE + "/enquire");
        Page wrong = visitor.post(COURSE + "/enquire", Map.of("givenNames", "Ada", "email", "not-an-email"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.text()).contains("There is a problem", "Select who you are",
                "Enter an email address in the correct format");
        assertThat(wrong.body()).contains("value=\"Ada\"", "value=\"not-an-email\"");
        String enquirer = "enquirer-" + UUID.randomUUID() + "@example.test";
        Map<String, String> enquiry = Map.of("enquirer", "EMPLOYER", "givenNames", "Ada", "familyName", "Byron",
                "email", enquirer, "employerName", "Northgate Engineering Ltd", "message",
                "Can two of our supervisors join?", "source", "Event", "website", "");
        Page check = visitor.post(COURSE + "/enquire", enquiry);
        assertThat(check.text()).contains("Check your answers before sending your enquiry",
                "Can two of our supervisors join?", "An event or careers fair");
        Page sent = visitor.post(COURSE + "/enquire/send", enquiry);
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith(COURSE + "/enquire/sent");
        assertThat(visitor.follow(sent).text()).contains("Enquiry sent", "Your reference is ENQ-");
        awaitEmail(enquirer, "We have your enquiry");

        // an application to the cohort
        String email = "applicant-" + UUID.randomUUID() + "@learners.test";
        Map<String, String> application = application(cohort, email, "Grace", "Hopper");
        Page applicationForm = visitor.get(COURSE + "/apply?cohort=" + cohort);
        assertThat(applicationForm.text()).contains("Which cohort do you want to join?");
        Page checkApplication = visitor.post(COURSE + "/apply", application);
        assertThat(checkApplication.text()).contains("Check your answers before sending your application",
                "GCSE English grade 6", "Morgan Price");
        Page applied = visitor.post(COURSE + "/apply/send", application);
        assertThat(applied.status()).isEqualTo(302);
        assertThat(visitor.follow(applied).text()).contains("Application sent", "Your reference is APP-");
        awaitEmail(email, "We have your application");
        UUID id = jdbc.sql("SELECT id FROM admissions_admission WHERE email = :e").param("e", email)
                .query(UUID.class).single();

        // triage: the board shows it; contacted, eligible, accepted with the employer's agreement
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        assertThat(admin.get("/admissions/board?state=NEW").text()).contains("Grace Hopper");
        admin.get("/admissions/board/" + id);
        assertThat(admin.post("/admissions/board/" + id + "/steps/contact", Map.of()).status()).isEqualTo(302);
        Page refused = admin.post("/admissions/board/" + id + "/steps/contact", Map.of());
        assertThat(refused.text()).contains("You cannot record that we contacted them when it is contacted");
        admin.post("/admissions/board/" + id + "/steps/find-eligible", Map.of());
        admin.post("/admissions/board/" + id + "/notes", Map.of("body", "Spoke to Morgan: start agreed"));
        Page detail = admin.get("/admissions/board/" + id);
        assertThat(detail.text()).contains("Eligible", "Spoke to Morgan: start agreed", "Accept onto the cohort");
        Page missing = admin.post("/admissions/board/" + id + "/accept", Map.of("weeklyHours", "30"));
        assertThat(missing.text()).contains("There is a problem", "Enter who at the employer agreed");
        // the standard gives no typical duration here: the planned end is asked for, never guessed
        Page noEnd = admin.post("/admissions/board/" + id + "/accept", Map.of("employerAgreedBy",
                "Morgan Price, line manager", "employerAgreedOn", "1 12 2026", "weeklyHours", "30"));
        assertThat(noEnd.text()).contains("Enter the planned end date");
        Page accepted = admin.post("/admissions/board/" + id + "/accept", Map.of("employerAgreedBy",
                "Morgan Price, line manager", "employerAgreedOn", "1 12 2026", "weeklyHours", "30",
                "plannedEndDate", DateText.typed(start.plusMonths(15))));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(302);
        assertThat(accepted.location()).contains("/onboarding");

        // the first onboarding task of the apprenticeship recorded from what the person typed
        Page onboarding = admin.follow(accepted);
        assertThat(onboarding.status()).isEqualTo(200);
        assertThat(onboarding.text()).contains("Grace Hopper", "Employer pre-start meeting");
        var learner = jdbc.sql("SELECT given_names, date_of_birth, address_postcode FROM organisation.learner"
                + " WHERE email = :e").param("e", email).query((rs, n) -> rs.getString(1) + " "
                        + rs.getObject(2, LocalDate.class) + " " + rs.getString(3)).single();
        assertThat(learner).isEqualTo("Grace 1995-05-17 LS1 6DT");
        awaitEmail(email, INVITATION);

        // the English and maths the person said they hold start the initial assessment, marked for staff to check
        String reference = jdbc.sql("SELECT reference FROM admissions_admission WHERE id = :id").param("id", id)
                .query(String.class).single();
        Page assessment = admin.get(accepted.location().replaceAll("/onboarding.*$", "")
                + "/onboarding/initial-assessment");
        assertThat(assessment.status()).isEqualTo(200);
        assertThat(assessment.text()).contains("The English and maths grades below are from the application "
                + reference, "check them with the apprentice");
        assertThat(assessment.body()).contains("value=\"GCSE English grade 6\"", "value=\"GCSE maths grade 5\"");
        // saving the section is the staff's check: the mark goes
        Page saved = admin.post(accepted.location().replaceAll("/onboarding.*$", "")
                + "/onboarding/initial-assessment", assessment, Map.of("englishGcse", "GCSE English grade 6",
                "mathsGcse", "GCSE maths grade 5", "priorQualifications", "GCSEs", "completed", "no",
                "version", "0"));
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
        assertThat(admin.get(accepted.location().replaceAll("/onboarding.*$", "")
                + "/onboarding/initial-assessment").text()).doesNotContain("are from the application");

        // the cohort is now full: its page lists the apprentice, and the public cannot apply to it
        assertThat(admin.get("/admissions/cohorts/" + cohort).text()).contains("Grace Hopper", "Accepted",
                "1 taken of 1");
        Page full = visitor.post(COURSE + "/apply/send", application(cohort, "late-" + UUID.randomUUID()
                + "@learners.test", "Late", "Comer"));
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.text()).contains("There is a problem", "That cohort is no longer taking applications");
    }

    @Test
    void only_the_staff_who_recruit_see_the_board_and_a_tutor_only_reads() {
        assertThat(PageClient.at(port).get("/admissions/board").status()).isEqualTo(302);
        assertThat(PageClient.signedInAs(port, DemoAccounts.LEARNER).get("/admissions/board").status())
                .isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.EMPLOYER).get("/admissions/board").status())
                .isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.QUALITY).get("/admissions/board").status())
                .isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.HEAD).get("/admissions/board").status())
                .isEqualTo(200);

        UUID someone = jdbc.sql("SELECT id FROM admissions_admission WHERE NOT spam AND state = 'NEW' LIMIT 1")
                .query(UUID.class).single();
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        Page board = tutor.get("/admissions/board");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.text()).contains("You can read the applications to the cohorts you teach");
        assertThat(tutor.post("/admissions/board/" + someone + "/steps/contact", Map.of()).status())
                .isEqualTo(403);

        assertThat(Api.at(port).get("/api/v1/applications").status()).isEqualTo(401);
        Api learner = Api.at(port).signedInAs(DemoAccounts.LEARNER.email(), DemoAccounts.PASSWORD);
        assertThat(learner.get("/api/v1/enquiries").status()).isEqualTo(403);
        assertThat(learner.get("/api/v1/cohorts").status()).isEqualTo(403);
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api.Response enquiries = admin.get("/api/v1/enquiries?state=NEW");
        assertThat(enquiries.status()).isEqualTo(200);
        assertThat(enquiries.body()).contains("\"kind\":\"ENQUIRY\"").doesNotContain("offers@spam.example");
    }

    @Test
    void the_api_refuses_a_step_the_triage_table_does_not_allow_with_a_problem() {
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        UUID withdrawn = jdbc.sql("SELECT id FROM admissions_admission WHERE state = 'WITHDRAWN' LIMIT 1")
                .query(UUID.class).single();

        Api.Response refused = admin.post("/api/v1/enquiries/" + withdrawn + "/steps/find-eligible", "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("when it is withdrawn");
        assertThat(admin.post("/api/v1/enquiries/" + withdrawn + "/steps/fly", "{}").status()).isEqualTo(400);
    }

    private LocalDate start;

    @BeforeEach
    void inSixWeeks() {
        start = clock.today().plusWeeks(6);
    }

    private UUID cohortWithOnePlace() {
        UUID course = jdbc.sql("SELECT id FROM admissions_course WHERE slug = 'learning-and-skills-mentor'").query(UUID.class)
                .single();
        UUID tutor = jdbc.sql("SELECT id FROM organisation.staff_member WHERE email = :e")
                .param("e", DemoAccounts.TUTOR.email()).query(UUID.class).single();
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api.Response planned = admin.post("/api/v1/cohorts", """
                {"courseId":"%s","name":"Test cohort %s","startDate":"%s","capacity":1,"tutorStaffId":"%s",
                 "deliveryPattern":"Online every 4 weeks","sessions":[{"heldOn":"%s","topic":"Induction"}]}"""
                .formatted(course, UUID.randomUUID(), start, tutor, start));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return UUID.fromString(planned.json().get("cohort").get("id").asString());
    }

    private static Map<String, String> application(UUID cohort, String email, String given, String family) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cohortId", cohort.toString());
        fields.put("givenNames", given);
        fields.put("familyName", family);
        fields.put("dateOfBirth", "17 5 1995");
        fields.put("email", email);
        fields.put("phone", "");
        fields.put("postcode", "LS1 6DT");
        fields.put("uln", uln(email));
        fields.put("employerName", "Northgate Engineering Ltd");
        fields.put("lineManagerName", "Morgan Price");
        fields.put("lineManagerEmail", "morgan.price@northgate.test");
        fields.put("lineManagerPhone", "");
        fields.put("englishHeld", "GCSE English grade 6");
        fields.put("mathsHeld", "GCSE maths grade 5");
        fields.put("source", "Employer");
        fields.put("website", "");
        return fields;
    }

    /** A ULN with a correct check digit, different for each email. */
    static String uln(String seed) {
        for (int salt = 0; ; salt++) {
            String nine = String.valueOf(100_000_000 + Math.floorMod((seed + salt).hashCode(), 899_999_999));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int remainder = sum % 11;
            if (remainder != 0 && remainder != 1) {
                return nine + (10 - remainder);
            }
        }
    }

    private void awaitEmail(String to, String subjectStart) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                        "SELECT subject FROM email_message WHERE recipient = :to ORDER BY created_at")
                .param("to", to).query(String.class).list(),
                list -> list.stream().anyMatch(s -> s.startsWith(subjectStart)));
    }
}
