package waypoint.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.FunctionalSkillsLevel;
import waypoint.enrolment.PlannedFunctionalSkills;

/**
 * The functional skills qualifications planned in the latest signed progress review of an apprenticeship, for other
 * modules (the gateway checklist needs one planned there as much as one planned in the training plan;
 * docs/domain/gateway-and-epa.md, English and maths at the gateway). Not authorised here.
 */
@Service
public class FunctionalSkillsInReviews {

    private final JdbcClient jdbc;

    FunctionalSkillsInReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the latest signed review planned: its number, when it was held, and the qualifications. */
    public record PlannedAtReview(int reviewNumber, LocalDate heldOn, PlannedFunctionalSkills planned) {
    }

    /** The latest signed review's functional skills, when the apprenticeship has a signed review. */
    @Transactional(readOnly = true)
    public Optional<PlannedAtReview> plannedInLatestSignedReview(ApprenticeshipId apprenticeshipId) {
        return Optional.ofNullable(plannedInLatestSignedReview(List.of(apprenticeshipId)).get(apprenticeshipId));
    }

    /** The same for many apprenticeships in one query: those with a signed review. */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, PlannedAtReview> plannedInLatestSignedReview(
            Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, PlannedAtReview> planned = new HashMap<>();
        if (apprenticeshipIds.isEmpty()) {
            return planned;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (r.apprenticeship_id) r.apprenticeship_id, r.number, r.held_on,
                               v.content -> 'functionalSkills' ->> 'english',
                               v.content -> 'functionalSkills' ->> 'maths'
                        FROM progress_review r
                        JOIN progress_review_version v ON v.review_id = r.id AND v.number = r.record_version
                        WHERE r.apprenticeship_id IN (:ids) AND r.state = 'SIGNED'
                        ORDER BY r.apprenticeship_id, r.number DESC""")
                .param("ids", Set.copyOf(apprenticeshipIds))
                .query(rs -> {
                    planned.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), new PlannedAtReview(rs.getInt(2),
                            rs.getObject(3, LocalDate.class), new PlannedFunctionalSkills(
                                    FunctionalSkillsLevel.ofStored(rs.getString(4)),
                                    FunctionalSkillsLevel.ofStored(rs.getString(5)))));
                });
        return planned;
    }
}
