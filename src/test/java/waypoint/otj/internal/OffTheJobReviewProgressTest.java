package waypoint.otj.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.review.ReviewProgressSource;
import waypoint.review.ReviewProgressSource.ProgressLine;
import waypoint.support.WaypointTest;

/** A progress review shows the off-the-job hours approved since the last review and the pace at its date. */
@WaypointTest
class OffTheJobReviewProgressTest {

    @Autowired
    List<ReviewProgressSource> sources;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_review_shows_hours_approved_in_its_period_and_the_slippage_to_date() {
        UUID id = jdbc.sql("""
                SELECT apprenticeship_id FROM otj_entry WHERE state = 'APPROVED'
                GROUP BY apprenticeship_id ORDER BY count(*) DESC LIMIT 1""").query(UUID.class).single();
        ApprenticeshipSummary apprenticeship = apprenticeships.find(new ApprenticeshipId(id)).orElseThrow();
        LocalDate since = apprenticeship.startDate();
        LocalDate until = since.plusWeeks(12);
        long minutes = jdbc.sql("""
                SELECT coalesce(sum(minutes), 0) FROM otj_entry WHERE apprenticeship_id = :id AND state = 'APPROVED'
                AND activity_date BETWEEN :since AND :until""")
                .param("id", id).param("since", since).param("until", until).query(Long.class).single();

        List<ProgressLine> lines = sources.stream().filter(OffTheJobReviewProgress.class::isInstance)
                .findFirst().orElseThrow().progress(apprenticeship, since, until);

        assertThat(lines).extracting(ProgressLine::heading)
                .containsExactly("Off-the-job hours since the last review", "Off-the-job hours to date");
        String expected = java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        assertThat(lines.get(0).text()).isEqualTo(expected + " hours approved");
        assertThat(lines.get(1).text()).contains("approved of", "expected by now", "planned in all");
    }
}
