package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import waypoint.identity.AccountStatus;
import waypoint.identity.Role;
import waypoint.identity.internal.UserAccount.LockoutPolicy;

/** The lockout rule (foundation issue: "locked out for a while after repeated failed sign-ins"), on a fixed clock. */
class UserAccountLockoutTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/London"));
    private final UserAccount account = activeAccount();

    @Test
    void four_failed_sign_ins_do_not_lock_the_account() {
        failTimes(4);
        assertThat(account.isLocked(clock.instant())).isFalse();
    }

    @Test
    void the_fifth_failed_sign_in_locks_the_account_for_fifteen_minutes() {
        failTimes(4);
        assertThat(account.recordFailedSignIn(POLICY, clock.instant())).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(account.isLocked(later(Duration.ofMinutes(14).plusSeconds(59)))).isTrue();
    }

    @Test
    void the_lock_expires_after_fifteen_minutes() {
        failTimes(5);
        assertThat(account.isLocked(later(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void after_a_lock_expires_the_count_starts_again() {
        failTimes(5);
        Instant afterLock = later(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(POLICY, afterLock);
        }
        assertThat(account.isLocked(afterLock)).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_the_count_of_failures() {
        failTimes(4);
        account.recordSuccessfulSignIn();
        failTimes(4);
        assertThat(account.isLocked(clock.instant())).isFalse();
    }

    @Test
    void a_successful_sign_in_with_no_failures_to_clear_changes_nothing() {
        assertThat(account.recordSuccessfulSignIn()).isFalse();
        failTimes(1);
        assertThat(account.recordSuccessfulSignIn()).isTrue();
    }

    @Test
    void an_administrator_can_unlock_a_locked_account_at_once() {
        failTimes(5);
        account.unlock();
        assertThat(account.isLocked(clock.instant())).isFalse();
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void setting_a_new_password_clears_the_lock() {
        failTimes(5);
        account.setPassword("{noop}another password");
        assertThat(account.isLocked(clock.instant())).isFalse();
    }

    @Test
    void a_disabled_account_cannot_set_a_password() {
        account.disable();
        assertThatThrownBy(() -> account.setPassword("{noop}x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void enabling_an_account_returns_it_to_active_or_invited() {
        account.disable();
        account.enable();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        UserAccount invited = UserAccount.invite("new@example.com", "New", Set.of(Role.TUTOR), clock.instant());
        invited.disable();
        invited.enable();
        assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
    }

    private UserAccount activeAccount() {
        UserAccount created = UserAccount.invite("Sam.Jones@Example.com ", "Sam Jones", Set.of(Role.TUTOR), clock.instant());
        created.setPassword("{noop}a long enough password");
        return created;
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            account.recordFailedSignIn(POLICY, clock.instant());
        }
    }

    private Instant later(Duration duration) {
        return Clock.offset(clock, duration).instant();
    }
}
