package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import waypoint.demo.DemoAccounts;
import waypoint.identity.internal.AccountAdministration;
import waypoint.identity.internal.AccountTokens;
import waypoint.identity.internal.OneTimeLinks;
import waypoint.identity.internal.Passwords;
import waypoint.identity.internal.SignInAttempts;
import waypoint.shared.audit.RecordChanged;
import waypoint.support.WaypointTest;

/**
 * Every change to an account reaches the audit trail as a RecordChanged event, and the administrators' service
 * refuses anyone else. (Events are recorded on the test's thread, so these call the services directly.)
 */
@WaypointTest
@RecordApplicationEvents
class AccountEventsTest {

    @Autowired
    ApplicationEvents events;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    SignInAttempts attempts;
    @Autowired
    Passwords passwords;
    @Autowired
    OneTimeLinks links;
    @Autowired
    AccountTokens tokens;

    @Test
    void unlocking_an_account_is_recorded_as_unlocked() {
        AccountSummary person = TestPeople.active(accounts, "unlockevent", Role.TUTOR);
        for (int i = 0; i < 5; i++) {
            attempts.failed(person.email());
        }
        administration.unlock(admin(), person.id());
        assertThat(events.stream(RecordChanged.class))
                .anyMatch(e -> e.recordId().equals(person.id().toString()) && e.action() == RecordChanged.Action.LOCKED)
                .anyMatch(e -> e.recordId().equals(person.id().toString()) && e.action() == RecordChanged.Action.UNLOCKED);
    }

    @Test
    void sending_an_invitation_again_issues_a_new_link_and_records_it() {
        AccountSummary person = TestPeople.invited(accounts, "inviteevent", Role.LEARNER);
        administration.resendInvitation(admin(), person.id());
        assertThat(events.stream(InvitationIssued.class)).singleElement()
                .satisfies(e -> assertThat(e.link()).contains("/account/set-password?token="));
        assertThat(events.stream(RecordChanged.class)).anyMatch(e -> e.recordId().equals(person.id().toString())
                && "invitation sent again".equals(e.after()));
    }

    @Test
    void setting_a_password_from_a_link_is_recorded_without_the_password() {
        AccountSummary person = TestPeople.invited(accounts, "setevent", Role.TUTOR);
        String secret = links.issue(person.id(), OneTimeLinks.Purpose.INVITATION, Invitations.INVITATION_LIFETIME).secret();
        passwords.setWithLink(secret, "lantern orchard plum", "lantern orchard plum");
        assertThat(events.stream(RecordChanged.class)).filteredOn(e -> e.recordId().equals(person.id().toString()))
                .filteredOn(e -> e.action() == RecordChanged.Action.UPDATED)
                .singleElement().satisfies(e -> assertThat(e.before() + e.after()).doesNotContain("lantern"));
    }

    @Test
    void disabling_and_revoking_are_recorded() {
        AccountSummary person = TestPeople.active(accounts, "disableevent", Role.TUTOR);
        CurrentUser self = new CurrentUser(person.id(), person.email(), person.displayName(), person.roles());
        var issued = tokens.create(self, "Script");
        tokens.revoke(self, issued.id());
        administration.disable(admin(), person.id());
        assertThat(events.stream(RecordChanged.class))
                .anyMatch(e -> e.recordType().equals("ApiToken") && e.action() == RecordChanged.Action.CREATED)
                .anyMatch(e -> e.recordType().equals("ApiToken") && "revoked by its owner".equals(e.after()))
                .anyMatch(e -> e.recordId().equals(person.id().toString()) && "DISABLED".equals(e.after()));
    }

    @Test
    void only_an_administrator_may_use_the_account_administration() {
        AccountSummary person = TestPeople.active(accounts, "guarded", Role.LEARNER);
        AccountSummary tutorAccount = accounts.findByEmail(DemoAccounts.TUTOR.email()).orElseThrow();
        CurrentUser tutor = new CurrentUser(tutorAccount.id(), tutorAccount.email(), tutorAccount.displayName(),
                tutorAccount.roles());
        assertThatThrownBy(() -> administration.find(tutor, "", "all", 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.unlock(tutor, person.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.disable(tutor, person.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(events.stream(RecordChanged.class)).noneMatch(e -> e.recordId().equals(person.id().toString()));
    }

    private CurrentUser admin() {
        AccountSummary account = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
