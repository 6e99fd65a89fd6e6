package waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** The demo's learner who came in from another provider's transfer pack (docs/domain/transfer-pack.md). */
@WaypointTest
class DemoTransferTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void jordan_mensah_came_in_from_northfield_training_with_an_apprenticeship_hours_and_reviews() {
        UUID importId = jdbc.sql("""
                SELECT t.id FROM transfer_pack_import t JOIN organisation.learner l ON l.id = t.learner_id
                WHERE l.email = :e""").param("e", DemoTransfer.EMAIL).query(UUID.class).single();
        UUID apprenticeship = jdbc.sql("""
                SELECT a.id FROM enrolment.apprenticeship a JOIN organisation.learner l ON l.id = a.learner_id
                WHERE l.email = :e""").param("e", DemoTransfer.EMAIL).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM otj.entry WHERE apprenticeship_id = :a AND state = 'APPROVED'")
                .param("a", apprenticeship).query(Long.class).single()).isPositive();

        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        assertThat(admin.get("/data-protection/transfers/" + importId).text())
                .contains("Jordan Mensah: record brought from Northfield Training Ltd", "Progress review");
        assertThat(admin.get("/apprenticeships/" + apprenticeship + "/off-the-job").text())
                .contains("Recorded by Northfield Training Ltd");
    }
}
