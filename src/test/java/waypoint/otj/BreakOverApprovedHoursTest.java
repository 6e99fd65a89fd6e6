package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * A break in learning back-dated over approved off-the-job hours is refused unless the tutor confirms those hours are
 * un-approved; with the confirmation, they go back to waiting for approval and leave the approved total.
 */
@WaypointTest
class BreakOverApprovedHoursTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    UUID apprenticeship;
    LocalDate today;
    String older;
    String recent;

    @BeforeEach
    void anApprenticeWithHoursApprovedTenAndThreeDaysAgo() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        UUID learner = people.learner();
        String learnerEmail = people.lastLearnerEmail;
        LocalDate start = today.minusMonths(4);
        apprenticeship = enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager, "ST0116",
                people.tutor, start, start.plusMonths(18), new BigDecimal("37.5")));
        enrolment.employed(apprenticeship, start.minusYears(1), waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(apprenticeship, start);
        older = logAndApprove(learnerEmail, today.minusDays(10));
        recent = logAndApprove(learnerEmail, today.minusDays(3));
    }

    String logAndApprove(String learnerEmail, LocalDate date) {
        Api.Response logged = as(learnerEmail).post(entries(), """
                {"date": "%s", "startTime": "09:00", "endTime": "11:00", "activityType": "ONLINE_LEARNING",
                 "description": "Course module"}""".formatted(date));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String id = logged.json().get("id").asString();
        assertThat(as(people.tutorEmail).post(entries() + "/" + id + "/approve", "{}").status()).isEqualTo(200);
        return id;
    }

    Api as(String email) {
        return Api.at(port).signedInAs(email, TestApprenticeships.PASSWORD);
    }

    String entries() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/otj-entries";
    }

    String breakFrom(LocalDate date, boolean unapprove) {
        return """
                {"effectiveDate": "%s", "expectedReturnDate": "%s", "employerAgreed": true,
                 "reason": "Long-term illness", "unapproveHours": %s}""".formatted(date, date.plusDays(60), unapprove);
    }

    @Test
    void a_break_back_dated_over_approved_hours_is_refused_without_the_tutors_confirmation() {
        Api tutor = as(people.tutorEmail);

        Api.Response refused = tutor.post("/api/v1/apprenticeships/" + apprenticeship + "/break",
                breakFrom(today.minusDays(5), false));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("unapproveHours", "1 approved entry, 2 hours");
        assertThat(tutor.get("/api/v1/apprenticeships/" + apprenticeship).json().get("status").asString())
                .isEqualTo("IN_LEARNING");
        assertThat(tutor.get(entries() + "/" + recent).json().get("state").asString()).isEqualTo("APPROVED");
    }

    @Test
    void with_the_tutors_confirmation_the_hours_in_the_break_go_back_to_waiting() {
        Api tutor = as(people.tutorEmail);

        Api.Response onBreak = tutor.post("/api/v1/apprenticeships/" + apprenticeship + "/break",
                breakFrom(today.minusDays(5), true));

        assertThat(onBreak.status()).as(onBreak.body()).isEqualTo(200);
        Api.Response unapproved = tutor.get(entries() + "/" + recent);
        assertThat(unapproved.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(unapproved.json().get("reviewerNote").asString()).contains("break in learning");
        assertThat(tutor.get(entries() + "/" + older).json().get("state").asString()).isEqualTo("APPROVED");
        Api.Response summary = tutor.get("/api/v1/apprenticeships/" + apprenticeship + "/otj-summary");
        assertThat(summary.json().get("approvedHours").asDouble()).isEqualTo(2.0);
        assertThat(summary.json().get("pendingHours").asDouble()).isEqualTo(2.0);

        // nor can the tutor approve it again while its date is in the break
        Api.Response again = tutor.post(entries() + "/" + recent + "/approve", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("dated in a break in learning");
        Api.Response bulk = tutor.post("/api/v1/otj-entries/approve", "{\"entryIds\": [\"" + recent + "\"]}");
        assertThat(bulk.json().get("approved").asInt()).isZero();
    }

    @Test
    void a_break_after_the_approved_hours_needs_no_confirmation() {
        Api.Response onBreak = as(people.tutorEmail).post("/api/v1/apprenticeships/" + apprenticeship + "/break",
                breakFrom(today.minusDays(1), false));

        assertThat(onBreak.status()).as(onBreak.body()).isEqualTo(200);
        assertThat(as(people.tutorEmail).get(entries() + "/" + recent).json().get("state").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void the_break_page_says_which_approved_hours_are_in_the_way() {
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page form = tutor.get("/apprenticeships/" + apprenticeship + "/break");
        LocalDate from = today.minusDays(5);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("effectiveDay", String.valueOf(from.getDayOfMonth()));
        fields.put("effectiveMonth", String.valueOf(from.getMonthValue()));
        fields.put("effectiveYear", String.valueOf(from.getYear()));
        LocalDate back = from.plusDays(60);
        fields.put("expectedReturnDay", String.valueOf(back.getDayOfMonth()));
        fields.put("expectedReturnMonth", String.valueOf(back.getMonthValue()));
        fields.put("expectedReturnYear", String.valueOf(back.getYear()));
        fields.put("employerAgreed", "yes");
        fields.put("reason", "Long-term illness");
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(form.body());
        fields.put("version", version.find() ? version.group(1) : "0");

        PageClient.Page refused = tutor.post("/apprenticeships/" + apprenticeship + "/break", form, fields);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary", "govuk-form-group--error");
        assertThat(refused.text()).contains("before off-the-job hours already approved (1 approved entry, 2 hours");

        fields.put("unapproveHours", "yes");
        PageClient.Page saved = tutor.post("/apprenticeships/" + apprenticeship + "/break", refused, fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(as(people.tutorEmail).get(entries() + "/" + recent).json().get("state").asString())
                .isEqualTo("SUBMITTED");
    }
}
