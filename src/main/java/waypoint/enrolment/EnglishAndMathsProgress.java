package waypoint.enrolment;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * English and maths as onboarding recorded them, read by the gateway checklist and the at-risk signals, with the one
 * rule of what counts: an exemption by a Level 2 qualification counts once a member of staff has checked its
 * certificate (the learner handbook, “English and Mathematics”: exempt “providing you are able to produce your
 * certificates”); a result counts when recorded at Level 2 or above. Not authorised here: callers ask
 * {@link ApprenticeshipAccess} first.
 */
@Service
public class EnglishAndMathsProgress {

    /** An exemption whose certificate staff have checked. */
    private static final String VERIFIED_EXEMPTION = "verified_at IS NOT NULL";
    /** A result recorded at Level 2 or above (its text starts with the level). */
    private static final String LEVEL_2_RESULT = "result ~* '^\\s*level\\s*[2-9]'";

    private final JdbcClient jdbc;

    EnglishAndMathsProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Achieved(boolean english, boolean maths) {
    }

    /**
     * Whether the apprentice has English and maths at the level the gateway needs. An apprenticeship unit needs none
     * (docs/domain/programme-types.md), so nothing is missing for it.
     */
    @Transactional(readOnly = true)
    public Achieved of(ApprenticeshipId apprenticeshipId) {
        return of(List.of(apprenticeshipId)).get(apprenticeshipId);
    }

    /** The same for many apprenticeships in one query (every id answered; keep the list to a few hundred). */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, Achieved> of(Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, Set<String>> subjects = new HashMap<>();
        if (!apprenticeshipIds.isEmpty()) {
            jdbc.sql("SELECT apprenticeship_id, subject FROM english_maths_exemption"
                            + " WHERE apprenticeship_id IN (:ids) AND " + VERIFIED_EXEMPTION
                            + " UNION SELECT apprenticeship_id, subject FROM english_maths_result"
                            + " WHERE apprenticeship_id IN (:ids) AND " + LEVEL_2_RESULT)
                    .param("ids", Set.copyOf(apprenticeshipIds))
                    .query(rs -> {
                        subjects.computeIfAbsent(new ApprenticeshipId(rs.getObject(1, UUID.class)),
                                id -> new HashSet<>())
                                .add(rs.getString(2));
                    });
        }
        Set<ApprenticeshipId> units = apprenticeshipIds.isEmpty() ? Set.of() : Set.copyOf(jdbc.sql("""
                        SELECT a.id FROM apprenticeship a
                                 JOIN catalogue.standard_programme_type t ON t.reference_number = a.standard_reference
                                                                         AND t.version = a.standard_version
                        WHERE a.id IN (:ids) AND t.programme_type = 'APPRENTICESHIP_UNIT'""")
                .param("ids", Set.copyOf(apprenticeshipIds))
                .query((rs, n) -> new ApprenticeshipId(rs.getObject(1, UUID.class))).list());
        return apprenticeshipIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> {
            if (units.contains(id)) {
                return new Achieved(true, true);
            }
            Set<String> achieved = subjects.getOrDefault(id, Set.of());
            return new Achieved(achieved.contains("ENGLISH"), achieved.contains("MATHS"));
        }));
    }

    /** The verified exemptions by subject ({@code "ENGLISH"}, {@code "MATHS"}) to the qualification held. */
    @Transactional(readOnly = true)
    public Map<String, String> verifiedExemptionsOf(ApprenticeshipId apprenticeshipId) {
        return verifiedExemptionsOf(List.of(apprenticeshipId)).get(apprenticeshipId);
    }

    /**
     * The same for many apprenticeships in one query (every id answered, with no subjects when none is verified; keep
     * the list to a few hundred).
     */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, Map<String, String>> verifiedExemptionsOf(
            Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, Map<String, String>> exemptions = new HashMap<>();
        apprenticeshipIds.forEach(id -> exemptions.put(id, new HashMap<>()));
        if (!apprenticeshipIds.isEmpty()) {
            jdbc.sql("SELECT apprenticeship_id, subject, qualification FROM english_maths_exemption"
                            + " WHERE apprenticeship_id IN (:ids) AND " + VERIFIED_EXEMPTION)
                    .param("ids", Set.copyOf(apprenticeshipIds))
                    .query(rs -> {
                        exemptions.get(new ApprenticeshipId(rs.getObject(1, UUID.class))).put(rs.getString(2),
                                rs.getString(3));
                    });
        }
        return exemptions;
    }
}
