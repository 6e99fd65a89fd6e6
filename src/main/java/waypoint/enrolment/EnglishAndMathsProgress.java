package waypoint.enrolment;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an apprentice has English and maths at the level the gateway needs (onboarding's records): an exemption
 * by a Level 2 qualification whose certificate staff have checked, or a result recorded at Level 2 or above. Read by
 * the at-risk signals; not authorised here.
 */
@Service
public class EnglishAndMathsProgress {

    private final JdbcClient jdbc;

    EnglishAndMathsProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Achieved(boolean english, boolean maths) {
    }

    @Transactional(readOnly = true)
    public Achieved of(UUID apprenticeshipId) {
        return new Achieved(achieved(apprenticeshipId, "ENGLISH"), achieved(apprenticeshipId, "MATHS"));
    }

    private boolean achieved(UUID apprenticeshipId, String subject) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM english_maths_exemption WHERE apprenticeship_id = :id
                                 AND subject = :subject AND verified_at IS NOT NULL)
                    OR EXISTS (SELECT 1 FROM english_maths_result WHERE apprenticeship_id = :id AND subject = :subject
                                 AND result ~* '^\\s*level\\s*[2-9]')""")
                .param("id", apprenticeshipId).param("subject", subject).query(Boolean.class).single();
    }
}
