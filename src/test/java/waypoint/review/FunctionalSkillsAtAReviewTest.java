package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.FunctionalSkillsLevel;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.review.internal.ReviewService;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * A progress review can record a functional skills qualification planned (booked or agreed at the meeting), English
 * and maths each optional; once the record is signed by the three, other modules read it from the latest signed
 * review.
 */
@WaypointTest
class FunctionalSkillsAtAReviewTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    ReviewService reviews;
    @Autowired
    FunctionalSkillsInReviews functionalSkills;

    ReviewPeople people;
    Api tutor;
    Api learner;
    Api manager;
    String review;
    String reviewId;

    @BeforeEach
    void givenAPlannedReviewWithTheApprenticesReflection() {
        people = new ReviewPeople(accounts, organisation, apprenticeships, 40);
        reviews.schedule(new ApprenticeshipId(people.apprenticeship));
        tutor = Api.at(port).signedInAs(people.tutor.email(), ReviewPeople.PASSWORD);
        learner = Api.at(port).signedInAs(people.learner.email(), ReviewPeople.PASSWORD);
        manager = Api.at(port).signedInAs(people.manager.email(), ReviewPeople.PASSWORD);
        var list = tutor.get("/api/v1/apprenticeships/" + people.apprenticeship + "/reviews").json();
        reviewId = list.get(list.size() - 1).get("id").asString();
        review = "/api/v1/reviews/" + reviewId;
        int lock = tutor.post(review + "/plan", "{\"date\":\"" + LocalDate.now(clock).plusDays(7)
                + "\",\"time\":\"10:30\",\"place\":\"Teams\",\"lockVersion\":0}").json().get("review")
                .get("lockVersion").asInt();
        learner.put(review + "/reflection", "{\"reflection\":\"I booked my maths exam.\",\"lockVersion\":" + lock
                + "}");
    }

    int lock() {
        return tutor.get(review).json().get("review").get("lockVersion").asInt();
    }

    String record(String english, String maths) {
        return """
                {"lockVersion": %d, "heldOn": "%s", "nextReviewDate": "%s",
                 "functionalSkillsEnglish": "%s", "functionalSkillsMaths": "%s",
                 "sections": {"workCompleted": "The booking page", "priorities": "The payments project",
                   "offTheJob": "Wednesdays, on plan", "supportNeeds": "None",
                   "englishAndMaths": "Functional skills maths Level 2 booked for next month",
                   "healthAndSafety": "No concerns", "employerView": "Good progress", "circumstances": "None"},
                 "targets": [{"title": "Sit the maths exam", "targetDate": "%s", "ksbs": ""}]}
                """.formatted(lock(), LocalDate.now(clock), LocalDate.now(clock).plusWeeks(10), english, maths,
                LocalDate.now(clock).plusWeeks(6));
    }

    static String sign(int version, String name) {
        return "{\"version\":" + version + ",\"fullName\":\"" + name + "\"}";
    }

    @Test
    void maths_planned_at_a_review_is_read_from_the_review_once_the_three_have_signed_it() {
        assertThat(tutor.put(review + "/record", record("NONE", "LEVEL_2")).status()).isEqualTo(200);
        Api.Response sent = tutor.post(review + "/send-for-signatures", "{\"lockVersion\":" + lock() + "}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("canonicalText").asString())
                .contains("Functional skills planned: Functional Skills maths Level 2");
        assertThat(sent.json().get("functionalSkills").get("maths").asString()).isEqualTo("LEVEL_2");
        assertThat(functionalSkills.plannedInLatestSignedReview(new ApprenticeshipId(people.apprenticeship)))
                .as("not until it is signed").isEmpty();

        learner.post(review + "/signatures", sign(1, people.learner.displayName()));
        manager.post(review + "/signatures", sign(1, people.manager.displayName()));
        tutor.post(review + "/signatures", sign(1, people.tutor.displayName()));

        FunctionalSkillsInReviews.PlannedAtReview planned = functionalSkills
                .plannedInLatestSignedReview(List.of(new ApprenticeshipId(people.apprenticeship),
                        new ApprenticeshipId(UUID.randomUUID())))
                .get(new ApprenticeshipId(people.apprenticeship));
        assertThat(planned.planned()).isEqualTo(new PlannedFunctionalSkills(null, FunctionalSkillsLevel.LEVEL_2));
        assertThat(planned.reviewNumber()).isEqualTo(1);
        assertThat(planned.heldOn()).isEqualTo(LocalDate.now(clock));
    }

    @Test
    void a_level_that_is_not_one_is_a_problem_naming_the_field() {
        Api.Response wrong = tutor.put(review + "/record", record("GCSE", "NONE"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("functionalSkillsEnglish",
                "Select the functional skills English qualification planned");
    }

    @Test
    void the_record_page_asks_for_each_subject_and_shows_the_error_beside_it() {
        PageClient page = PageClient.signedInAs(port, people.tutor.email(), ReviewPeople.PASSWORD);
        PageClient.Page form = page.get("/reviews/" + reviewId + "/record");
        assertThat(form.body()).contains("Functional skills English planned", "name=\"functionalSkillsMaths\"");

        PageClient.Page wrong = page.post("/reviews/" + reviewId + "/record", form, java.util.Map.of(
                "lockVersion", String.valueOf(lock()), "functionalSkillsMaths", "LEVEL_7"));

        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("There is a problem", "href=\"#functionalSkillsMaths\"",
                "Select the functional skills maths qualification planned");
    }
}
