package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.identity.internal.SecondFactor.Check;

class SecondFactorTest {

    private final String secret = Totp.newSecret();
    private final Instant now = Instant.parse("2026-12-06T10:00:05Z");
    private final long step = Totp.step(now);

    private SecondFactor.Confirmed confirmed() {
        return SecondFactor.confirm(UUID.randomUUID(), secret, Totp.code(secret, step), now).orElseThrow();
    }

    @Test
    void an_app_is_confirmed_only_by_a_code_it_makes_now_and_gives_ten_recovery_codes() {
        assertThat(SecondFactor.confirm(UUID.randomUUID(), secret, "000000", now)
                .filter(c -> !Totp.code(secret, step).equals("000000"))).isEmpty();
        SecondFactor.Confirmed confirmed = confirmed();
        assertThat(confirmed.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(confirmed.factor().recoveryCodes()).noneMatch(kept -> confirmed.recoveryCodes().contains(kept.hash()));
    }

    @Test
    void a_code_of_a_time_step_already_used_is_refused_as_replayed() {
        SecondFactor factor = confirmed().factor();
        assertThat(factor.verify(Totp.code(secret, step), now)).isEqualTo(Check.REPLAYED);
        assertThat(factor.verify(Totp.code(secret, step + 1), now.plusSeconds(30))).isEqualTo(Check.ACCEPTED);
        assertThat(factor.verify(Totp.code(secret, step + 1), now.plusSeconds(35))).isEqualTo(Check.REPLAYED);
    }

    @Test
    void a_code_from_a_phone_one_step_out_is_accepted_but_not_two_steps() {
        SecondFactor factor = confirmed().factor();
        Instant later = now.plusSeconds(300);
        assertThat(factor.verify(Totp.code(secret, Totp.step(later) - 2), later)).isEqualTo(Check.WRONG);
        assertThat(factor.verify(Totp.code(secret, Totp.step(later) - 1), later)).isEqualTo(Check.ACCEPTED);
    }

    @Test
    void a_recovery_code_works_once_typed_in_any_case_with_or_without_its_dash() {
        SecondFactor.Confirmed confirmed = confirmed();
        SecondFactor factor = confirmed.factor();
        String code = confirmed.recoveryCodes().get(3);
        assertThat(factor.verify(code.toUpperCase().replace("-", ""), now)).isEqualTo(Check.RECOVERY_CODE_USED);
        assertThat(factor.unusedRecoveryCodes()).isEqualTo(9);
        assertThat(factor.verify(code, now)).isEqualTo(Check.WRONG);
        assertThat(factor.verify("", now)).isEqualTo(Check.WRONG);
        assertThat(factor.verify("not a code", now)).isEqualTo(Check.WRONG);
    }
}
