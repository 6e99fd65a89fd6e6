package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.demo.DemoAccounts.ADMIN;
import static waypoint.demo.DemoAccounts.LEARNER;
import static waypoint.demo.DemoAccounts.TUTOR;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** The staff and EPAO APIs. */
@WaypointTest
class StaffAndEpaosApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    Api as(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void an_administrator_adds_a_staff_member_whose_account_holds_the_same_roles() {
        String email = "staff-" + Fixtures.unique() + "@example.test";
        Api.Response created = as(ADMIN).post("/api/v1/staff",
                Json.of(Map.of("name", "New Colleague", "email", email, "roles", List.of("TUTOR", "QUALITY"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactlyInAnyOrder(Role.TUTOR, Role.QUALITY);

        String id = created.json().get("id").asString();
        Api.Response changed = as(ADMIN).put("/api/v1/staff/" + id,
                Json.of(Map.of("name", "New Colleague", "email", email, "roles", List.of("QUALITY"))));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactly(Role.QUALITY);
    }

    @Test
    void staff_hold_at_least_one_role_and_only_staff_roles() {
        Api admin = as(ADMIN);
        Api.Response none = admin.post("/api/v1/staff", Json.of(Map.of("name", "No Role",
                "email", "none-" + Fixtures.unique() + "@example.test", "roles", List.of())));
        assertThat(none.status()).isEqualTo(400);
        assertThat(LearnersApiTest.fields(none)).containsExactly("roles");

        Api.Response learnerRole = admin.post("/api/v1/staff", Json.of(Map.of("name", "Wrong Role",
                "email", "wrong-" + Fixtures.unique() + "@example.test", "roles", List.of("LEARNER"))));
        assertThat(learnerRole.status()).isEqualTo(400);
        assertThat(LearnersApiTest.fields(learnerRole)).containsExactly("roles");
    }

    @Test
    void the_staff_list_filters_by_role() {
        // searched by the demo accounts' domain, so the tutors other tests add do not push the demo tutor off the page
        Api.Response tutors = as(ADMIN).get("/api/v1/staff?role=TUTOR&q=waypoint.test&size=100");
        assertThat(tutors.status()).isEqualTo(200);
        assertThat(tutors.json().get("items").valueStream().map(s -> s.get("email").asString()))
                .contains(TUTOR.email()).doesNotContain(DemoAccounts.DIRECTOR.email())
                .allSatisfy(email -> assertThat(email).endsWith("waypoint.test"));
    }

    @Test
    void only_administrators_change_staff_and_learners_do_not_see_them() {
        assertThat(as(TUTOR).post("/api/v1/staff", Json.of(Map.of("name", "X", "email", "x@example.test",
                "roles", List.of("TUTOR")))).status()).isEqualTo(403);
        assertThat(as(LEARNER).get("/api/v1/staff").status()).isEqualTo(403);
        assertThat(as(ADMIN).get("/api/v1/staff/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void an_administrator_keeps_epaos_by_their_register_id() {
        Api admin = as(ADMIN);
        String epaoId = "EPA" + (1000 + (int) (Math.random() * 8999));
        while (admin.get("/api/v1/epaos?q=" + epaoId).json().get("total").asLong() > 0) {
            epaoId = "EPA" + (1000 + (int) (Math.random() * 8999));
        }
        Api.Response created = admin.post("/api/v1/epaos", Json.of(Map.of("name", "Test Assessors",
                "epaoId", epaoId.toLowerCase())));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("epaoId").asString()).isEqualTo(epaoId);
        String id = created.json().get("id").asString();

        Api.Response duplicate = admin.post("/api/v1/epaos", Json.of(Map.of("name", "Copy", "epaoId", epaoId)));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(LearnersApiTest.fields(duplicate)).containsExactly("epaoId");

        Api.Response invalid = admin.put("/api/v1/epaos/" + id, Json.of(Map.of("name", "Test Assessors",
                "epaoId", "EPA12", "contactEmail", "nope")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(LearnersApiTest.fields(invalid)).containsExactlyInAnyOrder("epaoId", "contactEmail");

        assertThat(as(TUTOR).get("/api/v1/epaos/" + id).status()).isEqualTo(200);
        assertThat(as(TUTOR).delete("/api/v1/epaos/" + id).status()).isEqualTo(403);
        assertThat(admin.delete("/api/v1/epaos/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/epaos/" + id).status()).isEqualTo(404);
    }
}
