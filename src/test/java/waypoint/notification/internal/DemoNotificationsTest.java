package waypoint.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.support.WaypointTest;

@WaypointTest
class DemoNotificationsTest {

    @Autowired
    DemoNotifications demo;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_tutor_has_notifications_and_loading_them_again_adds_none() {
        UUID tutor = accounts.findByEmail(DemoAccounts.TUTOR.email()).orElseThrow().id();
        long before = demoNotificationsOf(tutor);

        demo.addDemoNotifications();

        assertThat(before).isEqualTo(3);
        assertThat(demoNotificationsOf(tutor)).isEqualTo(3);
    }

    private long demoNotificationsOf(UUID tutor) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :id AND dedupe_key LIKE 'demo:%'")
                .param("id", tutor).query(Long.class).single();
    }
}
