package waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.identity.UserAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The demo shows access for people outside the provider working (docs/domain/external-access.md): the auditor's login
 * opens a funding audit sample, the inspector's every apprentice on a standard, and a third grant has ended.
 */
@WaypointTest
class DemoExternalAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    ExternalAccess external;
    @Autowired
    UserAccounts accounts;

    private java.util.List<ExternalGrant> grantsOf(String email) {
        return external.grantsOf(accounts.findByEmail(email).orElseThrow().id());
    }

    /** The grant with the latest first day. */
    private ExternalGrant grantOf(String email) {
        return grantsOf(email).get(0);
    }

    @Test
    void the_auditor_has_an_open_grant_to_a_sample_and_signs_in_to_its_apprentices() {
        ExternalGrant auditor = grantOf(DemoAccounts.AUDITOR.email());
        assertThat(auditor.kind()).isEqualTo(ExternalKind.FUNDING_AUDITOR);
        assertThat(auditor.scope().kind()).isEqualTo(ExternalGrant.Scope.Kind.SAMPLE);
        assertThat(auditor.isOpen()).isTrue();
        PageClient.Page list = PageClient.signedInAs(port, DemoAccounts.AUDITOR).get("/apprenticeships");
        assertThat(list.status()).isEqualTo(200);
        assertThat(auditor.scope().apprenticeshipIds()).isNotEmpty()
                .allSatisfy(id -> assertThat(list.body()).contains(id.toString()));
    }

    @Test
    void the_inspector_has_an_open_grant_to_a_standard_and_a_third_grant_has_ended() {
        ExternalGrant inspector = grantOf(DemoAccounts.INSPECTOR.email());
        assertThat(inspector.kind()).isEqualTo(ExternalKind.INSPECTOR);
        assertThat(inspector.scope().standardReference()).isEqualTo("ST0116");
        assertThat(inspector.isOpen()).isTrue();
        assertThat(PageClient.signedInAs(port, DemoAccounts.INSPECTOR).get("/apprenticeships").status()).isEqualTo(200);

        assertThat(grantOf(DemoExternalAccess.ENDED_EMAIL).state()).isEqualTo(ExternalGrant.State.ENDED);
    }

    @Test
    void the_inspector_keeps_one_account_with_last_years_ended_grant_beside_this_years() {
        java.util.List<ExternalGrant> grants = grantsOf(DemoAccounts.INSPECTOR.email());
        assertThat(grants).hasSize(2);
        assertThat(grants).extracting(ExternalGrant::state)
                .containsExactly(ExternalGrant.State.OPEN, ExternalGrant.State.ENDED);
        assertThat(grants.get(1).endsOn()).isBefore(grants.get(0).startsOn().minusMonths(6));
    }
}
