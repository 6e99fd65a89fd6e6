package waypoint.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * The repository saves what the evidence aggregate changed, and only from what was read: a step taken on an item
 * someone changed since it was read is refused as a concurrent change, and nothing of it is written.
 */
@WaypointTest
class EvidenceRepositoryTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    EvidenceRepository repository;
    @Autowired
    EvidenceStore store;
    @Autowired
    Clock clock;

    @Test
    void a_step_on_evidence_changed_since_it_was_read_is_refused_and_nothing_of_it_is_written() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate today = LocalDate.now(clock);
        UUID id = people.inLearning(enrolment, "ST0116", today.minusMonths(6));
        Api.Response added = Api.at(port).signedInAs(people.lastLearnerEmail, TestApprenticeships.PASSWORD)
                .post("/api/v1/apprenticeships/" + id + "/evidence", """
                        {"title": "Unit tests", "date": "%s", "type": "ASSIGNMENT", "form": "TEXT",
                         "body": "What I did", "ksbs": ["K1"]}""".formatted(today.minusDays(1)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        UUID evidenceId = UUID.fromString(added.json().get("id").asString());
        ApprenticeshipSummary a = apprenticeships.find(new ApprenticeshipId(id)).orElseThrow();

        EvidenceItem first = repository.get(a, evidenceId);
        EvidenceItem stale = repository.get(a, evidenceId);
        first.assess(List.of(new EvidenceDecision("K1", ClaimDecision.ACCEPTED, null)), UUID.randomUUID());
        repository.save(first);

        stale.assess(List.of(new EvidenceDecision("K1", ClaimDecision.REFERRED_BACK, "Not enough")),
                UUID.randomUUID());
        assertThatThrownBy(() -> repository.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);

        Evidence saved = store.find(new ApprenticeshipId(id), evidenceId).orElseThrow();
        assertThat(saved.state()).isEqualTo(EvidenceState.ACCEPTED);
        assertThat(saved.claims()).singleElement().satisfies(c -> {
            assertThat(c.decision()).isEqualTo(ClaimDecision.ACCEPTED);
            assertThat(c.feedback()).isNull();
        });
        assertThat(saved.lockVersion()).isEqualTo(1);
    }
}
