package waypoint.identity.internal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.web.SubmissionLimit;

/**
 * The sign-in throttle of an address (docs/domain/sign-in.md, "Refused single sign-on"): single sign-on replies
 * refused without naming an account (a {@code state} that matches no sign-in the browser started) are counted
 * against the address they came from; once the setting {@code waypoint.sign-in.refusals-per-hour-from-an-address}
 * is reached, single sign-on from that address is answered 429 for the rest of the hour. A refusal that names an
 * account counts towards that account's lockout instead ({@link SignInAttempts}).
 */
@Component
public class SignInRefusalsByAddress extends SubmissionLimit {

    SignInRefusalsByAddress(JdbcClient jdbc, Clock clock,
            @Value("${waypoint.sign-in.refusals-per-hour-from-an-address:20}") int perHour) {
        super(jdbc, clock, "identity_sign_in_refusal", "waypoint-sign-in", perHour);
    }

    /** Counts one refusal from the address. */
    @org.springframework.transaction.annotation.Transactional
    public void refused(String address) {
        allow(address);
    }
}
