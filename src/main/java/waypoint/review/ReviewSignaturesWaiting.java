package waypoint.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.review.internal.ReviewParty;
import waypoint.review.internal.ReviewSettings;

/**
 * Progress reviews sent for signatures and not yet signed by all three, for other modules (the caseload board,
 * docs/domain/accountability.md): who has still to sign the version sent, and since when it waits; and after how many
 * days the provider chases missing signatures (the review settings). Many apprenticeships in one query. Not authorised
 * here: callers read only the apprenticeships the person may see.
 */
@Service
public class ReviewSignaturesWaiting {

    /** One review waiting: its number, the parties still to sign (in words) and when the version was sent. */
    public record Waiting(ApprenticeshipId apprenticeshipId, int reviewNumber, List<String> parties, Instant since) {
    }

    private final JdbcClient jdbc;
    private final ReviewSettings settings;

    ReviewSignaturesWaiting(JdbcClient jdbc, ReviewSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** After how many days the provider chases missing signatures (the review settings; 3 unless changed). */
    @Transactional(readOnly = true)
    public int chaseAfterDays() {
        return settings.current().chaseAfterDays();
    }

    /** The reviews of these apprenticeships waiting for signatures, in one query. */
    @Transactional(readOnly = true)
    public List<Waiting> waiting(Collection<ApprenticeshipId> apprenticeshipIds) {
        if (apprenticeshipIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT r.apprenticeship_id, r.number, v.created_at,
                               ARRAY(SELECT s.party FROM progress_review_signature s
                                     WHERE s.review_id = r.id AND s.record_version = r.record_version) AS signed
                        FROM progress_review r
                                 JOIN progress_review_version v ON v.review_id = r.id AND v.number = r.record_version
                        WHERE r.state = 'AWAITING_SIGNATURES' AND r.apprenticeship_id = ANY(:ids)""")
                .param("ids", apprenticeshipIds.stream().map(ApprenticeshipId::value).toArray(UUID[]::new))
                .query((rs, n) -> {
                    List<String> signed = Arrays.asList((String[]) rs.getArray(4).getArray());
                    List<String> missing = new ArrayList<>();
                    for (ReviewParty party : ReviewParty.values()) {
                        if (!signed.contains(party.name())) {
                            missing.add(party.words());
                        }
                    }
                    return new Waiting(new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getInt(2), missing,
                            rs.getTimestamp(3).toInstant());
                }).list().stream().filter(w -> !w.parties().isEmpty()).toList();
    }
}
