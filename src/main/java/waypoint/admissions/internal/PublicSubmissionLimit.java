package waypoint.admissions.internal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.web.SubmissionLimit;

/**
 * The public enquiry and application forms' limit against spam: the setting
 * {@code waypoint.admissions.submissions-per-hour} from one address.
 */
@Component
public class PublicSubmissionLimit extends SubmissionLimit {

    PublicSubmissionLimit(JdbcClient jdbc, Clock clock,
            @Value("${waypoint.admissions.submissions-per-hour:5}") int perHour) {
        super(jdbc, clock, "admissions_public_submission", "waypoint-admissions", perHour);
    }
}
