package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobFigures;
import waypoint.otj.OffTheJobHours;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The nightly at-risk run reads its signals a batch of apprenticeships at a time (docs/domain/support-policy.md, At
 * risk): whatever the route, an apprenticeship's off-the-job figures and each source's signals are the same as when
 * it is asked about alone (the indicator computed on request).
 */
@WaypointTest
class AtRiskInBatchesTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    OffTheJobHours hours;
    @Autowired
    List<AtRiskSignalSource> sources;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void a_batch_has_the_off_the_job_figures_each_apprenticeship_has_alone() {
        SupportPeople behind = new SupportPeople(accounts, organisation, apprenticeships, 200); // no hours, months in
        List<ApprenticeshipSummary> batch = inLearningWith(behind.apprenticeship);

        Map<ApprenticeshipId, OffTheJobFigures> together = hours.of(batch);

        assertThat(together).hasSize(batch.size());
        for (ApprenticeshipSummary a : batch) {
            assertThat(together.get(a.id())).as(a.learnerName()).isEqualTo(hours.of(a.id())
                    .orElseThrow());
        }
        assertThat(together.values()).anyMatch(f -> f.activeLearningFlag() || f.percentOfExpected() < 80);
    }

    @Test
    void every_source_gives_a_batch_the_signals_each_apprenticeship_gets_alone() {
        SupportPeople behind = new SupportPeople(accounts, organisation, apprenticeships, 200);
        List<ApprenticeshipSummary> batch = inLearningWith(behind.apprenticeship);
        AtRiskThresholds thresholds = AtRiskThresholds.defaults();
        LocalDate today = clock.today();

        for (AtRiskSignalSource source : sources) {
            Map<ApprenticeshipId, List<AtRiskSignal>> together = source.signalsOf(batch, thresholds, today);
            for (ApprenticeshipSummary a : batch) {
                assertThat(together.getOrDefault(a.id(), List.of()))
                        .as(source.getClass().getSimpleName() + " for " + a.learnerName())
                        .isEqualTo(source.signals(a, thresholds, today));
            }
        }
    }

    /** Up to 300 apprenticeships in learning (the demo's and earlier tests'), this one among them. */
    private List<ApprenticeshipSummary> inLearningWith(java.util.UUID apprenticeship) {
        List<ApprenticeshipSummary> batch = new java.util.ArrayList<>(jdbc.sql(Apprenticeships.SELECT
                        + "WHERE a.status = 'IN_LEARNING' AND a.id <> :mine ORDER BY a.id LIMIT 299")
                .param("mine", apprenticeship).query(Apprenticeships::summary).list());
        batch.add(jdbc.sql(Apprenticeships.SELECT + "WHERE a.id = :mine").param("mine", apprenticeship)
                .query(Apprenticeships::summary).single());
        assertThat(batch).hasSizeGreaterThan(5);
        return batch;
    }
}
