package waypoint.enrolment.internal.onboarding;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;

/** Counts what has been done for one apprenticeship's onboarding, in one query, and gives each task's state. */
@Service
public class OnboardingProgress {

    private final JdbcClient jdbc;
    private final OnboardingRules rules;

    OnboardingProgress(JdbcClient jdbc, OnboardingRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public Map<OnboardingTask, TaskState> states(ApprenticeshipSummary apprenticeship) {
        return TaskStates.of(facts(apprenticeship));
    }

    @Transactional(readOnly = true)
    public OnboardingFacts facts(ApprenticeshipSummary apprenticeship) {
        ApprenticeshipId id = apprenticeship.id();
        int ksbs = rules.standard(apprenticeship).map(standard -> standard.ksbs().size()).orElse(0);
        Map<OnboardingTask, Boolean> forms = new EnumMap<>(OnboardingTask.class);
        jdbc.sql("SELECT task, completed FROM onboarding_task WHERE apprenticeship_id = :id").param("id", id)
                .query((rs, n) -> Map.entry(OnboardingTask.valueOf(rs.getString(1)), rs.getBoolean(2)))
                .list().forEach(e -> forms.put(e.getKey(), e.getValue()));
        return jdbc.sql("""
                SELECT
                  (SELECT count(*) FROM english_maths_result r WHERE r.apprenticeship_id = :id) AS results,
                  (SELECT count(*) FROM english_maths_exemption x WHERE x.apprenticeship_id = :id) AS exemptions,
                  (SELECT count(*) FROM (VALUES ('ENGLISH'), ('MATHS')) AS s(subject)
                    WHERE EXISTS (SELECT 1 FROM english_maths_exemption x WHERE x.apprenticeship_id = :id
                                  AND x.subject = s.subject AND x.verified_at IS NOT NULL)
                       OR (EXISTS (SELECT 1 FROM english_maths_result r WHERE r.apprenticeship_id = :id
                                   AND r.subject = s.subject AND r.kind = 'INITIAL')
                           AND EXISTS (SELECT 1 FROM english_maths_result r WHERE r.apprenticeship_id = :id
                                   AND r.subject = s.subject AND r.kind = 'DIAGNOSTIC'))) AS settled_subjects,
                  (SELECT count(*) FROM skills_scan_rating k WHERE k.apprenticeship_id = :id AND k.rater = 'LEARNER')
                    AS learner_ratings,
                  (SELECT count(*) FROM skills_scan_rating k WHERE k.apprenticeship_id = :id AND k.rater = 'EMPLOYER')
                    AS employer_ratings,
                  (SELECT count(*) FROM prior_learning p WHERE p.apprenticeship_id = :id) AS applied,
                  (SELECT count(*) FROM prior_learning p WHERE p.apprenticeship_id = :id AND p.decided_at IS NOT NULL)
                    AS decided,
                  (SELECT coalesce(max(number), 0) FROM training_plan_version v WHERE v.apprenticeship_id = :id)
                    AS plan_version,
                  (SELECT string_agg(s.party, ',') FROM onboarding_signature s WHERE s.apprenticeship_id = :id
                     AND s.document = 'TRAINING_PLAN' AND s.document_version =
                       (SELECT max(number) FROM training_plan_version v WHERE v.apprenticeship_id = :id)) AS signed_by,
                  (SELECT count(*) FROM onboarding_signature s WHERE s.apprenticeship_id = :id
                     AND s.document = 'HANDBOOK_DECLARATION') AS declarations
                """).param("id", id)
                .query((rs, n) -> {
                    Set<Party> signedBy = EnumSet.noneOf(Party.class);
                    String parties = rs.getString("signed_by");
                    if (parties != null) {
                        for (String party : parties.split(",")) {
                            signedBy.add(Party.valueOf(party));
                        }
                    }
                    return new OnboardingFacts(forms, rs.getInt("settled_subjects") == 2,
                            rs.getInt("results") + rs.getInt("exemptions") > 0, ksbs, rs.getInt("learner_ratings"),
                            rs.getInt("employer_ratings"), rs.getInt("applied") > 0, rs.getInt("decided") > 0,
                            rs.getInt("plan_version"), signedBy, rs.getInt("declarations") > 0);
                }).single();
    }
}
