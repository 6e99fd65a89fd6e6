package waypoint.feedback.internal;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.web.SubmissionLimit;

/** The public feedback form's limit against spam: {@link #LIMIT} an hour from one address. */
@Component
public class PublicSubmissions extends SubmissionLimit {

    public static final int LIMIT = 5;

    PublicSubmissions(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, "feedback_public_submission", "waypoint-feedback", LIMIT);
    }
}
