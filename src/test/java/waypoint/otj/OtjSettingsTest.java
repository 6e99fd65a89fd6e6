package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.internal.OtjSettings;
import waypoint.otj.internal.Thresholds;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The provider sets when the pace status turns amber and red, and adds its own activity types: administrators only,
 * bad input answered field by field with what was typed kept, and the change reaches every pace status.
 */
@WaypointTest
class OtjSettingsTest {

    @LocalServerPort
    int port;
    @Autowired
    OtjSettings settings;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    waypoint.enrolment.OnboardingImport onboarding;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    waypoint.otj.internal.EntryStore store;

    Thresholds before;

    @BeforeEach
    void remember() {
        before = settings.current().thresholds();
    }

    @AfterEach
    void restore() {
        store.saveThresholds(before);
    }

    @Test
    void only_administrators_change_the_settings() {
        for (DemoAccounts other : List.of(DemoAccounts.TUTOR, DemoAccounts.HEAD, DemoAccounts.LEARNER,
                DemoAccounts.EMPLOYER)) {
            PageClient client = PageClient.signedInAs(port, other);
            assertThat(client.get("/off-the-job/settings").status()).as(other.name()).isEqualTo(403);
            PageClient.Page any = client.get("/");
            assertThat(client.post("/off-the-job/settings", any,
                    Map.of("amberBelowPercent", "10", "redBelowPercent", "5")).status()).as(other.name())
                    .isEqualTo(403);
            assertThat(client.post("/off-the-job/settings/activity-types", any, Map.of("name", "Hijack")).status())
                    .as(other.name()).isEqualTo(403);
        }
        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), "waypoint-demo");
        assertThat(tutor.put("/api/v1/otj-settings/thresholds",
                "{\"amberBelowPercent\": \"10\", \"redBelowPercent\": \"5\"}").status()).isEqualTo(403);
        assertThat(tutor.post("/api/v1/otj-settings/activity-types", "{\"name\": \"Hijack\"}").status())
                .isEqualTo(403);
        assertThat(settings.current().thresholds()).isEqualTo(before);
        assertThat(settings.current().activityTypes()).noneMatch(t -> t.name().equals("Hijack"));
    }

    @Test
    void thresholds_that_make_no_sense_come_back_with_errors_and_what_was_typed() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = admin.get("/off-the-job/settings");
        assertThat(form.body()).contains("Off-the-job settings", "Theory, such as lectures");

        PageClient.Page answer = admin.post("/off-the-job/settings", form,
                Map.of("amberBelowPercent", "ninety", "redBelowPercent", "101"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("There is a problem", "Enter the amber threshold as a whole percentage",
                "Enter the red threshold as a whole percentage", "value=\"ninety\"", "value=\"101\"");

        answer = admin.post("/off-the-job/settings", form, Map.of("amberBelowPercent", "60", "redBelowPercent", "70"));
        assertThat(answer.body()).contains("The red threshold must not be above the amber threshold (60%)");
        assertThat(settings.current().thresholds()).isEqualTo(before);

        Api api = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), "waypoint-demo");
        Api.Response problem = api.put("/api/v1/otj-settings/thresholds",
                "{\"amberBelowPercent\": \"60\", \"redBelowPercent\": \"70\"}");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.body()).contains("redBelowPercent", "must not be above the amber threshold");
    }

    @Test
    void new_thresholds_change_the_status_of_an_apprenticeship_behind_pace() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate start = LocalDate.now(clock).minusMonths(4);
        UUID apprenticeship = enrolment.record(NewApprenticeship.of(people.learner(), people.employer,
                people.lineManager, "ST0116", people.tutor, start, start.plusMonths(18),
                        new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(apprenticeship), start);
        PlannedHours.plan(jdbc, apprenticeship, 400);
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), "waypoint-demo");
        String summary = "/api/v1/apprenticeships/" + apprenticeship + "/otj-summary";
        // nothing approved after four months: below the default red threshold
        assertThat(admin.get(summary).json().get("status").asString()).as(admin.get(summary).body()).isEqualTo("RED");

        PageClient pages = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page saved = pages.post("/off-the-job/settings", pages.get("/off-the-job/settings"),
                Map.of("amberBelowPercent", "1", "redBelowPercent", "0"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(pages.follow(saved).body()).contains("Thresholds saved", "value=\"1\"", "value=\"0\"");

        Api.Response after = admin.get(summary);
        assertThat(after.json().get("status").asString()).isEqualTo("AMBER");
        assertThat(after.body()).contains("below 1% of those expected to date, but at least 0%");
        assertThat(admin.get("/api/v1/otj-settings").json().get("amberBelowPercent").asInt()).isEqualTo(1);
    }

    @Test
    void a_provider_adds_its_own_activity_type_then_retires_it() {
        String name = "Workshop " + UUID.randomUUID().toString().substring(0, 8);
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page added = admin.post("/off-the-job/settings/activity-types", admin.get("/off-the-job/settings"),
                Map.of("name", "  " + name + " "));
        assertThat(added.status()).isEqualTo(302);
        assertThat(admin.follow(added).body()).contains("Activity type added", name, "Added by you");
        assertThat(settings.current().activityTypes()).anyMatch(t -> t.name().equals(name) && !t.retired());

        PageClient.Page twice = admin.post("/off-the-job/settings/activity-types", admin.get("/off-the-job/settings"),
                Map.of("name", name.toUpperCase()));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body()).contains("There is already an activity type called", "href=\"#name\"");
        PageClient.Page blank = admin.post("/off-the-job/settings/activity-types", admin.get("/off-the-job/settings"),
                Map.of("name", " "));
        assertThat(blank.body()).contains("Enter the name of the activity type");

        String code = settings.current().activityTypes().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow().code();
        Api api = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), "waypoint-demo");
        assertThat(api.post("/api/v1/otj-settings/activity-types/" + code + "/retire", "{}").status()).isEqualTo(200);
        assertThat(settings.current().activityTypes()).anyMatch(t -> t.code().equals(code) && t.retired());
        assertThat(api.post("/api/v1/otj-settings/activity-types/THEORY/retire", "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/otj-settings/activity-types", "{\"name\": \"\"}").body())
                .contains("Enter the name of the activity type");
    }
}
