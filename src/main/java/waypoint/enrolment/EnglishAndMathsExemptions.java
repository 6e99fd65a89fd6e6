package waypoint.enrolment;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The English and maths exemptions recorded at onboarding whose certificate a member of staff has checked (seed 000,
 * English and Mathematics: exempt “providing you are able to produce your certificates”), for the gateway checklist.
 * Not authorised here: callers ask {@link ApprenticeshipAccess} first.
 */
@Service
public class EnglishAndMathsExemptions {

    private final JdbcClient jdbc;

    EnglishAndMathsExemptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The verified exemptions by subject ({@code "ENGLISH"}, {@code "MATHS"}) to the qualification held. */
    @Transactional(readOnly = true)
    public Map<String, String> verifiedOf(UUID apprenticeshipId) {
        return jdbc.sql("""
                        SELECT subject, qualification FROM english_maths_exemption
                        WHERE apprenticeship_id = :id AND verified_at IS NOT NULL""")
                .param("id", apprenticeshipId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
